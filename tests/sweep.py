#!/usr/bin/env python3
"""Runs parc over every .c file below the given folders.  parc must never
crash (exit 0 or 1 only, never a signal), and every output it writes must
compile with gcc -fopenmp whenever the input compiles without it.

    python3 tests/sweep.py --parc build/parc tests examples
"""
import argparse
import os
import subprocess
import sys
import tempfile


def c_files(roots):
    for root in roots:
        for d, _, files in os.walk(root):
            for f in sorted(files):
                if f.endswith(".c") and not f.endswith((".expected.c", ".instrumented.c")):
                    yield os.path.join(d, f)


def compiles(cc, path, extra):
    p = subprocess.run([cc, "-fsyntax-only", "-w"] + extra + [path],
                       capture_output=True, timeout=120)
    return p.returncode == 0


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--parc", required=True)
    ap.add_argument("--cc", default="gcc")
    ap.add_argument("roots", nargs="+")
    opts = ap.parse_args()
    files = list(c_files(opts.roots))
    failed = 0
    stats = {"files": 0, "processed": 0}
    with tempfile.TemporaryDirectory() as tmp:
        for i, src in enumerate(files):
            out = os.path.join(tmp, "out%d.c" % i)
            p = subprocess.run([opts.parc, src, "-o", out], capture_output=True,
                               text=True, timeout=120)
            stats["files"] += 1
            problem = None
            if p.returncode not in (0, 1):
                problem = "parc exited with %d: %s" % (p.returncode, p.stderr[-500:])
            elif p.returncode == 1 and os.path.exists(out):
                problem = "parc failed but wrote an output file"
            elif p.returncode == 0:
                stats["processed"] += 1
                inc = ["-I", os.path.dirname(os.path.abspath(src))]
                if compiles(opts.cc, src, []) and not compiles(opts.cc, out, ["-fopenmp"] + inc):
                    problem = "output does not compile with -fopenmp"
            if problem:
                failed += 1
                print("FAIL sweep %s: %s" % (src, problem))
    print("sweep: %d files, %d processed" % (stats["files"], stats["processed"]))
    print("%d passed, %d failed" % (stats["files"] - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
