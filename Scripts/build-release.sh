#!/usr/bin/env bash
# Builds the `affected` binary to ship and prints its path: release mode, the Swift runtime and
# Foundation linked in (`--static-swift-stdlib`: CI machines need no Swift toolchain, and each run
# starts sooner), and cross-module optimisation, which lets the compiler specialise and inline the
# model's and git layer's generic code where the planner calls it (about 4% less time per run on the
# benchmark). It builds in `.build-release`, apart from the ordinary `.build`.
#
# libgit2 >= 1.7 and libdeflate must be installed (Scripts/bootstrap.sh); they stay shared
# libraries, as does the C++ runtime.
set -euo pipefail
cd "$(dirname "$0")/.."
build=(swift build -c release --product affected --static-swift-stdlib --scratch-path .build-release
  -Xswiftc -cross-module-optimization)
"${build[@]}" >&2
echo "$("${build[@]}" --show-bin-path)/affected"
