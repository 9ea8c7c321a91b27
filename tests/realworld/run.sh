#!/usr/bin/env bash
# tests/realworld/run.sh - parc on real C projects from Debian source packages.
#
#   bash tests/realworld/run.sh [PROJECT...]
#
# For each project (default: zlib bzip2 expat jansson xz-utils sqlite3; gsl
# is available but slow):
#   1. fetch its Debian source (apt-get source; needs a deb-src line);
#   2. build and test the ORIGINAL, recording the test result;
#   3. in a fresh copy, configure and build with -fopenmp in CFLAGS and
#      LDFLAGS while recording the compile commands (bear, or CMake's
#      compile_commands.json), run parc on every C file of the build with
#      that file's flags (transform.py: a file parc fails on is left
#      unchanged and counted), rebuild (make recompiles exactly the changed
#      files), and run the same tests with OMP_NUM_THREADS=1, 2 and 4;
#   4. compare;
#   5. run the tests once more (2 threads) with gomp_count.so preloaded,
#      counting the parallel regions they enter;
#   6. time parc -p (the whole compile_commands.json, -j 1) against
#      clang -fsyntax-only over the same files, one at a time (CPU seconds).
# Prints a table (also written to $WORK/results.md and results.tsv) and
# exits non-zero if a transformed project fails to build or to pass its
# tests, if parc crashed, or if a baseline (original) test run failed.
#
# Environment:
#   PARC                   parc binary (default: build/parc of this tree)
#   REALWORLD_WORK         work directory (default: a new temp dir); sources
#                          already unpacked there are reused
#   REALWORLD_PROJECTS     projects, if none are given as arguments
#   REALWORLD_JOBS         parallel make and parc jobs (default: nproc)
#   REALWORLD_SQLITE_TESTS "all" runs every sqlite3 test/*.test file (slow:
#                          about 25 minutes more on 2 cores); default: the
#                          fixed list in SQLITE_TESTS below
#   REALWORLD_APT_OPTS     options for apt-get (default: none, or
#                          "-o APT::Sandbox::User=root" when running as root)
#   REALWORLD_INSTALL_DEPS 1: apt-get install missing build tools (as root)
#   REALWORLD_THREADS      OMP_NUM_THREADS values the transformed tests
#                          run with (default: "1 2 4")
#   REALWORLD_CLANG        the clang for the -fsyntax-only timing
#                          (default: clang-19)
#
# The project sources live only in the work directory, never in this tree.
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PARC=${PARC:-$ROOT/build/parc}
JOBS=${REALWORLD_JOBS:-$(nproc)}
if [ $# -gt 0 ]; then
	PROJECTS=("$@")
else
	read -r -a PROJECTS <<<"${REALWORLD_PROJECTS:-zlib bzip2 expat jansson xz-utils sqlite3}"
fi
if [ -n "${REALWORLD_APT_OPTS+x}" ]; then
	read -r -a APT_OPTS <<<"$REALWORLD_APT_OPTS"
elif [ "$(id -u)" = 0 ]; then
	APT_OPTS=(-o APT::Sandbox::User=root)
else
	APT_OPTS=()
fi

die() { echo "realworld: $*" >&2; exit 2; }
log() { echo "[$(date +%H:%M:%S)] $*"; }
now() { date +%s; }

[ -x "$PARC" ] || die "no parc at $PARC (build it: cmake --build build)"
PARC=$(cd "$(dirname "$PARC")" && pwd)/$(basename "$PARC")

WORK=${REALWORLD_WORK:-$(mktemp -d "${TMPDIR:-/tmp}/parc-realworld.XXXXXX")}
mkdir -p "$WORK" || die "cannot create $WORK"
WORK=$(cd "$WORK" && pwd)
case "$WORK/" in
"$ROOT"/*) die "the work directory must be outside the parc tree ($ROOT)" ;;
esac
# A snapshot of parc: a rebuild of the tree during the run must not change
# (or briefly remove) the binary under test.
mkdir -p "$WORK/bin" && cp "$PARC" "$WORK/bin/parc" || die "cannot copy $PARC"
PARC_ORIG=$PARC
PARC=$WORK/bin/parc
# The parallel-region counter (gomp_count.c), preloaded into one more run
# of each transformed project's tests.
gcc -shared -fPIC -O2 -o "$WORK/bin/gomp_count.so" "$HERE/gomp_count.c" -ldl ||
	echo "realworld: cannot build gomp_count.so; parallel regions are not counted" >&2

# ------------------------------------------------------------------ tools

need_tools() {
	local missing=() pkgs=() t
	for t in "$@"; do
		command -v "${t%%:*}" >/dev/null 2>&1 || { missing+=("${t%%:*}"); pkgs+=("${t#*:}"); }
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	if [ "${REALWORLD_INSTALL_DEPS:-0}" = 1 ] && [ "$(id -u)" = 0 ]; then
		log "installing ${pkgs[*]}"
		apt-get "${APT_OPTS[@]}" install -y "${pkgs[@]}" >"$WORK/apt-install.log" 2>&1 ||
			die "apt-get install ${pkgs[*]} failed (see $WORK/apt-install.log)"
	else
		die "missing tools: ${missing[*]} (apt-get install ${pkgs[*]}, or set REALWORLD_INSTALL_DEPS=1)"
	fi
}

need_tools apt-get:apt dpkg-source:dpkg-dev python3:python3 make:make gcc:gcc \
	bear:bear cmake:cmake autoreconf:autoconf automake:automake libtoolize:libtool \
	tclsh:tcl g++:g++
if ! echo '#include <tcl.h>' | gcc -E -I/usr/include/tcl - >/dev/null 2>&1; then
	need_tools tcl-dev-headers:tcl-dev
fi

# --------------------------------------------------------------- projects
#
# Each project defines:
#   P_pkg            Debian source package
#   P_configure DIR CFLAGS LDFLAGS   (in DIR)
#   P_build          build everything the tests need, under bear if needed
#   P_db             path of compile_commands.json (relative to DIR)
#   P_test LOG       run the tests, writing LOG; print a one-line result
#                    ("N/M passed"); exit status 0 iff all passed

# zlib: upstream 'make test' (static, shared and 64-bit example + minigzip).
zlib_pkg=zlib
zlib_configure() { CFLAGS="$1" LDFLAGS="$2" ./configure; }
zlib_build() { bear -- make -j"$JOBS"; }
zlib_db=compile_commands.json
zlib_test() {
	make test >"$1" 2>&1
	local rc=$? ok
	ok=$(grep -c '\*\*\* zlib.*test OK \*\*\*' "$1")
	echo "$ok/3 test programs passed (make test)"
	[ $rc -eq 0 ] && [ "$ok" -eq 3 ]
}

# bzip2: upstream 'make test' (compress 3 samples, decompress 3, 6 cmp).
bzip2_pkg=bzip2
bzip2_configure() { printf '%s\n%s\n' "$1" "$2" >.rw-flags; }
bzip2_flags() { BZ_CFLAGS="-Wall -Winline -g -D_FILE_OFFSET_BITS=64 $(sed -n 1p .rw-flags)"; BZ_LDFLAGS=$(sed -n 2p .rw-flags); }
bzip2_build() {
	bzip2_flags
	bear -- make -j"$JOBS" libbz2.a bzip2 bzip2recover CFLAGS="$BZ_CFLAGS" LDFLAGS="$BZ_LDFLAGS"
}
bzip2_db=compile_commands.json
bzip2_test() {
	bzip2_flags
	make test CFLAGS="$BZ_CFLAGS" LDFLAGS="$BZ_LDFLAGS" >"$1" 2>&1
	local rc=$? n
	n=$(grep -c '^cmp ' "$1")
	if [ $rc -eq 0 ]; then echo "$n/6 comparisons passed (make test)"; else echo "make test failed after $n comparisons"; fi
	[ $rc -eq 0 ] && [ "$n" -eq 6 ]
}

# autotools 'make check' results: "# TOTAL: N", "# PASS: N".
automake_result() {
	local total pass
	total=$(sed -n 's/^# TOTAL: *//p' "$1" | awk '{s+=$1} END {print s+0}')
	pass=$(sed -n 's/^# PASS: *//p' "$1" | awk '{s+=$1} END {print s+0}')
	echo "$pass/$total passed (make check)$2"
	[ "$total" -gt 0 ] && [ "$pass" -eq "$total" ]
}

# expat: 'make check' (runtests and runtestspp: the C and C++ builds of the
# unit test suite).  Its CMake build is broken by a Debian patch (XML_DTD),
# so the autotools build is used, as Debian does.
expat_pkg=expat
expat_configure() {
	cd expat && ./buildconf.sh && ./configure --without-docbook CFLAGS="$1" CXXFLAGS="$1" LDFLAGS="$2"
}
expat_build() { cd expat && bear -- make -j"$JOBS" && bear --append -- make -j"$JOBS" check TESTS=; }
expat_db=expat/compile_commands.json
expat_test() {
	(cd expat && make check) >"$1" 2>&1
	local rc=$? checks
	checks=$(cat expat/tests/runtests.log expat/tests/runtestspp.log 2>/dev/null |
		grep -ao 'Checks: [0-9]*, Failed: [0-9]*' | awk '{c+=$2; f+=$4} END {printf "%d checks, %d failed", c, f}')
	automake_result "$1" "; $checks" && [ $rc -eq 0 ]
}

# jansson: CMake + ctest (API tests and the valid/invalid JSON suites).
jansson_pkg=jansson
jansson_configure() {
	cmake -S . -B _build -DCMAKE_BUILD_TYPE=None -DCMAKE_C_FLAGS="$1" \
		-DCMAKE_EXE_LINKER_FLAGS="$2" -DCMAKE_SHARED_LINKER_FLAGS="$2" \
		-DJANSSON_BUILD_DOCS=OFF -DCMAKE_EXPORT_COMPILE_COMMANDS=ON
}
jansson_build() { cmake --build _build -j"$JOBS"; }
jansson_db=_build/compile_commands.json
ctest_result() {
	local line
	line=$(grep -a 'tests passed, .* tests failed out of' "$1" | tail -1)
	if [ -z "$line" ]; then echo "ctest did not finish"; return 1; fi
	echo "$line" | awk '{printf "%d/%d passed (ctest)\n", $NF-$4, $NF}'
	echo "$line" | grep -q ', 0 tests failed'
}
jansson_test() { ctest --test-dir _build -j"$JOBS" >"$1" 2>&1; ctest_result "$1"; }

# xz-utils: 'make check' (liblzma unit tests, test files, scripts).
xz_utils_pkg=xz-utils
xz_utils_configure() { ./configure --disable-nls --disable-doc CFLAGS="$1" LDFLAGS="$2"; }
xz_utils_build() { bear -- make -j"$JOBS" && bear --append -- make -j"$JOBS" check TESTS=; }
xz_utils_db=compile_commands.json
xz_utils_test() { make check >"$1" 2>&1; local rc=$?; automake_result "$1" "" && [ $rc -eq 0 ]; }

# sqlite3: the TCL test suite, run by testfixture.  Built as Debian does
# (--disable-amalgamation: every source file is compiled on its own).
# The whole suite (test/*.test, ~1150 files) takes ~25 minutes on 2 cores
# and some files fail when run as root, so by default a fixed list of
# core test files is run (REALWORLD_SQLITE_TESTS=all runs every file).
# Each file runs in its own directory; the result counts test cases.
SQLITE_TESTS="select1 select2 select3 select4 select5 select6 select7 select8 select9
 where where2 where3 where4 where5 where6 where7 where8 where9 expr e_expr e_select
 func func2 func3 insert insert2 insert3 update update2 join join2 join3 join4 join5
 trans index index2 index3 sort sort2 sort4 sort5 window1 window2 window3 window4
 window5 json101 json102 json103 json104 vacuum vacuum2 view trigger1 trigger2
 trigger3 subquery collate1 collate2 date printf like between in cast coalesce count
 distinct intpkey minmax misc1 misc2 misc3 misc5 null orderby1 orderby2 pragma rowid
 savepoint table types unique upsert1 with1 wal autoinc alter alter2 analyze bigrow
 blob capi3 check conflict fkey1 fkey2 fkey3 shared mallocA ioerr btree01
 fts5aa fts5ab fts5ad"
sqlite3_pkg=sqlite3
sqlite3_configure() {
	local tcl
	tcl=$(dirname "$(ls /usr/lib/*/tcl8.*/tclConfig.sh /usr/lib/tcl8.*/tclConfig.sh 2>/dev/null | head -1)")
	./configure --disable-amalgamation --enable-fts5 --with-tcl="$tcl" CFLAGS="$1" LDFLAGS="$2"
}
sqlite3_build() { bear -- make -j"$JOBS" testfixture; }
sqlite3_db=compile_commands.json
sqlite3_test() {
	local log=$1 files=() t f
	if [ "${REALWORLD_SQLITE_TESTS:-}" = all ]; then
		# Every test file but those that run others (all, full, quick...).
		for f in "$PWD"/test/*.test; do
			case $(basename "$f" .test) in
			all | full | quick | veryquick | extraquick | soak | permutations | mallocAll) ;;
			*) files+=("$f") ;;
			esac
		done
	else
		for t in $SQLITE_TESTS; do
			f=$PWD/test/$t.test
			[ -f "$f" ] || f=$(ls "$PWD"/ext/*/test/"$t".test 2>/dev/null | head -1)
			[ -f "$f" ] || { echo "no test file $t" >>"$log"; continue; }
			files+=("$f")
		done
	fi
	mkdir -p rw-tests && : >"$log"
	printf '%s\n' "${files[@]}" | xargs -P "$JOBS" -I{} sh -c '
		n=$(basename {} .test); mkdir -p rw-tests/$n; cd rw-tests/$n &&
		timeout 600 ../../testfixture {} >log 2>&1; rc=$?
		echo "$n rc=$rc $(grep -a "errors out of" log | tail -1)"' >"$log.files"
	sort "$log.files" >>"$log"
	awk -v nfiles=${#files[@]} '
		/errors out of/ { for (i = 1; i <= NF; i++) if ($i == "errors") { e += $(i-1); t += $(i+3) } }
		/rc=0 / && / 0 errors out of/ { okf++ }
		END { printf "%d/%d test cases passed in %d/%d files (testfixture)\n", t-e, t, okf, nfiles;
		      exit !(okf == nfiles && e == 0) }' "$log"
}

# gsl: 'make check' in every directory (slow).  The Debian source has no
# documentation sources (dfsg), so doc/ is left out of the build.
gsl_pkg=gsl
gsl_configure() {
	./configure --disable-static CFLAGS="$1" LDFLAGS="$2" &&
		sed -i 's/^\(SUBDIRS = .*\) doc\b/\1/' Makefile
}
gsl_build() { bear -- make -j"$JOBS" && bear --append -- make -j"$JOBS" check TESTS=; }
gsl_db=compile_commands.json
gsl_test() { make -k -j"$JOBS" check >"$1" 2>&1; local rc=$?; automake_result "$1" "" && [ $rc -eq 0 ]; }

# ------------------------------------------------------------ the driver

fetch() { # PKG -> prints the unpacked source directory
	local pkg=$1 dl=$WORK/download/$1 d
	mkdir -p "$dl"
	d=$(find "$dl" -mindepth 1 -maxdepth 1 -type d | head -1)
	if [ -z "$d" ]; then
		(cd "$dl" && apt-get "${APT_OPTS[@]}" source "$pkg") >"$dl.log" 2>&1 ||
			{ echo "apt-get source $pkg failed (see $dl.log)" >&2; return 1; }
		d=$(find "$dl" -mindepth 1 -maxdepth 1 -type d | head -1)
	fi
	[ -n "$d" ] && echo "$d"
}

BASE_CFLAGS="-O2"
OMP_CFLAGS="-O2 -fopenmp"
# parc's clauses call parc_rt: the shared library of the tree under test,
# found at run time through its rpath (LDFLAGS come before the objects, so
# a static archive would be skipped).
RT_DIR=$(dirname "$PARC_ORIG")/runtime
[ -e "$RT_DIR/libparc_rt.so" ] || die "no $RT_DIR/libparc_rt.so (build parc_rt)"
OMP_LDFLAGS="-fopenmp -L$RT_DIR -Wl,-rpath,$RT_DIR -Wl,--no-as-needed -lparc_rt"
STATUS=0
PARC_SECS=
RESULTS=$WORK/results.tsv
read -r -a THREADS <<<"${REALWORLD_THREADS:-1 2 4}"
CLANG=${REALWORLD_CLANG:-clang-19}
HEAD='project\tversion\tfiles\tfailed\tloops\tmacro_loops\tparallel\tchanged_files\ttests_original'
for t in "${THREADS[@]}"; do HEAD+="\\ttests_parc_t$t"; done
HEAD+='\tregions\tstatus\tparc_seconds\tparc_p_j1_cpu\tclang_syntax_cpu\tclang_rejected\tseconds'
printf "$HEAD\n" >"$RESULTS"

# Result fields of the project being run (R_*), written by record().
reset_fields() {
	R_version=? R_files=- R_failed=- R_loops=- R_macro=- R_parallel=- R_changed=-
	R_orig=- R_status=FAIL R_parc_secs=- R_pcpu=- R_ccpu=- R_crej=- R_regions=-
	R_tests=()
	for _ in "${THREADS[@]}"; do R_tests+=(-); done
}

run_project() {
	local p=$1 f=${1//-/_} t0 src base dir pkg db
	t0=$(now)
	reset_fields
	pkg=$(eval echo "\${${f}_pkg:-}")
	[ -n "$pkg" ] || { echo "unknown project $p" >&2; return 1; }
	db=$(eval echo "\${${f}_db}")
	base=$WORK/$p
	rm -rf "$base/orig" "$base/parc" "$base/logs" "$base/reports" "$base/pmode"
	mkdir -p "$base/logs"
	local L=$base/logs

	log "$p: fetching the Debian source of $pkg"
	src=$(fetch "$pkg") || { R_orig="fetch failed"; record "$p" "$t0"; return 1; }
	R_version=$(basename "$src")

	# The original.
	log "$p: building and testing the original ($R_version)"
	cp -a "$src" "$base/orig"
	local orig_ok=1
	if (cd "$base/orig" && "${f}_configure" "$BASE_CFLAGS" "") >"$L/orig-configure.log" 2>&1 &&
		(cd "$base/orig" && "${f}_build") >"$L/orig-build.log" 2>&1; then
		R_orig=$(cd "$base/orig" && "${f}_test" "$L/orig-test.log") || orig_ok=0
	else
		R_orig="build failed"; orig_ok=0
	fi
	log "$p: original: $R_orig"

	# The transformed copy: build once (generated files, compile commands),
	# transform, rebuild, test.
	log "$p: configuring and building the copy with -fopenmp"
	cp -a "$src" "$base/parc"
	dir=$base/parc
	local tsum=$base/transform.json
	if ! { (cd "$dir" && "${f}_configure" "$OMP_CFLAGS" "$OMP_LDFLAGS") >"$L/parc-configure.log" 2>&1 &&
		(cd "$dir" && "${f}_build") >"$L/parc-build0.log" 2>&1; }; then
		R_tests[0]="build failed before parc"; record "$p" "$t0"
		return 1
	fi
	# The build under bear rewrites the database with the files it
	# recompiles only: keep the whole one.
	cp "$dir/$db" "$base/compile_commands.json"
	log "$p: running parc on every C file of the build"
	local tp
	tp=$(now)
	python3 "$HERE/transform.py" --parc "$PARC" --db "$dir/$db" --root "$dir" \
		--reports "$base/reports" --summary "$tsum" -j "$JOBS" | tee "$L/parc.log"
	[ "${PIPESTATUS[0]}" -eq 0 ] || { R_tests[0]="transform.py failed"; record "$p" "$t0"; return 1; }
	R_parc_secs=$(($(now) - tp))
	echo "parc time: ${R_parc_secs}s" >>"$L/parc.log"
	log "$p: rebuilding the transformed copy"
	local parc_ok=1 built=1 k t
	(cd "$dir" && "${f}_build") >"$L/parc-build.log" 2>&1 || built=0
	# Files the build regenerated after parc rewrote them are not part of
	# the transformed build: count them out.
	python3 "$HERE/transform.py" --check "$tsum" >"$L/regenerated.log" || true
	for k in "${!THREADS[@]}"; do
		t=${THREADS[$k]}
		if [ $built = 1 ]; then
			R_tests[$k]=$(cd "$dir" && OMP_NUM_THREADS=$t "${f}_test" "$L/parc-test-t$t.log") || parc_ok=0
		else
			R_tests[$k]="build of the transformed code failed"; parc_ok=0
		fi
		log "$p: transformed, OMP_NUM_THREADS=$t: ${R_tests[$k]}"
	done
	# How many parallel regions the test suite enters (all processes, 2
	# threads): the thread counts above test parc's loops only if the
	# tests run them.
	if [ $built = 1 ] && [ -f "$WORK/bin/gomp_count.so" ]; then
		rm -f "$base/regions.txt"
		(cd "$dir" && GOMP_COUNT_FILE=$base/regions.txt LD_PRELOAD=$WORK/bin/gomp_count.so \
			OMP_NUM_THREADS=2 "${f}_test" "$L/parc-test-regions.log") >/dev/null
		R_regions=$(awk '{s += $2} END {print s + 0}' "$base/regions.txt" 2>/dev/null || echo 0)
	fi
	python3 "$HERE/transform.py" --examples "$tsum" -n 8 --out "$base/examples.tsv" || true

	# parc's cost against the C front end's: parc -p (the whole database,
	# one worker) and clang -fsyntax-only over the same files, one at a
	# time, both on the original tree.  CPU seconds (user + system) are
	# recorded: wall time on a shared machine says little.
	local odb=$base/orig/$db
	if [ -f "$odb" ]; then
		log "$p: timing parc -p -j 1 and $CLANG -fsyntax-only on the original tree"
		python3 "$HERE/transform.py" --time "$base/time-parc-p.json" -- \
			"$PARC" -p "$(dirname "$odb")" --out-dir="$base/pmode" -j 1 >"$L/parc-p.log" 2>&1
		python3 "$HERE/transform.py" --syntax-time "$odb" --clang "$CLANG" \
			--out "$base/time-clang.json" >"$L/clang-syntax.log" 2>&1
		cat "$L/parc-p.log" "$L/clang-syntax.log"
		R_pcpu=$(jq_get "$base/time-parc-p.json" cpu)
		R_ccpu=$(jq_get "$base/time-clang.json" cpu)
		R_crej=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["failed"]))' "$base/time-clang.json")
	fi

	local status=OK
	if [ $orig_ok = 0 ]; then
		# Tests that fail on the original too (e.g. sqlite3's when run as
		# root): the transformed build must fail in exactly the same way.
		status=SAME-FAILURES
		for k in "${!THREADS[@]}"; do
			t=${THREADS[$k]}
			if [ $parc_ok = 1 ] || [ "$R_orig" != "${R_tests[$k]}" ]; then
				status=BASELINE-FAIL
			fi
		done
	fi
	if [ $parc_ok = 0 ] && [ $orig_ok = 1 ]; then status=PARC-FAIL; fi
	if [ "$(jq_tot "$tsum" crashed)" != 0 ] || [ "$(jq_tot "$tsum" anomalies)" != 0 ]; then status=PARC-BUG; fi
	R_files=$(jq_tot "$tsum" files) R_failed=$(jq_tot "$tsum" failed)
	R_loops=$(jq_tot "$tsum" loops) R_macro=$(jq_tot "$tsum" skipped)
	R_parallel=$(jq_tot "$tsum" parallel_built) R_changed=$(jq_tot "$tsum" changed_built)
	R_status=$status
	record "$p" "$t0"
}

jq_get() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get(sys.argv[2], "-"))' "$1" "$2"; }
jq_tot() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["totals"].get(sys.argv[2], "-"))' "$1" "$2"; }

record() { # PROJECT T0, and the R_* fields
	local secs=$(($(now) - $2)) row
	row="$1\t$R_version\t$R_files\t$R_failed\t$R_loops\t$R_macro\t$R_parallel\t$R_changed\t$R_orig"
	for t in "${R_tests[@]}"; do row+="\t$t"; done
	row+="\t$R_regions\t$R_status\t$R_parc_secs\t$R_pcpu\t$R_ccpu\t$R_crej\t$secs"
	printf '%b\n' "$row" >>"$RESULTS"
	case $R_status in OK | SAME-FAILURES) ;; *) STATUS=1 ;; esac
	log "$1: $R_status (${secs}s)"
}

T0=$(now)
log "parc: $PARC_ORIG ($("$PARC" --version 2>&1 | head -1), $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null)$(git -C "$ROOT" diff --quiet HEAD -- src include 2>/dev/null || echo '+changes')); work directory: $WORK; jobs: $JOBS"
for p in "${PROJECTS[@]}"; do
	run_project "$p" || STATUS=1
done
TOTAL=$(($(now) - T0))

python3 - "$RESULTS" "$WORK/results.md" "$TOTAL" <<'EOF'
import sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])]
head, rows = rows[0], rows[1:]
names = {"project": "project", "version": "source", "files": "C files",
         "failed": "parc failed", "loops": "loops", "macro_loops": "skipped (macro loops)",
         "parallel": "parallelized", "changed_files": "files changed",
         "tests_original": "tests (original)", "status": "status",
         "regions": "parallel regions entered by the tests",
         "parc_seconds": "parc time (s, wall)", "parc_p_j1_cpu": "parc -p -j1 (s, CPU)",
         "clang_syntax_cpu": "clang -fsyntax-only (s, CPU)",
         "clang_rejected": "files clang rejects", "seconds": "total time (s)"}
title = lambda h: ("tests (parc, %s threads)" % h[len("tests_parc_t"):]
                   if h.startswith("tests_parc_t") else names.get(h, h))
md = ["| " + " | ".join(title(h) for h in head) + " |", "|" + "---|" * len(head)]
for r in rows:
    md.append("| " + " | ".join(r) + " |")
md.append("")
md.append("total: %s s" % sys.argv[3])
open(sys.argv[2], "w").write("\n".join(md) + "\n")
print()
print("\n".join(md))
EOF
echo "details: $WORK (logs under */logs, parc summaries in */transform.json)"
exit $STATUS
