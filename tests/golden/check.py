#!/usr/bin/env python3
"""Golden tests of the rewriter and the report: for each NAME.c here, parc's
output must equal NAME.expected.c and its report NAME.report.json, byte for
byte, and `parc --instrument` must write NAME.instrumented.c.  With
--target=cuda among the args, the .cu file must equal NAME.expected.cu
(the kernels and wrappers, exactly).  A first line
"/* parc-args: ARGS */" gives parc extra options for that file.  After a
deliberate change, regenerate the expectations with

    python3 tests/golden/check.py --parc build/parc --update

and review the diff before committing it."""
import argparse
import difflib
import glob
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def inputs():
    return sorted(f for f in glob.glob(os.path.join(HERE, "*.c"))
                  if not f.endswith(".expected.c") and not f.endswith(".instrumented.c"))


def run_parc(parc, src, tmp):
    name = os.path.basename(src)
    out = os.path.join(tmp, name)
    rep = os.path.join(tmp, name + ".json")
    # Run from this folder so that the report names the file as "NAME.c".
    with open(src) as f:
        first = f.readline()
    extra = first.split("parc-args:", 1)[1].split("*/")[0].split() if "parc-args:" in first else []
    p = subprocess.run([parc, name, "-o", out, "--report=" + rep] + extra, cwd=HERE,
                       capture_output=True, text=True, timeout=60)
    if p.returncode != 0:
        return None, None, None, p.stderr
    chk = os.path.join(tmp, "chk_" + name)
    q = subprocess.run([parc, "--instrument", name, "-o", chk], cwd=HERE,
                       capture_output=True, text=True, timeout=60)
    if q.returncode != 0:
        return None, None, None, q.stderr
    cu = out[:-2] + ".cu"
    if os.path.exists(cu):
        with open(cu) as f:
            run_parc.cu = f.read()
        os.unlink(cu)
    else:
        run_parc.cu = None
    with open(out) as f, open(rep) as g, open(chk) as h:
        return f.read(), g.read(), h.read(), p.stderr


def compare(label, got, path):
    if not os.path.exists(path):
        return ["%s: missing %s (run with --update)" % (label, os.path.basename(path))]
    with open(path) as f:
        want = f.read()
    if got == want:
        return []
    diff = difflib.unified_diff(want.splitlines(True), got.splitlines(True),
                                os.path.basename(path), "parc output")
    return ["%s differs:\n%s" % (label, "".join(diff))]


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--parc", required=True)
    ap.add_argument("--update", action="store_true")
    opts = ap.parse_args()
    parc = os.path.abspath(opts.parc)
    failed = 0
    files = inputs()
    with tempfile.TemporaryDirectory() as tmp:
        for src in files:
            base = src[:-2]
            out, rep, chk, err = run_parc(parc, src, tmp)
            name = os.path.basename(src)
            if out is None:
                print("FAIL golden.%s: parc failed: %s" % (name, err))
                failed += 1
                continue
            if opts.update:
                with open(base + ".expected.c", "w") as f:
                    f.write(out)
                with open(base + ".report.json", "w") as f:
                    f.write(rep)
                with open(base + ".instrumented.c", "w") as f:
                    f.write(chk)
                if run_parc.cu is not None:
                    with open(base + ".expected.cu", "w") as f:
                        f.write(run_parc.cu)
                print("updated golden.%s" % name)
                continue
            problems = compare("output", out, base + ".expected.c")
            problems += compare("report", rep, base + ".report.json")
            problems += compare("instrumented", chk, base + ".instrumented.c")
            if run_parc.cu is not None or os.path.exists(base + ".expected.cu"):
                problems += compare("cuda", run_parc.cu or "", base + ".expected.cu")
            if problems:
                failed += 1
                print("FAIL golden.%s: %s" % (name, "\n".join(problems)))
            else:
                print("PASS golden.%s" % name)
    print("%d passed, %d failed" % (len(files) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
