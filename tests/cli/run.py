#!/usr/bin/env python3
"""Command-line tests: options, standard streams, in-place edits, compiler
flags, remarks.  Each case checks exit status and exact output.

    python3 tests/cli/run.py --parc build/parc
"""
import argparse
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile

SRC = """#include "defs.h"
double a[SIZE], b[SIZE];
void scale(double k)
{
    for (int i = 0; i < SIZE; i++)
        a[i] = k * b[i];
#ifdef WITH_SHIFT
    for (int i = 1; i < SIZE; i++)
        a[i] = a[i - 1];
#endif
}
"""
PRAGMA = "    #pragma omp parallel for simd\n"


def expected(name, line=5, src=SRC):
    """SRC with the pragma, and the #line that keeps the numbering, added."""
    return src.replace("    for (int i = 0;", PRAGMA + '#line %d "%s"\n' % (line, name) +
                       "    for (int i = 0;", 1)


OUT = expected("k.c")

failures = []
checks = []


def check(name, cond, detail=""):
    checks.append(name)
    if cond:
        print("PASS cli.%s" % name)
    else:
        failures.append(name)
        print("FAIL cli.%s %s" % (name, detail))


def run(parc, args, cwd, stdin=None):
    return subprocess.run([parc] + args, cwd=cwd, input=stdin, capture_output=True,
                          text=True, timeout=60)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--parc", required=True)
    parc = os.path.abspath(ap.parse_args().parc)
    w = tempfile.mkdtemp(prefix="parc-cli.")
    try:
        os.mkdir(os.path.join(w, "inc"))
        with open(os.path.join(w, "inc", "defs.h"), "w") as f:
            # large enough (7M units) to need no run-time guard
            f.write("#define SIZE 1000000\n")
        with open(os.path.join(w, "k.c"), "w") as f:
            f.write(SRC)

        p = run(parc, ["--version"], w)
        check("version", p.returncode == 0 and re.fullmatch(r"parc \d+\.\d+\.\d+\n", p.stdout),
              repr(p.stdout))
        p = run(parc, ["--help"], w)
        check("help", p.returncode == 0 and p.stdout.startswith("usage: parc") and
              "Exit status" in p.stdout and "--report" in p.stdout)

        p = run(parc, ["k.c", "-o", "out.c"], w)
        check("missing-include-fails", p.returncode == 1 and "'defs.h' file not found" in p.stderr,
              p.stderr)
        p = run(parc, ["k.c", "-I", "inc", "-o", "out.c"], w)
        got = open(os.path.join(w, "out.c")).read() if p.returncode == 0 else None
        check("include-dir", got == OUT, p.stderr)
        p = run(parc, ["k.c", "-Iinc", "-o", "-"], w)
        check("stdout", p.returncode == 0 and p.stdout == OUT, p.stderr)
        p = run(parc, ["k.c", "-Iinc"], w)
        check("stdout-default", p.returncode == 0 and p.stdout == OUT)
        p = run(parc, ["-", "-Iinc", "-o", "-"], w, stdin=SRC)
        check("stdin", p.returncode == 0 and p.stdout == expected("<stdin>"), p.stderr)

        # --min-work: the cost model's threshold; 0 parallelizes every
        # loop parc proves, even a short one.
        short = "double a[100];\nvoid f(void)\n{\n    for (int i = 0; i < 100; i++)\n        a[i] = i;\n}\n"
        p = run(parc, ["-", "-o", "-"], w, stdin=short)
        check("min-work-default-serial", p.returncode == 0 and "omp" not in p.stdout, p.stdout)
        p = run(parc, ["-", "-o", "-", "--min-work=0"], w, stdin=short)
        check("min-work-0-parallel", p.returncode == 0 and "#pragma omp parallel for" in p.stdout,
              p.stdout)
        p = run(parc, ["-", "-o", "-", "--min-work=-3"], w, stdin=short)
        check("min-work-invalid", p.returncode == 2 and "invalid --min-work" in p.stderr, p.stderr)

        # --runtime: parc (default) guards a loop of run-time length with
        # parc_rt and versions it; none writes plain OpenMP (a fixed guard).
        sym = "void f(double *restrict a, int n)\n{\n    for (int i = 0; i < n; i++)\n        a[i] = i;\n}\n"
        p = run(parc, ["-", "-o", "-"], w, stdin=sym)
        check("runtime-default-versioned", p.returncode == 0 and "#ifdef _OPENMP" in p.stdout and
              "parc_rt_worth((long long)n, 4LL)" in p.stdout and
              "extern int parc_rt_worth(long long, long long) __attribute__((__weak__));" in p.stdout,
              p.stdout)
        p = run(parc, ["-", "-o", "-", "--runtime=none"], w, stdin=sym)
        check("runtime-none-plain", p.returncode == 0 and "parc_rt" not in p.stdout and
              "if ((long long)n >= 4096LL) {" in p.stdout, p.stdout)
        p = run(parc, ["-", "-o", "-", "--runtime=openmp"], w, stdin=sym)
        check("runtime-invalid", p.returncode == 2 and "invalid --runtime" in p.stderr, p.stderr)

        # --target=cuda writes OUT.c and OUT.cu (or --cuda-out); usage errors.
        with open(os.path.join(w, "sym.c"), "w") as f:
            f.write(sym)
        p = run(parc, ["sym.c", "--target=cuda", "-o", "symo.c"], w)
        cu = os.path.join(w, "symo.cu")
        check("target-cuda-files", p.returncode == 0 and os.path.exists(cu) and
              "__global__ void parc_k_f_3_kernel" in open(cu).read() and
              "if (parc_cuda_use && parc_k_f_3 && " in open(os.path.join(w, "symo.c")).read(),
              p.stderr)
        p = run(parc, ["sym.c", "--target=cuda", "-o", "-", "--cuda-out=k.cu"], w)
        check("target-cuda-stdout", p.returncode == 0 and "parc_k_f_3" in p.stdout and
              os.path.exists(os.path.join(w, "k.cu")), p.stderr)
        p = run(parc, ["sym.c", "--target=cuda"], w)
        check("target-cuda-needs-file", p.returncode == 2 and "--cuda-out" in p.stderr, p.stderr)
        p = run(parc, ["sym.c", "--cuda-out=x.cu", "-o", "x.c"], w)
        check("cuda-out-needs-target", p.returncode == 2 and
              not os.path.exists(os.path.join(w, "x.c")), p.stderr)
        p = run(parc, ["sym.c", "--target=gpu", "-o", "x.c"], w)
        check("target-invalid", p.returncode == 2 and "invalid --target" in p.stderr, p.stderr)
        p = run(parc, ["sym.c", "--target=cuda", "--instrument", "-o", "x.c"], w)
        check("target-cuda-instrument", p.returncode == 2, p.stderr)
        before = open(os.path.join(w, "sym.c")).read()
        p = run(parc, ["sym.c", "--target=cuda", "-o", "y.c", "--cuda-out=sym.c"], w)
        check("cuda-out-is-input", p.returncode == 1 and
              open(os.path.join(w, "sym.c")).read() == before and
              not os.path.exists(os.path.join(w, "y.c")), p.stderr)
        p = run(parc, ["sym.c", "--target=cuda", "-o", "z.c", "--cuda-out=z.c"], w)
        check("cuda-out-is-output", p.returncode == 1 and
              not os.path.exists(os.path.join(w, "z.c")), p.stderr)

        # -D reveals a second loop that carries a dependence: it stays serial.
        p = run(parc, ["k.c", "-Iinc", "-DWITH_SHIFT", "--report=-", "-o", "o2.c"], w)
        rep = json.loads(p.stdout) if p.returncode == 0 else {}
        decisions = [l["decision"] for l in rep.get("loops", [])]
        check("define-flag", decisions == ["parallel", "serial"], str(decisions))
        p = run(parc, ["k.c", "-o", "o3.c", "--", "-Iinc", "-DWITH_SHIFT"], w)
        check("dash-dash-args", p.returncode == 0 and
              open(os.path.join(w, "o3.c")).read().count("#pragma omp") == 1, p.stderr)

        p = run(parc, ["k.c", "-Iinc", "-DWITH_SHIFT", "-o", "o4.c", "-Rpass=parc",
                       "-Rpass-missed=parc"], w)
        lines = p.stderr.splitlines()
        check("remarks", p.returncode == 0 and len(lines) == 2 and
              lines[0] == "k.c:5:5: remark: loop parallelized [-Rpass=parc]" and
              re.match(r"k\.c:8:5: remark: loop not parallelized: flow dependence on 'a' "
                       r"from line 9 to line 9 \(distance 1\)", lines[1]), p.stderr)
        p = run(parc, ["k.c", "-Iinc", "-DWITH_SHIFT", "-o", "o5.c", "-Rpass=parc"], w)
        check("remarks-passed-only", p.stderr.count("remark:") == 1 and "parallelized" in p.stderr)

        # An existing output is replaced atomically, with ordinary permissions.
        dst = os.path.join(w, "exists.c")
        with open(dst, "w") as f:
            f.write("old contents\n")
        os.chmod(dst, 0o644)
        p = run(parc, ["k.c", "-Iinc", "-o", "exists.c"], w)
        mode = stat.S_IMODE(os.stat(dst).st_mode)
        check("replace-output", p.returncode == 0 and open(dst).read() == OUT and
              mode & 0o044 == 0o044, oct(mode))
        check("no-temp-files", not [f for f in os.listdir(w) if "parc-tmp" in f])

        shutil.copy(os.path.join(w, "k.c"), os.path.join(w, "inplace.c"))
        p = run(parc, ["inplace.c", "-Iinc", "-o", "inplace.c", "--in-place"], w)
        check("in-place", p.returncode == 0 and
              open(os.path.join(w, "inplace.c")).read() == expected("inplace.c"), p.stderr)

        # Devices are written in place, never replaced by a file.
        p = run(parc, ["k.c", "-Iinc", "-o", "/dev/null"], w)
        check("dev-null", p.returncode == 0 and stat.S_ISCHR(os.stat("/dev/null").st_mode), p.stderr)

        # CRLF files keep their line endings, including on the added line.
        crlf = SRC.replace("\n", "\r\n")
        with open(os.path.join(w, "crlf.c"), "w", newline="") as f:
            f.write(crlf)
        p = run(parc, ["crlf.c", "-Iinc", "-o", "crlf.out.c"], w)
        with open(os.path.join(w, "crlf.out.c"), newline="") as f:
            got = f.read()
        check("crlf", got == expected("crlf.c").replace("\n", "\r\n"), repr(got[:120]))

        # A #line directive changes reported lines, not the rewrite.
        with open(os.path.join(w, "lined.c"), "w") as f:
            f.write("#line 100 \"orig.c\"\n" + SRC)
        p = run(parc, ["lined.c", "-Iinc", "-o", "lined.out.c", "-Rpass=parc"], w)
        check("line-directive", p.returncode == 0 and ":104:5: remark" in p.stderr and
              open(os.path.join(w, "lined.out.c")).read() ==
              "#line 100 \"orig.c\"\n" + expected("orig.c", 104), p.stderr)
    finally:
        shutil.rmtree(w)
    print("%d passed, %d failed" % (len(checks) - len(failures), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
