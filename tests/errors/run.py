#!/usr/bin/env python3
"""Error tests: bad input and bad usage give the exact diagnostic, the
documented exit status, no output file, and leave the input untouched.

    python3 tests/errors/run.py --parc build/parc
"""
import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

# name, arguments (OUT is the output path), exit status, exact stderr
CASES = [
    ("syntax-error", ["syntax.c", "-o", "OUT"], 1,
     "syntax.c:2:13: error: expected expression\n"),
    ("missing-header", ["missing_header.c", "-o", "OUT"], 1,
     "missing_header.c:1:10: fatal error: 'no_such_header.h' file not found\n"),
    ("empty-file", ["empty.c", "-o", "OUT"], 1,
     "empty.c: error: input file is empty\n"),
    ("not-c", ["notes.txt", "-o", "OUT"], 1,
     "notes.txt:1:1: error: unknown type name 'This'\n"
     "notes.txt:1:8: error: expected ';' after top level declarator\n"),
    ("binary", ["binary.c", "-o", "OUT"], 1,
     "binary.c: error: input is not a C source file (it contains NUL bytes)\n"),
    ("semantic-error", ["undeclared.c", "-o", "OUT"], 1,
     "undeclared.c:4:16: error: use of undeclared identifier 'undeclared_name'\n"),
    ("directory", ["subdir", "-o", "OUT"], 1,
     "parc: error: cannot read 'subdir': is a directory\n"),
    ("no-such-file", ["no_such_file.c", "-o", "OUT"], 1,
     "parc: error: cannot read 'no_such_file.c': No such file or directory\n"),
    ("output-is-input", ["ok.c", "-o", "ok.c"], 2,
     "parc: error: output 'ok.c' is the input file; use --in-place to overwrite it\n"
     "Try 'parc --help' for more information.\n"),
    ("output-is-symlink-to-input", ["ok.c", "-o", "link.c"], 2,
     "parc: error: output 'link.c' is the input file; use --in-place to overwrite it\n"
     "Try 'parc --help' for more information.\n"),
    ("unknown-option", ["--frobnicate", "ok.c"], 2,
     "parc: error: unknown option '--frobnicate'\n"
     "Try 'parc --help' for more information.\n"),
    ("no-input", ["-o", "OUT"], 2,
     "parc: error: no input file\nTry 'parc --help' for more information.\n"),
    ("two-inputs", ["ok.c", "syntax.c", "-o", "OUT"], 2,
     "parc: error: more than one input file ('syntax.c')\n"
     "Try 'parc --help' for more information.\n"),
    ("missing-o-argument", ["ok.c", "-o"], 2,
     "parc: error: missing argument after '-o'\n"
     "Try 'parc --help' for more information.\n"),
    ("unwritable-output-dir", ["ok.c", "-o", "no_such_dir/out.c"], 1,
     "parc: error: cannot write 'no_such_dir/out.c': No such file or directory\n"),
    ("full-disk", ["ok.c", "-o", "/dev/full"], 1,
     "parc: error: cannot write '/dev/full': No space left on device\n"),
    ("output-is-directory", ["ok.c", "-o", "subdir"], 1,
     "parc: error: cannot write 'subdir': is a directory\n"),
    ("output-under-a-file", ["ok.c", "-o", "ok.c/out.c"], 1,
     "parc: error: cannot write 'ok.c/out.c': Not a directory\n"),
    ("macro-error-from-flag", ["ok.c", "-DBROKEN", "-o", "OUT"], 1,
     "ok.c:4:6: error: expected ';' after expression\n"),
]

OK_C = """int main(void)
{
#ifdef BROKEN
    0 0;
#endif
    return 0;
}
"""


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def run_case(parc, work, name, args, want_rc, want_err):
    out = os.path.join(work, "out-" + name + ".c")
    argv = [parc] + [out if a == "OUT" else a for a in args]
    inputs = [a for a in args if os.path.isfile(os.path.join(work, a))]
    before = {a: digest(os.path.join(work, a)) for a in inputs}
    listing = sorted(os.listdir(work))
    p = subprocess.run(argv, cwd=work, capture_output=True, text=True, timeout=60)
    problems = []
    if p.returncode != want_rc:
        problems.append("exit status %d, expected %d" % (p.returncode, want_rc))
    if p.stderr != want_err:
        problems.append("stderr:\n%s--- expected:\n%s" % (p.stderr, want_err))
    if p.stdout:
        problems.append("unexpected stdout: %r" % p.stdout[:200])
    if os.path.exists(out):
        problems.append("an output file was written")
    if sorted(os.listdir(work)) != listing:
        problems.append("files appeared or vanished: %s" %
                        (set(os.listdir(work)) ^ set(listing)))
    for a, d in before.items():
        if digest(os.path.join(work, a)) != d:
            problems.append("input %s was modified" % a)
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--parc", required=True)
    opts = ap.parse_args()
    parc = os.path.abspath(opts.parc)
    work = tempfile.mkdtemp(prefix="parc-errors.")
    try:
        for f in os.listdir(HERE):
            if f != "run.py":
                shutil.copy(os.path.join(HERE, f), work)
        with open(os.path.join(work, "ok.c"), "w") as f:
            f.write(OK_C)
        os.symlink("ok.c", os.path.join(work, "link.c"))
        os.mkdir(os.path.join(work, "subdir"))
        failed = 0
        for name, args, rc, err in CASES:
            problems = run_case(parc, work, name, args, rc, err)
            if problems:
                failed += 1
                print("FAIL errors.%s: %s" % (name, "; ".join(problems)))
            else:
                print("PASS errors.%s" % name)
        print("%d passed, %d failed" % (len(CASES) - failed, failed))
        return 1 if failed else 0
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    sys.exit(main())
