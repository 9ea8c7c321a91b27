#!/usr/bin/env python3
"""Differential fuzzing of parc --target=cuda on the emulated device.

For each seed, tests/fuzz/gen.py writes a random program.  It is built with
UBSan first (a complaint discards it: the generator's fault), then with
gcc -O2 for the reference output.  parc --target=cuda --min-work=0 (every
loop it can offload is offloaded) writes OUT.c and OUT.cu; OUT.cu and the
CUDA runtime are built as host C++ on the emulated device of
tests/cuda/emu.h, linked with OUT.c, and run with PARC_CUDA=always and
with PARC_CUDA=alternate (GPU and CPU by turns, which tests data scopes).
Any difference from the reference is a failure; the program is saved
under --keep.  Programs whose offloaded loops reduce floating-point values
are compared with a relative tolerance of 1e-9 on numbers.

Usage: fuzz.py --parc PATH [--seed S] [--count N] [--jobs J] [--keep DIR]
"""
import argparse
import concurrent.futures
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "tests", "fuzz"))
sys.path.insert(0, HERE)
import gen  # noqa: E402
from run import close_enough  # noqa: E402

EMU = os.path.join(HERE, "emu.h")
RT_INC = os.path.join(ROOT, "runtime", "include")
RT_SRC = os.path.join(ROOT, "runtime", "src", "cuda.cu")


def sh(cmd, env=None, timeout=60):
    e = dict(os.environ)
    e.update(env or {})
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, env=e, timeout=timeout)
        return r.returncode, r.stdout, r.stderr
    except subprocess.TimeoutExpired:
        return -9, "", "timeout"


def one(a, seed):
    d = tempfile.mkdtemp(prefix="parc-cudafuzz%d." % seed)
    try:
        src = os.path.join(d, "prog.c")
        with open(src, "w") as f:
            f.write(gen.generate(seed, ""))
        rc, _, err = sh(["gcc", "-O1", "-fsanitize=undefined", "-fno-sanitize-recover=all",
                         "-w", src, "-o", os.path.join(d, "san"), "-lm"])
        if rc:
            return seed, "discard", "does not build with UBSan", 0
        rc, _, err = sh([os.path.join(d, "san")], timeout=20)
        if rc:
            return seed, "discard", "UBSan: " + err[-200:], 0
        rc, _, err = sh(["gcc", "-O2", "-w", src, "-o", os.path.join(d, "ref"), "-lm"])
        rc, ref, _ = sh([os.path.join(d, "ref")], timeout=20)
        if rc:
            return seed, "discard", "reference fails", 0
        out = os.path.join(d, "out.c")
        rep = os.path.join(d, "rep.json")
        rc, _, err = sh([a.parc, "--target=cuda", "--min-work=0", src, "-o", out,
                         "--report=" + rep])
        if rc:
            return seed, "fail", "parc: " + err[-500:], 0
        loops = json.load(open(rep))["loops"]
        n = sum(1 for l in loops if l.get("target") == "cuda")
        tol = any(l.get("float_reduction") for l in loops if l.get("target") == "cuda")
        rc, _, err = sh([a.cxx, "-std=c++11", "-O1", "-w", "-x", "c++", "-include", EMU,
                         "-I", RT_INC, "-c", os.path.join(d, "out.cu"), "-o",
                         os.path.join(d, "cu.o")])
        if rc:
            return seed, "fail", ".cu does not build: " + err[-800:], n
        exe = os.path.join(d, "emu")
        rc, _, err = sh(["gcc", "-O2", "-fopenmp", "-w", out, os.path.join(d, "cu.o"), a.rt,
                         "-o", exe, "-lstdc++", "-lm", "-pthread"])
        if rc:
            return seed, "fail", "link: " + err[-800:], n
        for mode in ("always", "alternate"):
            rc, got, err = sh([exe], env={"PARC_CUDA": mode, "OMP_NUM_THREADS": "2"},
                              timeout=60)
            if rc or (got != ref and not (tol and close_enough(got, ref))):
                keep = os.path.join(a.keep, "seed%d" % seed)
                shutil.copytree(d, keep, dirs_exist_ok=True)
                return seed, "fail", "PARC_CUDA=%s: exit %d, output %r, want %r (kept in %s)" % (
                    mode, rc, got[-150:], ref[-150:], keep), n
        return seed, "ok", "", n
    finally:
        shutil.rmtree(d, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--parc", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--keep", default=os.path.join(ROOT, "tests", "fuzz", "failures", "cuda"))
    ap.add_argument("--cxx", default=shutil.which("g++") or "clang++-19")
    a = ap.parse_args()
    a.parc = os.path.abspath(a.parc)
    tmp = tempfile.mkdtemp(prefix="parc-cudafuzz-rt.")
    a.rt = os.path.join(tmp, "rt.o")
    rc, _, err = sh([a.cxx, "-std=c++11", "-O1", "-x", "c++", "-include", EMU, "-I", RT_INC,
                     "-c", RT_SRC, "-o", a.rt])
    if rc:
        print("runtime does not build: " + err)
        return 1
    counts = {"ok": 0, "fail": 0, "discard": 0}
    kernels = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=a.jobs) as ex:
        for seed, status, why, n in ex.map(lambda s: one(a, s),
                                           range(a.seed, a.seed + a.count)):
            counts[status] += 1
            kernels += n
            if status == "fail":
                print("FAIL seed %d: %s" % (seed, why))
    shutil.rmtree(tmp, ignore_errors=True)
    print("%d programs: %d ok, %d failed, %d discarded; %d kernels offloaded" % (
        a.count, counts["ok"], counts["fail"], counts["discard"], kernels))
    return 1 if counts["fail"] else 0


if __name__ == "__main__":
    sys.exit(main())
