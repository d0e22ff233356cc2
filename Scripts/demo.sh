#!/usr/bin/env bash
# Builds `affected`, makes a real git repository from Fixtures/fullstack with a short scripted history,
# and runs affected on it: the changed paths, the build plan, then the deploy plan. Pass a folder to keep
# the repository there; by default it goes to a temporary folder that is removed afterwards.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/Scripts/bootstrap.sh"
swift build --package-path "$root" --product affected >&2
affected="$(swift build --package-path "$root" --show-bin-path)/affected"

if [ $# -gt 0 ]; then
  work="$1"
  mkdir -p "$work"
else
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
fi
repo="$work/fullstack"
rm -rf "$repo"
cp -R "$root/Fixtures/fullstack" "$repo"

# Isolate git from the machine's configuration so the history is the same everywhere.
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME=Demo GIT_AUTHOR_EMAIL=demo@example.com GIT_COMMITTER_NAME=Demo
export GIT_COMMITTER_EMAIL=demo@example.com
minute=0
commit() {
  minute=$((minute + 1))
  export GIT_AUTHOR_DATE="2026-01-01T00:$(printf %02d $minute):00Z" GIT_COMMITTER_DATE="2026-01-01T00:$(printf %02d $minute):00Z"
  git -C "$repo" add -A
  git -C "$repo" -c commit.gpgsign=false commit -q -m "$1"
}
git -C "$repo" init -q -b main
commit "Import the full-stack template"
git -C "$repo" checkout -q -b feature
echo "# tuning notes" >>"$repo/docs/docker.md"
commit "Docs: tuning notes"
printf '\ndef ping() -> str:\n    return "pong"\n' >>"$repo/backend/src/routes/health.py"
commit "Backend: ping helper"
printf '\nserver_tokens off;\n' >>"$repo/infra/nginx/prod.nginx"
commit "nginx: hide the version"

cd "$repo"
echo "\$ affected changed --base main   (in $repo, on branch feature)" >&2
"$affected" changed --base main
echo >&2
echo "\$ affected plan --base main" >&2
"$affected" plan --base main
echo >&2
echo "\$ affected deploy --base main" >&2
"$affected" deploy --base main
