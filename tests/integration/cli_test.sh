#!/usr/bin/env bash
# CLI end-to-end: every input document is accounted for; bad input gets a
# clear message and a non-zero exit only for what the user must fix.
set -u
bin="$1"; src="$2"
fail=0
check() { if ! eval "$2"; then echo "FAIL: $1"; fail=1; else echo "ok: $1"; fi; }

out=$("$bin" parse "$src/examples/story.txt" 2>/tmp/khaldun_cli_err.$$); rc=$?
check "parse example exits 0" "[ $rc -eq 0 ]"
check "parse example prints CoNLL-U" "echo \"\$out\" | grep -q \$'^1\\t'"
check "parse example summary" "grep -q '1 documents parsed, 0 skipped' /tmp/khaldun_cli_err.$$"

out=$("$bin" parse --input jsonl "$src/tests/fixtures/cli/mixed.jsonl" 2>/tmp/khaldun_cli_err.$$); rc=$?
check "jsonl with bad lines exits 0" "[ $rc -eq 0 ]"
check "jsonl summary counts parsed and skipped" "grep -q '2 documents parsed, 2 skipped' /tmp/khaldun_cli_err.$$"
check "jsonl skip names file and line" "grep -q 'mixed.jsonl:2: not valid JSON' /tmp/khaldun_cli_err.$$"
check "jsonl invalid UTF-8 repaired and kept" "echo \"\$out\" | grep -q 'newdoc id = ok-2'"
check "jsonl repaired bytes counted" "grep -q ' 1 invalid UTF-8 bytes replaced' /tmp/khaldun_cli_err.$$"

"$bin" parse --model /nonexistent.kmodel "$src/examples/story.txt" >/dev/null 2>/tmp/khaldun_cli_err.$$; rc=$?
check "missing model exits non-zero" "[ $rc -ne 0 ]"
check "missing model says what to do" "grep -q 'khaldun train' /tmp/khaldun_cli_err.$$"

head -c 3000 /dev/urandom > /tmp/khaldun_cli_junk.$$
"$bin" parse --input text /tmp/khaldun_cli_junk.$$ >/dev/null 2>/tmp/khaldun_cli_err.$$; rc=$?
check "binary junk parses without crashing" "[ $rc -eq 0 ]"

t1=$("$bin" parse --threads 1 "$src/tests/golden/syntax/news.txt" 2>/dev/null)
t2=$("$bin" parse --threads 2 "$src/tests/golden/syntax/news.txt" 2>/dev/null)
check "output independent of thread count" "[ \"\$t1\" = \"\$t2\" ]"

rm -f /tmp/khaldun_cli_err.$$ /tmp/khaldun_cli_junk.$$
if [ $fail -eq 0 ]; then echo "cli: all checks passed"; fi
exit $fail
