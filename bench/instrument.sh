#!/bin/bash
# Slowdown of `parc --instrument` builds: each kernel's own timer ("time"
# on stderr, the kernel only) for the sequential build and the checking
# build, both gcc -O2, same size.  Usage: bench/instrument.sh [size] [kernels...]
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-small}; shift || true
kernels=${*:-gemm jacobi2d heat triad spmv histogram conv2d nbody}
parc=${PARC:-build/parc}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
printf "%-10s %10s %10s %9s %s\n" kernel "seq (s)" "checked" slowdown "checked loops"
for k in $kernels; do
    src=bench/kernels/$k.c
    gcc -O2 -w -Ibench/kernels "$src" -o "$tmp/$k.seq" -lm
    "$parc" --instrument "$src" -o "$tmp/$k.chk.c" -Ibench/kernels 2>/dev/null
    gcc -O2 -w -Ibench/kernels -Iruntime/include "$tmp/$k.chk.c" runtime/src/check.c \
        -o "$tmp/$k.chk" -lm
    t1=$("$tmp/$k.seq" "$size" 2>&1 >/dev/null | awk '/^time/ {print $2}')
    t2=$(PARC_CHECK_JSON="$tmp/$k.json" "$tmp/$k.chk" "$size" 2>&1 >/dev/null | awk '/^time/ {print $2}')
    n=$(grep -c '"line"' "$tmp/$k.json" || true)
    printf "%-10s %10.4f %10.4f %8.0fx %d\n" "$k" "$t1" "$t2" "$(echo "$t2 / $t1" | bc -l)" "$n"
done
