#!/usr/bin/env python3
"""Hostile inputs, generated here: each must give a defined exit status, no
crash, no hang (a time limit), no partial output, and an untouched input.

    python3 tests/errors/hostile.py --parc build/parc [--big-mb 50]
"""
import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time

failures, checks = [], []


def check(name, cond, detail=""):
    checks.append(name)
    print(("PASS" if cond else "FAIL") + " hostile." + name + ("" if cond else " " + str(detail)[:400]))
    if not cond:
        failures.append(name)


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def big_program(mb):
    parts, size, i = [], 0, 0
    while size < mb * 1024 * 1024:
        s = ("double a%d[64];\nvoid f%d(void) { for (int i = 0; i < 64; i++) a%d[i] = i * 0.5; }\n"
             % (i, i, i))
        parts.append(s)
        size += len(s)
        i += 1
    return "".join(parts)


def cases(big_mb):
    deep = 10000
    return [
        # name, bytes, expected exit statuses, stderr must contain
        ("non-utf8", b"int main(void) { char *s = \"\xff\xfe\xfd\"; return s[0] == 0; }\n"
         b"/* \xc3\x28 invalid */\n", (0,), b""),
        ("binary-garbage", bytes((i * 37 + 11) % 256 for i in range(4096)), (1,), b"error"),
        ("deep-if-nesting", ("int f(int x) { int s = 0;\n" + "if (x) " * deep + "s++;\nreturn s; }\n").encode(),
         (0,), b""),
        ("deep-loop-nesting", ("int g(int n) { int s = 0;\n" + "for (int i = 0; i < n; i++) " * 300 +
                               "s++;\nreturn s; }\n").encode(), (0,), b""),
        ("deep-expression", ("int h(int a) { return " + "+".join(["a"] * 50000) + "; }\n").encode(),
         (0,), b""),
        ("one-megabyte-line", ("int k[] = {" + ",".join(["1"] * 500000) + "};\n").encode(), (0,), b""),
        ("big-file", big_program(big_mb).encode(), (0,), b""),
    ]


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--parc", required=True)
    ap.add_argument("--big-mb", type=int, default=int(os.environ.get("PARC_HOSTILE_BIG_MB", "50")))
    ap.add_argument("--timeout", type=int, default=600)
    opts = ap.parse_args()
    parc = os.path.abspath(opts.parc)
    w = tempfile.mkdtemp(prefix="parc-hostile.")
    try:
        for name, data, ok_status, must in cases(opts.big_mb):
            src = os.path.join(w, name + ".c")
            out = os.path.join(w, name + ".out.c")
            with open(src, "wb") as f:
                f.write(data)
            before = digest(src)
            try:
                p = subprocess.run([parc, src, "-o", out], capture_output=True, timeout=opts.timeout)
                rc, err = p.returncode, p.stderr
            except subprocess.TimeoutExpired:
                rc, err = "timeout", b""
            problems = []
            if rc not in ok_status:
                problems.append("exit status %s" % rc)
            if must and must not in err:
                problems.append("no %r in stderr" % must)
            if rc != 0 and os.path.exists(out):
                problems.append("partial output")
            if rc == 0 and not os.path.exists(out):
                problems.append("no output")
            if digest(src) != before:
                problems.append("input modified")
            if any(f.startswith(name + ".out.c.parc-tmp") for f in os.listdir(w)):
                problems.append("temporary file left behind")
            check(name, not problems, "; ".join(problems) + " " + err.decode("utf-8", "replace")[-300:])
            os.remove(src)
            if os.path.exists(out):
                os.remove(out)
        # Output to a full disk leaves nothing behind and says so.
        src = os.path.join(w, "ok.c")
        with open(src, "w") as f:
            f.write("int a[100];\nvoid f(void) { for (int i = 0; i < 100; i++) a[i] = i; }\n")
        p = subprocess.run([parc, src, "-o", "/dev/full"], capture_output=True, text=True, timeout=60)
        check("full-disk", p.returncode == 1 and "No space left on device" in p.stderr, p.stderr)
        os.symlink(src, os.path.join(w, "link.c"))
        p = subprocess.run([parc, os.path.join(w, "link.c"), "-o", src], capture_output=True,
                           text=True, timeout=60)
        check("symlink-input-as-output", p.returncode == 2 and "is the input file" in p.stderr, p.stderr)
        # libclang 19 spins forever on this input (found by the libFuzzer
        # target; clang-19 -fsyntax-only too, clang 14 does not): --timeout
        # gives up with an error and writes nothing.
        hang = os.path.join(w, "clang_hang.c")
        with open(hang, "w") as f:
            f.write("#define F(i, n) for (i = 0; i < (n); i++)\n"
                    "void f(int *a){ int i;\n"
                    " F(i, :::::_Pragma:::::\\\\\\\\\\0; i < 8; i++) a[i] = 2; }\n")
        out = os.path.join(w, "clang_hang.out.c")
        t0 = time.time()
        p = subprocess.run([parc, "--timeout=3", hang, "-o", out], capture_output=True,
                           text=True, timeout=120)
        took = time.time() - t0
        check("timeout-gives-up", p.returncode == 1 and "gave up after 3 s" in p.stderr and
              not os.path.exists(out) and took < 60, "%s (%.0f s)" % (p.stderr, took))
    finally:
        shutil.rmtree(w)
    print("%d passed, %d failed" % (len(checks) - len(failures), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
