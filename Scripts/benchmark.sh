#!/usr/bin/env bash
# Times `affected changed` and `affected plan` against git on a large generated monorepo.
#
# Builds `affected` in release mode, generates the repository with Scripts/generate-monorepo.py
# (100,000 files, 1,000 images, a few hundred commits; cached in .benchmarks/ and rebuilt only when
# the generator or its options change), then prints two tables:
#   - changed: for each range (bench/<range>-base..bench/<range>-head), `affected changed` against
#     `git diff --name-only --no-renames`; checks that both list the same set of paths (exits 1 if
#     they differ). Targets: on the large range within 1.5x of git's time; every range under 100 MB.
#   - plan: on the small range (50 commits), `affected plan --format json` against git's pair
#     `git diff --name-only` plus `git ls-tree -r --name-only` of the head (the sum of their median
#     times; the larger of their peaks); checks that the plan parses and names a plausible number of
#     affected images (exits 1 if not). Targets: within 2x of git's pair; under 200 MB.
# Each command is timed BENCHMARK_RUNS times (default 10) in BENCHMARK_ROUNDS rounds (default 5)
# that alternate the tools (each round after a warm-up run), with hyperfine when it is installed (or
# can be installed with apt-get), else with a loop of `date +%s%N`; reports medians. Peak resident
# memory comes from /usr/bin/time -v. A missed target prints "no" but does not fail the script.
#
# Usage: Scripts/benchmark.sh [generator options, such as --seed 2]
# Environment: BENCHMARK_RUNS (runs per measurement), BENCHMARK_ROUNDS (default 5),
#   BENCHMARK_DIR (default .benchmarks), BENCHMARK_ONLY (`changed` or `plan`: only that table).
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${BENCHMARK_RUNS:-10}
rounds=${BENCHMARK_ROUNDS:-5}
per_round=$(((runs + rounds - 1) / rounds))
[ "$per_round" -ge 2 ] || per_round=2 # hyperfine's minimum
runs=$((rounds * per_round))
work=${BENCHMARK_DIR:-.benchmarks}
repository="$work/monorepo"
ratio_target=1.5
memory_target_mb=100
plan_ratio_target=2
plan_memory_target_mb=200
only=${BENCHMARK_ONLY:-}
case "$only" in
  "" | changed | plan) ;;
  *)
    echo "benchmark: BENCHMARK_ONLY must be 'changed' or 'plan', not '$only'." >&2
    exit 2
    ;;
esac

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

# The build Docs/ci.md recommends shipping (Scripts/build-release.sh).
echo "benchmark: building affected (Scripts/build-release.sh)" >&2
affected="$(Scripts/build-release.sh)"

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

# Prints the ratio of two times, two decimals.
ratio() {
  awk -v a="$1" -v g="$2" 'BEGIN { printf "%.2f", a / g }'
}

timer="a loop of date +%s%N"
command -v hyperfine >/dev/null 2>&1 && timer="hyperfine"
failures=()

# The `changed` table: `affected changed` against `git diff --name-only` on both ranges.
benchmark_changed() {
  local git_diff=(git -C "$repository" diff --name-only --no-renames)
  local rows=() range
  for range in small large; do
    local base="bench/$range-base" head="bench/$range-head"
    echo "benchmark: changed, range $range ($base..$head)" >&2

    local expected="$work/$range.git.txt" actual="$work/$range.affected.txt"
    "${git_diff[@]}" -z "$base...$head" | sort -z >"$expected"
    "$affected" changed -C "$repository" -z --base "$base" --head "$head" 2>/dev/null |
      sort -z >"$actual"
    if ! cmp -s "$expected" "$actual"; then
      failures+=("affected and git list different paths for the $range range (see $work/*.txt)")
    fi

    # Rounds that alternate the tools, so that load from other work on the machine weighs on both.
    local git_times="$work/$range.git.times" affected_times="$work/$range.affected.times"
    : >"$git_times"
    : >"$affected_times"
    for _ in $(seq 1 "$rounds"); do
      record_times "$git_times" "$per_round" "${git_diff[@]}" "$base...$head"
      record_times "$affected_times" "$per_round" \
        "$affected" changed -C "$repository" --base "$base" --head "$head"
    done
    local git_ms affected_ms git_mb affected_mb ratio met commits paths
    git_ms=$(median "$git_times")
    affected_ms=$(median "$affected_times")
    git_mb=$(peak_mb "${git_diff[@]}" "$base...$head")
    affected_mb=$(peak_mb "$affected" changed -C "$repository" --base "$base" --head "$head")
    ratio=$(ratio "$affected_ms" "$git_ms")
    met=$(awk -v r="$ratio" -v m="$affected_mb" -v range="$range" \
      -v rt="$ratio_target" -v mt="$memory_target_mb" \
      'BEGIN { print ((range != "large" || r <= rt) && m < mt) ? "yes" : "no" }')
    commits=$(stamp_field "$range.commits")
    paths=$(stamp_field "$range.paths")
    rows+=("$range $commits $paths $git_ms $affected_ms $ratio $git_mb $affected_mb $met")
  done

  echo
  echo "affected changed against git diff --name-only --no-renames"
  printf '%-6s %8s %8s %8s %12s %6s %7s %12s %11s\n' \
    range commits paths "git ms" "affected ms" ratio "git MB" "affected MB" "target met"
  local row
  for row in "${rows[@]}"; do
    # shellcheck disable=SC2086
    printf '%-6s %8s %8s %8s %12s %6s %7s %12s %11s\n' $row
  done
  echo "Targets: large range within ${ratio_target}x of git's time; every range under" \
    "${memory_target_mb} MB."
}

# The `plan` table: `affected plan --format json` against git's pair (the changed paths and the
# head's file list, the two things the plan starts from) on the small range.
benchmark_plan() {
  local range=small
  local base="bench/$range-base" head="bench/$range-head"
  local git_diff=(git -C "$repository" diff --name-only "$base...$head")
  local git_tree=(git -C "$repository" ls-tree -r --name-only "$head")
  local plan=("$affected" plan -C "$repository" --format json --base "$base" --head "$head")
  echo "benchmark: plan, range $range ($base..$head)" >&2

  # The plan must parse and name a plausible number of images: at least the generator's 1,000
  # services, some but not all of them affected.
  local document="$work/$range.plan.json" counts images affected_images
  "${plan[@]}" >"$document" 2>"$work/$range.plan.log" || true
  if counts=$(python3 -c 'import json, sys
plan = json.load(open(sys.argv[1]))
images = plan["images"]
print(len(images), sum(1 for image in images if image["affected"]))' "$document" 2>/dev/null); then
    read -r images affected_images <<<"$counts"
  else
    images=0 affected_images=0
  fi
  if [ "$images" -lt 1000 ] || [ "$affected_images" -lt 1 ] ||
    [ "$affected_images" -ge "$images" ]; then
    local logs="see $document and $work/$range.plan.log"
    failures+=("the plan is not plausible: $affected_images of $images images affected; $logs")
  fi

  local diff_times="$work/$range.diff.times" tree_times="$work/$range.tree.times"
  local plan_times="$work/$range.plan.times"
  : >"$diff_times"
  : >"$tree_times"
  : >"$plan_times"
  for _ in $(seq 1 "$rounds"); do
    record_times "$diff_times" "$per_round" "${git_diff[@]}"
    record_times "$tree_times" "$per_round" "${git_tree[@]}"
    record_times "$plan_times" "$per_round" "${plan[@]}"
  done
  local diff_ms tree_ms git_ms plan_ms diff_mb tree_mb git_mb plan_mb ratio met commits paths
  diff_ms=$(median "$diff_times")
  tree_ms=$(median "$tree_times")
  git_ms=$(awk -v d="$diff_ms" -v t="$tree_ms" 'BEGIN { printf "%.1f", d + t }')
  plan_ms=$(median "$plan_times")
  diff_mb=$(peak_mb "${git_diff[@]}")
  tree_mb=$(peak_mb "${git_tree[@]}")
  git_mb=$(awk -v d="$diff_mb" -v t="$tree_mb" 'BEGIN { printf "%.1f", (d > t) ? d : t }')
  plan_mb=$(peak_mb "${plan[@]}")
  ratio=$(ratio "$plan_ms" "$git_ms")
  met=$(awk -v r="$ratio" -v m="$plan_mb" -v rt="$plan_ratio_target" \
    -v mt="$plan_memory_target_mb" 'BEGIN { print (r <= rt && m < mt) ? "yes" : "no" }')
  commits=$(stamp_field "$range.commits")
  paths=$(stamp_field "$range.paths")

  echo
  echo "affected plan --format json against git diff --name-only plus git ls-tree -r --name-only"
  printf '%-6s %8s %8s %7s %8s %8s %8s %8s %6s %7s %8s %11s\n' range commits paths images \
    affected "diff ms" "tree ms" "plan ms" ratio "git MB" "plan MB" "target met"
  printf '%-6s %8s %8s %7s %8s %8s %8s %8s %6s %7s %8s %11s\n' "$range" "$commits" "$paths" \
    "$images" "$affected_images" "$diff_ms" "$tree_ms" "$plan_ms" "$ratio" "$git_mb" "$plan_mb" \
    "$met"
  echo "The ratio is plan ms over diff ms plus tree ms; git MB is the larger peak of the two."
  echo "Targets: within ${plan_ratio_target}x of git's pair; under ${plan_memory_target_mb} MB."
}

[ "$only" = plan ] || benchmark_changed
[ "$only" = changed ] || benchmark_plan
echo
echo "Times are medians of $runs runs per command in $rounds rounds alternating the tools," \
  "measured with $timer."

if [ ${#failures[@]} -gt 0 ]; then
  printf 'benchmark: %s\n' "${failures[@]}" >&2
  exit 1
fi
