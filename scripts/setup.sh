#!/usr/bin/env bash
# Quick start, step 1: install dependencies, build khaldun (Release) with its
# default knowledge base and gazetteer, and code the bundled example story.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install_deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)" --target khaldun knowledge_base gazetteer
# One JSON event per line on stdout; the summary (documents, sentences,
# events, anything skipped and why) on stderr.
./build/khaldun code examples/story.txt --date 2009-01-06
