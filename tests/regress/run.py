#!/usr/bin/env python3
"""Regression programs: each file here once made parc produce a wrong or
broken program.  For each one, parc's output must compile (gcc and clang-19,
with -fopenmp, no warnings beyond the original's) and print exactly what the
sequential program prints, with 1, 2, 4 and 8 threads, at -O2 and -O0.

    python3 tests/regress/run.py --parc build/parc [FILES...]
"""
import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import rtlib  # noqa: E402


def sh(argv, **kw):
    return subprocess.run(argv, capture_output=True, text=True, timeout=120, **kw)


def warnings(cc, path, extra):
    p = sh([cc, "-Wall", "-fsyntax-only", "-I", HERE] + extra + [path])
    return sorted(set(re.findall(r"warning: (.*)", p.stderr)))


def check(parc, src, tmp, ccs, rt):
    name = os.path.basename(src)[:-2]
    out = os.path.join(tmp, name + ".par.c")
    with open(src) as f:
        first = f.readline()
    # A first line "/* parc-args: ARGS */" gives parc options for that file.
    extra = first.split("parc-args:", 1)[1].split("*/")[0].split() if "parc-args:" in first else []
    p = sh([parc, src, "-o", out, "-I", HERE] + extra)
    if p.returncode != 0:
        return ["parc exited with %d: %s" % (p.returncode, p.stderr[-300:])]
    seq = os.path.join(tmp, name + ".seq")
    # A program that tests _OPENMP is a different program in an OpenMP
    # build: its reference is the original built with -fopenmp, one thread.
    with open(src) as f:
        omp = "_OPENMP" in f.read()
    c = sh(["gcc", "-O2", "-w", "-I", HERE] + (["-fopenmp"] if omp else []) +
           [src, "-o", seq, "-lm"])
    if c.returncode != 0:
        return ["original does not compile: " + c.stderr[-300:]]
    ref = sh([seq], env=dict(os.environ, OMP_NUM_THREADS="1")).stdout
    problems = []
    for cc in ccs:
        extra = ["-fopenmp"]
        new = set(warnings(cc, out, extra)) - set(warnings(cc, src, extra))
        if new:
            problems.append("%s warns: %s" % (cc, "; ".join(sorted(new))))
    for opt in ("-O2", "-O0"):
        exe = os.path.join(tmp, name + opt)
        c = sh(["gcc", opt, "-fopenmp", "-w", "-I", HERE, out, "-o", exe] + rtlib.link(rt) + ["-lm"])
        if c.returncode != 0:
            problems.append("output does not compile (%s): %s" % (opt, c.stderr[-300:]))
            continue
        for t in (1, 2, 4, 8):
            for _ in range(2):
                got = sh([exe], env=dict(os.environ, OMP_NUM_THREADS=str(t))).stdout
                if got != ref:
                    problems.append("%s, %d threads: printed %r, expected %r" %
                                    (opt, t, got[:80], ref[:80]))
                    break
            else:
                continue
            break
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--parc", required=True)
    ap.add_argument("files", nargs="*")
    opts = ap.parse_args()
    parc = os.path.abspath(opts.parc)
    files = opts.files or sorted(glob.glob(os.path.join(HERE, "*.c")))
    ccs = ["gcc"] + (["clang-19"] if shutil.which("clang-19") else [])
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        rt = rtlib.build("gcc", tmp)
        for src in files:
            problems = check(parc, src, tmp, ccs, rt)
            name = os.path.basename(src)
            if problems:
                failed += 1
                print("FAIL regress.%s: %s" % (name, " | ".join(problems)))
            else:
                print("PASS regress.%s" % name)
    print("%d passed, %d failed" % (len(files) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
