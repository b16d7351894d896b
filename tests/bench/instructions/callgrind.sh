#!/bin/bash
# Issue 20: instruction counts of labelled statements (search-variants.ts writes them), load-independent.
# Build the harness once from the application's own SQLite and its defines:
#   D=node_modules/better-sqlite3-multiple-ciphers/deps
#   gcc -O2 -g $(grep -o "'[A-Z_0-9]*\(=[^']*\)\?'" $D/defines.gypi | tr -d "'" | sed 's/^/-D/') \
#     -DSQLITE_THREADSAFE=0 -I$D/sqlite3 -o /tmp/harness tests/bench/instructions/harness.c $D/sqlite3/sqlite3.c -lm
# callgrind.sh HARNESS DB STATEMENTS OUTDIR [KEY STATEMENTS]: OUTDIR/ir.txt holds "label instructions" per statement
# (KEY STATEMENTS: one string, several allowed, e.g. a SQLCipher file's cipher, legacy and key pragmas).
set -e
rm -rf "$4"; mkdir -p "$4"
valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file="$4/cg.%p" "$1" "$2" "$3" ${5:+"$5"} 2>"$4/valgrind.log" >/dev/null
for f in "$4"/cg.*.*; do
  label=$(grep -m1 '^desc: Trigger: Client Request: ' "$f" | sed 's/.*Client Request: //')
  ir=$(grep -m1 '^totals:' "$f" | awk '{print $2}')
  echo "$label $ir"
done > "$4/ir.txt"
