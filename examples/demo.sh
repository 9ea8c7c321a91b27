#!/bin/sh
# Runs parc on examples/heat.c, shows what it changed and why, then builds
# the original and the parallel program and compares their output and time.
# Usage: examples/demo.sh [BUILD_DIR]   (default: build)
set -eu
cd "$(dirname "$0")/.."
B=${1:-build}
OUT=$B/demo
mkdir -p "$OUT"
echo "== parc examples/heat.c -o $OUT/heat.par.c"
"$B/parc" examples/heat.c -o "$OUT/heat.par.c" --report="$OUT/heat.report.json" --remarks
echo
echo "== what changed (diff -u):"
diff -u examples/heat.c "$OUT/heat.par.c" || true
echo
gcc -O2 -o "$OUT/heat.seq" examples/heat.c
# parc's clauses may call its runtime (run-time size guards, chunk sizes).
gcc -O2 -fopenmp -o "$OUT/heat.par" "$OUT/heat.par.c" \
    -Wl,-u,parc_rt_worth -Wl,-u,parc_rt_chunk -Wl,-u,parc_rt_static_chunk "$B/runtime/libparc_rt.a"
echo "== sequential:"
"$OUT/heat.seq" > "$OUT/seq.txt"
cat "$OUT/seq.txt"
echo "== parallel ($(nproc) threads):"
"$OUT/heat.par" > "$OUT/par.txt"
cat "$OUT/par.txt"
if cmp -s "$OUT/seq.txt" "$OUT/par.txt"; then
    echo "== same output"
else
    echo "== OUTPUT DIFFERS" >&2
    exit 1
fi
