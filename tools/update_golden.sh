#!/usr/bin/env bash
# Regenerates tests/golden/syntax/news.conllu from news.txt with the bundled
# model. Run after retraining models/syntax.kmodel, then review the diff.
set -euo pipefail
cd "$(dirname "$0")/.."
./build/khaldun parse --input text tests/golden/syntax/news.txt 2>/dev/null |
  grep -v '^# newdoc' | sed -e '/^# sent_id/d' > tests/golden/syntax/news.conllu
git diff --stat tests/golden/syntax/ || true
