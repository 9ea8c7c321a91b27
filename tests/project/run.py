#!/usr/bin/env python3
"""Whole-project tests: parc -p BUILD_DIR (flags from compile_commands.json),
--out-dir with worker processes, the tree layout, the summary, and a file
that fails next to files that do not.  The transformed project is built
and run, and must print what the original prints.

    python3 tests/project/run.py --parc build/parc
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import rtlib  # noqa: E402

FILES = {
    "include/cfg.h": "#define N 5000\n",
    "src/kern/scale.c": """#include "cfg.h"
void scale(double *restrict out, const double *restrict in)
{
    for (int i = 0; i < N; i++)
        out[i] = in[i] * FACTOR;
}
""",
    "src/kern/prefix.c": """#include "cfg.h"
void prefix(double *a)
{
    for (int i = 1; i < N; i++)
        a[i] += a[i - 1];
}
""",
    "src/main.c": """#include <stdio.h>
#include "cfg.h"
void scale(double *restrict out, const double *restrict in);
void prefix(double *a);
static double x[N], y[N];
int main(void)
{
    for (int i = 0; i < N; i++)
        x[i] = i % 10;
    scale(y, x);
    prefix(y);
    printf("%.0f\\n", y[N - 1]);
    return 0;
}
""",
}

failures = []
checks = []


def check(name, cond, detail=""):
    checks.append(name)
    print(("PASS" if cond else "FAIL") + " project." + name + ("" if cond else " " + str(detail)))
    if not cond:
        failures.append(name)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--parc", required=True)
    parc = os.path.abspath(ap.parse_args().parc)
    w = tempfile.mkdtemp(prefix="parc-project.")
    try:
        for rel, text in FILES.items():
            os.makedirs(os.path.join(w, os.path.dirname(rel)), exist_ok=True)
            with open(os.path.join(w, rel), "w") as f:
                f.write(text)
        build = os.path.join(w, "build")
        os.mkdir(build)
        cmds = [{"directory": build, "file": "../" + rel,
                 "command": "gcc -O2 -I../include -DFACTOR=3 -c ../%s -o %s.o" % (rel, rel.replace("/", "_"))}
                for rel in FILES if rel.endswith(".c")]
        with open(os.path.join(build, "compile_commands.json"), "w") as f:
            json.dump(cmds, f)

        p = subprocess.run([parc, "-p", "build", "--out-dir=out", "-j", "2"], cwd=w,
                           capture_output=True, text=True, timeout=120)
        check("exit-status", p.returncode == 0, p.stderr)
        check("summary", "parc: 3 files (0 failed), 3 loops, 2 parallelized" in p.stdout and
              "flow-dependence 1" in p.stdout, p.stdout)
        outs = sorted(os.path.relpath(os.path.join(d, f), os.path.join(w, "out"))
                      for d, _, fs in os.walk(os.path.join(w, "out")) for f in fs)
        check("layout", outs == ["kern/prefix.c", "kern/scale.c", "main.c"], outs)

        # Build original and transformed projects; same output.
        def build_and_run(root, tag):
            exe = os.path.join(w, tag)
            srcs = [os.path.join(root, r) for r in ("main.c", "kern/scale.c", "kern/prefix.c")]
            c = subprocess.run(["gcc", "-O2", "-fopenmp", "-I", os.path.join(w, "include"),
                                "-DFACTOR=3"] + srcs + ["-o", exe] + rtlib.link(rtlib.build("gcc", w)),
                               capture_output=True, text=True)
            if c.returncode:
                return None, c.stderr
            return subprocess.run([exe], capture_output=True, text=True).stdout, ""
        ref, err0 = build_and_run(os.path.join(w, "src"), "orig")
        got, err1 = build_and_run(os.path.join(w, "out"), "par")
        check("same-output", ref is not None and ref == got, err0 + err1)
        with open(os.path.join(w, "out", "kern", "scale.c")) as f:
            check("pragma-in-output", "#pragma omp parallel for" in f.read())

        # One file named; single-file mode takes the database's -D/-I.
        p = subprocess.run([parc, "-p", "build", "src/kern/scale.c", "-Rpass=parc", "-o", "one.c"],
                           cwd=w, capture_output=True, text=True, timeout=60)
        check("single-file", p.returncode == 0 and "loop parallelized" in p.stderr, p.stderr)
        p = subprocess.run([parc, "src/kern/scale.c", "-o", "two.c"], cwd=w,
                           capture_output=True, text=True, timeout=60)
        check("without-database-fails", p.returncode == 1 and "cfg.h" in p.stderr, p.stderr)
        p = subprocess.run([parc, "-p", "build", "--out-dir=o2", "src/main.c"], cwd=w,
                           capture_output=True, text=True, timeout=60)
        check("listed-files", p.returncode == 0 and "1 files" in p.stdout and
              os.path.exists(os.path.join(w, "o2", "main.c")), p.stdout + p.stderr)
        p = subprocess.run([parc, "-p", "build", "--out-dir=o3", "nothere.c"], cwd=w,
                           capture_output=True, text=True, timeout=60)
        check("unknown-file", p.returncode == 1 and "not in compile_commands.json" in p.stderr,
              p.stderr)

        # A broken file fails alone; the others are still written.
        with open(os.path.join(w, "src", "kern", "prefix.c"), "a") as f:
            f.write("int broken( {\n")
        p = subprocess.run([parc, "-p", "build", "--out-dir=o4"], cwd=w,
                           capture_output=True, text=True, timeout=120)
        check("broken-file", p.returncode == 1 and "(1 failed)" in p.stdout and
              re.search(r"prefix\.c:\d+:\d+: error", p.stderr) and
              os.path.exists(os.path.join(w, "o4", "main.c")) and
              not os.path.exists(os.path.join(w, "o4", "kern", "prefix.c")), p.stdout + p.stderr)
        # "arguments" form, absolute "file", source named relatively (bear).
        b2 = os.path.join(w, "build2")
        os.mkdir(b2)
        with open(os.path.join(b2, "compile_commands.json"), "w") as f:
            json.dump([{"directory": os.path.join(w, "src"), "file": os.path.join(w, "src", "kern", "scale.c"),
                        "arguments": ["/usr/bin/gcc", "-O2", "-I../include", "-DFACTOR=3", "-fconserve-stack",
                                      "-c", "-o", "scale.o", "kern/scale.c"]}], f)
        p = subprocess.run([parc, "-p", "build2", "src/kern/scale.c", "-Rpass=parc", "-o", "three.c"],
                           cwd=w, capture_output=True, text=True, timeout=60)
        check("absolute-file-relative-arg", p.returncode == 0 and "loop parallelized" in p.stderr, p.stderr)
        p = subprocess.run([parc, "-p", "nowhere", "--out-dir=o5"], cwd=w,
                           capture_output=True, text=True, timeout=60)
        check("no-database", p.returncode == 1 and "compile_commands.json" in p.stderr, p.stderr)
        p = subprocess.run([parc, "--out-dir=o6", "src/main.c"], cwd=w,
                           capture_output=True, text=True, timeout=60)
        check("out-dir-needs-p", p.returncode == 2, p.stderr)
    finally:
        shutil.rmtree(w)
    print("%d passed, %d failed" % (len(checks) - len(failures), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
