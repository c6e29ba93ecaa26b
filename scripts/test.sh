#!/usr/bin/env bash
# Quick start, step 2: the whole test suite. A Release build with -Werror, then
# a Debug build with AddressSanitizer and UndefinedBehaviorSanitizer; CTest runs
# every test in both. Tests that need ../shared (the reference data) skip with
# a message when it is not there.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install_deps.sh
jobs="$(nproc)"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DKHALDUN_WERROR=ON >/dev/null
cmake --build build -j"$jobs"
ctest --test-dir build --output-on-failure -j"$jobs"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DKHALDUN_SANITIZE=ON \
  -DKHALDUN_WERROR=ON >/dev/null
cmake --build build-asan -j"$jobs"
ctest --test-dir build-asan --output-on-failure -j"$jobs"
