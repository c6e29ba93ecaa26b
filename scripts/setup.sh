#!/usr/bin/env bash
# Quick start, step 1: install dependencies, build khaldun (Release) and run it
# on the bundled example story.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install_deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)" --target khaldun
./build/khaldun parse examples/story.txt
