#!/usr/bin/env bash
# Runs the whole test suite: installs libgit2 >= 1.7 and libdeflate first when missing, then `swift test`.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/bootstrap.sh
swift build --build-tests
swift test --skip-build "$@"
