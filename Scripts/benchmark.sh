#!/usr/bin/env bash
# Times `affected changed` against `git diff --name-only --no-renames` on a large generated
# monorepo.
#
# Builds `affected` in release mode, generates the repository with Scripts/generate-monorepo.py
# (100,000 files, a few hundred commits; cached in .benchmarks/ and rebuilt only when the generator
# or its options change), then for each range (bench/<range>-base..bench/<range>-head):
#   - checks that both tools list the same set of paths (exits 1 if they differ);
#   - times both, BENCHMARK_RUNS times (default 10) in 5 rounds that alternate the tools (each
#     round after a warm-up run), with hyperfine when it is installed (or can be installed with
#     apt-get), else with a loop of `date +%s%N`; reports medians;
#   - measures peak resident memory with /usr/bin/time -v.
# Targets: on the large range, affected within 1.5x of git's time; on every range, under 100 MB.
# A missed target prints "no" but does not fail the script; only differing outputs do.
#
# Usage: Scripts/benchmark.sh [generator options, such as --seed 2]
# Environment: BENCHMARK_RUNS (runs per measurement), BENCHMARK_DIR (default .benchmarks).
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${BENCHMARK_RUNS:-10}
rounds=5
per_round=$(((runs + rounds - 1) / rounds))
[ "$per_round" -ge 2 ] || per_round=2 # hyperfine's minimum
runs=$((rounds * per_round))
work=${BENCHMARK_DIR:-.benchmarks}
repository="$work/monorepo"
ratio_target=1.5
memory_target_mb=100

# Installs an apt package when its command is missing and this runs as root with apt-get; quiet.
install_if_missing() {
  local command=$1 package=$2
  command -v "$command" >/dev/null 2>&1 && return 0
  [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1 || return 1
  apt-get install -y -qq "$package" >/dev/null 2>&1 ||
    { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq "$package" >/dev/null 2>&1; }
}

Scripts/bootstrap.sh
install_if_missing hyperfine hyperfine || true
if [ ! -x /usr/bin/time ] && ! install_if_missing /usr/bin/time time; then
  echo "benchmark: /usr/bin/time (GNU time) measures memory; install the 'time' package." >&2
  exit 1
fi

echo "benchmark: building affected (release)" >&2
swift build -c release --product affected >&2
affected="$(swift build -c release --show-bin-path)/affected"

mkdir -p "$work"
python3 Scripts/generate-monorepo.py --output "$repository" "$@"
stamp="$repository/.git/affected-benchmark.json"

# Prints a JSON field of the generator's stamp, such as `large.paths`.
stamp_field() {
  python3 -c 'import json, sys
value = json.load(open(sys.argv[1]))
for key in sys.argv[2].split("."):
    value = value[key]
print(value)' "$stamp" "$1"
}

# Appends the wall times of `count` runs of a command (after one warm-up run) to a file, in
# milliseconds, one per line.
record_times() {
  local file=$1 count=$2
  shift 2
  if command -v hyperfine >/dev/null 2>&1; then
    local report="$work/hyperfine.json"
    hyperfine --style none --shell none --warmup 1 --runs "$count" --export-json "$report" \
      -- "$(printf '%q ' "$@")" >/dev/null
    python3 -c 'import json, sys
for time in json.load(open(sys.argv[1]))["results"][0]["times"]:
    print("%.3f" % (time * 1000))' "$report" >>"$file"
  else
    local run start end
    "$@" >/dev/null 2>&1
    for run in $(seq 1 "$count"); do
      start=$(date +%s%N)
      "$@" >/dev/null 2>&1
      end=$(date +%s%N)
      awk -v ns=$((end - start)) 'BEGIN { printf "%.3f\n", ns / 1e6 }' >>"$file"
    done
  fi
}

# Prints the median of the numbers in a file, one decimal.
median() {
  sort -n "$1" | awk '{ t[NR] = $1 }
    END { printf "%.1f\n", (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2 }'
}

# Prints the peak resident memory of a command, in megabytes.
peak_mb() {
  /usr/bin/time -v "$@" 2>&1 >/dev/null |
    awk -F: '/Maximum resident set size/ { printf "%.1f\n", $2 / 1024 }'
}

git_diff=(git -C "$repository" diff --name-only --no-renames)
differing=()
rows=()
for range in small large; do
  base="bench/$range-base"
  head="bench/$range-head"
  echo "benchmark: range $range ($base..$head)" >&2

  expected="$work/$range.git.txt"
  actual="$work/$range.affected.txt"
  "${git_diff[@]}" -z "$base...$head" | sort -z >"$expected"
  "$affected" changed -C "$repository" -z --base "$base" --head "$head" 2>/dev/null |
    sort -z >"$actual"
  if ! cmp -s "$expected" "$actual"; then
    differing+=("$range")
  fi

  # Rounds that alternate the two tools, so that load from other work on the machine weighs on both.
  git_times="$work/$range.git.times"
  affected_times="$work/$range.affected.times"
  : >"$git_times"
  : >"$affected_times"
  for _ in $(seq 1 "$rounds"); do
    record_times "$git_times" "$per_round" "${git_diff[@]}" "$base...$head"
    record_times "$affected_times" "$per_round" \
      "$affected" changed -C "$repository" --base "$base" --head "$head"
  done
  git_ms=$(median "$git_times")
  affected_ms=$(median "$affected_times")
  git_mb=$(peak_mb "${git_diff[@]}" "$base...$head")
  affected_mb=$(peak_mb "$affected" changed -C "$repository" --base "$base" --head "$head")
  ratio=$(awk -v a="$affected_ms" -v g="$git_ms" 'BEGIN { printf "%.2f", a / g }')
  met=$(awk -v r="$ratio" -v m="$affected_mb" -v range="$range" \
    -v rt="$ratio_target" -v mt="$memory_target_mb" \
    'BEGIN { print ((range != "large" || r <= rt) && m < mt) ? "yes" : "no" }')
  commits=$(stamp_field "$range.commits")
  paths=$(stamp_field "$range.paths")
  rows+=("$range $commits $paths $git_ms $affected_ms $ratio $git_mb $affected_mb $met")
done

echo
printf '%-6s %8s %8s %8s %12s %6s %7s %12s %11s\n' \
  range commits paths "git ms" "affected ms" ratio "git MB" "affected MB" "target met"
for row in "${rows[@]}"; do
  # shellcheck disable=SC2086
  printf '%-6s %8s %8s %8s %12s %6s %7s %12s %11s\n' $row
done
echo
timer="a loop of date +%s%N"
command -v hyperfine >/dev/null 2>&1 && timer="hyperfine"
echo "Times are medians of $runs runs in $rounds rounds alternating the tools, measured with" \
  "$timer."
echo "Targets: large range within ${ratio_target}x of git's time; every range under" \
  "${memory_target_mb} MB."

if [ ${#differing[@]} -gt 0 ]; then
  echo "benchmark: affected and git list different paths for: ${differing[*]} (see $work/*.txt)" >&2
  exit 1
fi
