#!/usr/bin/env bash
# test_rt_cuda.sh - builds the CUDA runtime (runtime/src/cuda.cu) and its
# test as plain host C++ on the emulated device of tests/cuda/emu.h, and
# runs the test.  Needs no nvcc and no GPU.  Exit 77 (skip) when there is
# no C++ compiler; $CXX picks one (default g++, else clang++).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

cxx=${CXX:-}
if [ -z "$cxx" ]; then
	for c in g++ clang++; do
		if command -v "$c" >/dev/null 2>&1; then
			cxx=$c
			break
		fi
	done
fi
if [ -z "$cxx" ] || ! command -v "$cxx" >/dev/null 2>&1; then
	echo "test_rt_cuda.sh: no C++ compiler found, skipping" >&2
	exit 77
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/test_rt_cuda.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# -x c++ makes the compiler read cuda.cu as C++; -include puts the
# emulation in front of both files.
"$cxx" -std=c++11 -O1 -g -Wall -Wextra -Werror -pthread \
	-x c++ -include "$here/emu.h" -I "$root/runtime/include" \
	"$root/runtime/src/cuda.cu" "$here/test_rt_cuda.cpp" -o "$tmp/test_rt_cuda"
"$tmp/test_rt_cuda"
