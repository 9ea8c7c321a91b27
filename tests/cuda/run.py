#!/usr/bin/env python3
"""CUDA backend tests: every execution test of tests/run with a parallel
loop, generated with parc --target=cuda.

For each program this script

 1. compiles and runs the original (the reference output);
 2. runs parc --target=cuda, which writes OUT.c and OUT.cu, and checks the
    report: every offloaded loop is parallel, and every parallel loop is
    either offloaded ("target": "cuda") or says why not;
 3. builds OUT.c alone with the C compiler and -fopenmp (the kernels and
    the CUDA runtime are weak references: the CPU path runs) and compares
    its output with the reference;
 4. emulated GPU (needs a C++ compiler, not CUDA): compiles OUT.cu and the
    runtime (runtime/src/cuda.cu) as host C++ with tests/cuda/emu.h, links
    them with OUT.c and runs with PARC_CUDA=always.  The output must equal
    the reference (a float reduction, combined in another order, may
    differ in the last bits: then numbers are compared with a relative
    tolerance of 1e-9), and every offloaded kernel must have run on the
    emulated device.  Runs again with an injected launch failure (the
    program must fall back to the CPU, print the error once and still
    print the reference) and with no device (silent CPU path);
 5. with nvcc on PATH (--nvcc, default: found on PATH): compiles OUT.cu
    for sm_80 and sm_90 with -Werror all-warnings, links with the runtime
    built by nvcc, -lcudart and -lstdc++, and runs: without a GPU this is
    the CPU path, and the output must equal the reference.

With --gpu (tests/gpu/run, on a machine with an NVIDIA GPU) only the nvcc
build runs, with PARC_CUDA=always: every offloaded kernel must run on the
GPU, and the output must equal the reference.  Programs whose kernels call
device math that CUDA rounds differently from the host's libm ("inexact_math"
in the report) are listed as "differs (device math)" when their output
differs, without failing.

Usage: run.py --parc PATH [--cc gcc] [--cxx g++] [--nvcc PATH|none] [-j N]
              [--keep DIR] [--gpu] [FILES...]
"""

import argparse
import concurrent.futures
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
EMU = os.path.join(HERE, "emu.h")
RT_INC = os.path.join(ROOT, "runtime", "include")
RT_SRC = os.path.join(ROOT, "runtime", "src", "cuda.cu")
# parc's options per run: its defaults (small loops stay on the CPU,
# "not-profitable-gpu"), and without the cost model, so that every loop
# parc can offload is offloaded and its kernel runs.
VARIANTS = {"default": [], "all": ["--min-work=0"]}
NUM = re.compile(r"-?\d+\.\d+(?:[eE][-+]?\d+)?|-?\d+(?:[eE][-+]?\d+)")


def sh(cmd, env=None, timeout=300, cwd=None):
    e = dict(os.environ)
    if env:
        e.update(env)
    return subprocess.run(cmd, capture_output=True, text=True, env=e,
                          timeout=timeout, cwd=cwd)


def close_enough(a, b):
    """Same text, numbers within a relative 1e-9 (float reductions)."""
    if NUM.sub("#", a) != NUM.sub("#", b):
        return False
    for x, y in zip(NUM.findall(a), NUM.findall(b)):
        fx, fy = float(x), float(y)
        if fx != fy and abs(fx - fy) > 1e-9 * max(abs(fx), abs(fy)):
            return False
    return True


class Ctx:
    pass


def check_report(report):
    errs = []
    for l in report["loops"]:
        t = l.get("target")
        if l["decision"] == "parallel":
            if t == "cuda":
                for k in ("grid", "bytes_in", "bytes_out", "kernel"):
                    if k not in l:
                        errs.append("line %d: offloaded loop without '%s'" % (l["line"], k))
            elif t == "openmp":
                kinds = {r["kind"] for r in l["reasons"]}
                if not kinds & {"not-offloadable", "not-offloadable-call",
                                "unbounded-region", "not-profitable-gpu"}:
                    errs.append("line %d: parallel loop kept on the CPU without a reason"
                                % l["line"])
            else:
                errs.append("line %d: parallel loop with target %r" % (l["line"], t))
        elif t not in ("serial", None) and l["decision"] != "inner":
            errs.append("line %d: %s loop with target %r" % (l["line"], l["decision"], t))
    return errs


def nvcc_compile(ctx, cu, obj):
    # -fmad=false: a * b + c rounds twice, as on the CPU.
    return sh([ctx.nvcc, "-gencode", "arch=compute_80,code=sm_80",
               "-gencode", "arch=compute_90,code=sm_90", "-fmad=false",
               "-Werror", "all-warnings", "-I", RT_INC, "-c", cu, "-o", obj], timeout=600)


def nvcc_link(ctx, out_c, obj, exe, inc):
    return sh([ctx.cc, "-O2", "-fopenmp", "-w"] + inc + [out_c, obj, ctx.nv_rt,
               "-o", exe,
               "-L" + ctx.cuda_lib, "-Wl,-rpath," + ctx.cuda_lib, "-lcudart", "-lstdc++",
               "-lm", "-pthread"])


def gpu_run(ctx, d, name, out_c, out_cu, report, kernels, ref, same, errs, inc):
    """On a GPU: every kernel runs there and the output is the reference."""
    obj, exe = os.path.join(d, "nv.o"), os.path.join(d, "nv")
    r = nvcc_compile(ctx, out_cu, obj)
    if r.returncode or r.stderr.strip():
        return name, errs + ["nvcc: " + (r.stderr or r.stdout)[-1500:]], len(kernels)
    r = nvcc_link(ctx, out_c, obj, exe, inc)
    if r.returncode:
        return name, errs + ["link: " + r.stderr[-800:]], len(kernels)
    r = sh([exe], env={"PARC_CUDA": "always", "PARC_CUDA_VERBOSE": "1"})
    ran = set(re.findall(r"parc_rt_cuda: ran (\w+)", r.stderr))
    for k in kernels:
        if k not in ran:
            errs.append("kernel %s did not run on the GPU: %s" % (k, r.stderr[-300:]))
    if "CUDA error" in r.stderr:
        errs.append("CUDA error: " + r.stderr[-500:])
    before = len(errs)
    same(r.stdout, "GPU")
    if len(errs) > before and any(l.get("inexact_math") for l in report["loops"]
                                  if l.get("target") == "cuda"):
        del errs[before:]
        ctx.math_diffs.append(name)
    return name, errs, len(kernels)


def one(ctx, src, variant):
    name = os.path.basename(src)[:-2]
    args = VARIANTS[variant]
    name = name + ("" if not args else "." + variant)
    d = os.path.join(ctx.tmp, name)
    os.makedirs(d, exist_ok=True)
    errs = []
    ref_exe = os.path.join(d, "ref")
    inc = ["-I", os.path.dirname(os.path.abspath(src))]
    # With -fopenmp (and no pragma, so sequential): a program may depend
    # on _OPENMP, and parc's output is meant for that build.
    r = sh([ctx.cc, "-O2", "-w", "-fopenmp"] + inc + [src, "-o", ref_exe, "-lm"])
    if r.returncode:
        return name, ["reference build failed: " + r.stderr[-500:]], 0
    r = sh([ref_exe], env={"OMP_NUM_THREADS": "1"})
    ref, ref_err = r.stdout, r.stderr
    out_c = os.path.join(d, name + ".c")
    out_cu = os.path.join(d, name + ".cu")
    rep = os.path.join(d, "report.json")
    first = open(src).readline()
    if "parc-args:" in first:
        args = args + first.split("parc-args:", 1)[1].split("*/")[0].split()
    r = sh([ctx.parc, "--target=cuda", src, "-o", out_c, "--report=" + rep] + inc + args)
    if r.returncode:
        return name, ["parc failed: " + r.stderr[-500:]], 0
    if not os.path.exists(out_cu):
        return name, ["no .cu file written"], 0
    report = json.load(open(rep))
    errs += check_report(report)
    kernels = [l["kernel"] for l in report["loops"] if l.get("target") == "cuda"]
    if not any(l["decision"] == "parallel" for l in report["loops"]):
        return name, errs, -1
    tol = any(l.get("target") == "cuda" and l.get("float_reduction")
              for l in report["loops"])

    def same(got, how):
        if got == ref or (tol and close_enough(got, ref)):
            return
        errs.append("%s: output differs from the sequential run:\n  want %r\n  got  %r"
                    % (how, ref[-200:], got[-200:]))

    if ctx.gpu:
        return gpu_run(ctx, d, name, out_c, out_cu, report, kernels, ref, same, errs, inc)

    # 3. The C file alone: weak references, CPU path.
    exe = os.path.join(d, "cpu")
    r = sh([ctx.cc, "-O2", "-fopenmp", "-w"] + inc + [out_c, "-o", exe, "-lm"])
    if r.returncode:
        errs.append("OUT.c alone does not build: " + r.stderr[-800:])
    else:
        same(sh([exe], env={"OMP_NUM_THREADS": "2"}).stdout, "OUT.c without the .cu")

    # 4. Emulated GPU.
    if ctx.cxx:
        obj = os.path.join(d, "emu.o")
        r = sh([ctx.cxx, "-std=c++11", "-O1", "-Wall", "-Wextra", "-Werror",
                "-Wno-unused-parameter", "-Wno-unused-variable", "-Wno-unused-but-set-variable",
                "-x", "c++", "-include", EMU, "-I", RT_INC, "-c", out_cu, "-o", obj])
        if r.returncode:
            errs.append("OUT.cu does not build with the emulation: " + r.stderr[-1500:])
        else:
            exe = os.path.join(d, "emu")
            r = sh([ctx.cc, "-O2", "-fopenmp", "-w"] + inc + [out_c, obj, ctx.emu_rt, "-o", exe,
                    "-lstdc++", "-lm", "-pthread"])
            if r.returncode:
                errs.append("emulated build does not link: " + r.stderr[-800:])
            else:
                r = sh([exe], env={"PARC_CUDA": "always", "PARC_CUDA_VERBOSE": "1",
                                   "OMP_NUM_THREADS": "2"})
                same(r.stdout, "emulated GPU")
                ran = set(re.findall(r"parc_rt_cuda: ran (\w+)", r.stderr))
                for k in kernels:
                    if k not in ran and ctx.kernels == "all":
                        errs.append("kernel %s never ran on the emulated GPU" % k)
                if ran:
                    r = sh([exe], env={"PARC_CUDA": "always", "PARC_CUDA_EMU_FAIL": "launch",
                                       "OMP_NUM_THREADS": "2"})
                    same(r.stdout, "emulated launch failure")
                    n = r.stderr.count("parc_rt_cuda: CUDA error")
                    if n != 1:
                        errs.append("launch failure reported %d times (want once): %r"
                                    % (n, r.stderr[-300:]))
                    # GPU and CPU by turns: data scopes must keep both
                    # sides coherent.
                    r = sh([exe], env={"PARC_CUDA": "alternate", "OMP_NUM_THREADS": "2"})
                    same(r.stdout, "GPU and CPU by turns")
                    if any(l.get("cuda_scope") for l in report["loops"]):
                        # A scope copies less to the device than every
                        # kernel copying its own regions.
                        def h2d(scopes):
                            q = sh([exe], env={"PARC_CUDA": "always", "PARC_CUDA_EMU_STATS": "1",
                                               "PARC_CUDA_SCOPES": scopes})
                            m = re.search(r"parc_emu: h2d (\d+)", q.stderr)
                            return int(m.group(1)) if m else -1
                        with_s, without = h2d("1"), h2d("0")
                        if not 0 <= with_s < without:
                            errs.append("data scope: %d bytes to the device, %d without scopes"
                                        % (with_s, without))
                    r = sh([exe], env={"PARC_CUDA": "always", "PARC_CUDA_EMU_DEVICES": "0"})
                    same(r.stdout, "no device")
                    if r.stderr != ref_err:
                        errs.append("no device: stderr is not the program's own: %r"
                                    % r.stderr[-300:])

    # 5. nvcc.
    if ctx.nvcc:
        obj = os.path.join(d, "nv.o")
        r = nvcc_compile(ctx, out_cu, obj)
        if r.returncode or r.stderr.strip():
            errs.append("nvcc: " + (r.stderr or r.stdout)[-1500:])
        else:
            exe = os.path.join(d, "nv")
            r = nvcc_link(ctx, out_c, obj, exe, inc)
            if r.returncode:
                errs.append("nvcc build does not link: " + r.stderr[-800:])
            else:
                same(sh([exe], env={"OMP_NUM_THREADS": "2"}).stdout, "nvcc build")
                same(sh([exe], env={"PARC_CUDA": "always"}).stdout, "nvcc build, always")
    ctx.scopes += sum(1 for l in report["loops"] if l.get("cuda_scope"))
    return name, errs, len(kernels)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--parc", required=True)
    ap.add_argument("--cc", default="gcc")
    ap.add_argument("--cxx", default=None)
    ap.add_argument("--nvcc", default=None)
    ap.add_argument("-j", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--keep", default=None)
    ap.add_argument("--gpu", action="store_true")
    ap.add_argument("--kernels", choices=["all", "any"], default="all",
                    help="all: every offloaded kernel must run on the emulated device "
                    "(programs written for it); any: loops that may run no iteration "
                    "decline, as they should (other programs)")
    ap.add_argument("--variants", default=",".join(VARIANTS),
                    help="which of parc's option sets to run: " + ", ".join(VARIANTS))
    ap.add_argument("files", nargs="*")
    a = ap.parse_args()
    ctx = Ctx()
    ctx.parc = os.path.abspath(a.parc)
    ctx.cc = a.cc
    ctx.kernels = a.kernels
    for v in list(VARIANTS):
        if v not in a.variants.split(","):
            del VARIANTS[v]
    ctx.gpu = a.gpu
    ctx.math_diffs = []
    ctx.scopes = 0
    ctx.cxx = a.cxx if a.cxx else (shutil.which("g++") or shutil.which("clang++-19"))
    if a.nvcc == "none":
        ctx.nvcc = None
    else:
        ctx.nvcc = a.nvcc or shutil.which("nvcc")
    ctx.tmp = a.keep or tempfile.mkdtemp(prefix="parc-cuda-")
    os.makedirs(ctx.tmp, exist_ok=True)
    # Patterns are expanded here (ctest passes them unexpanded).
    files = [f for pat in a.files for f in sorted(glob.glob(pat))] or \
        sorted(glob.glob(os.path.join(ROOT, "tests", "run", "*.c")))
    if ctx.gpu:
        ctx.cxx = None
        if not ctx.nvcc:
            print("FAIL: --gpu needs nvcc")
            return 1
    if ctx.cxx:
        ctx.emu_rt = os.path.join(ctx.tmp, "rt_emu.o")
        r = sh([ctx.cxx, "-std=c++11", "-O1", "-x", "c++", "-include", EMU, "-I", RT_INC,
                "-c", RT_SRC, "-o", ctx.emu_rt])
        if r.returncode:
            print("FAIL: the runtime does not build with the emulation:\n" + r.stderr)
            return 1
    else:
        print("note: no C++ compiler: the emulated GPU runs are skipped")
    if ctx.nvcc:
        ctx.cuda_lib = os.path.join(os.path.dirname(os.path.dirname(
            os.path.realpath(ctx.nvcc))), "lib64")
        ctx.nv_rt = os.path.join(ctx.tmp, "rt_nv.o")
        r = sh([ctx.nvcc, "-gencode", "arch=compute_80,code=sm_80", "-Werror", "all-warnings",
                "-I", RT_INC, "-c", RT_SRC, "-o", ctx.nv_rt], timeout=600)
        if r.returncode:
            print("FAIL: the runtime does not build with nvcc:\n" + r.stderr)
            return 1
    else:
        print("note: no nvcc: the nvcc builds are skipped")
    failed = 0
    kernels = 0
    programs = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=a.j) as ex:
        jobs = [(f, v) for f in files for v in VARIANTS]
        for name, errs, nk in ex.map(lambda fv: one(ctx, *fv), jobs):
            if nk < 0:
                print("skip %s (no parallel loop)" % name)
                continue
            programs += 1
            kernels += nk
            if errs:
                failed += 1
                print("FAIL %s" % name)
                for e in errs:
                    print("  " + e)
            else:
                print("ok   %s (%d kernels)" % (name, nk))
    print("%d runs (%d options), %d kernels, %d data scopes, %d failed (emulation: %s, nvcc: %s)" % (
        programs, len(VARIANTS), kernels, ctx.scopes, failed, "yes" if ctx.cxx else "no", "yes" if ctx.nvcc else "no"))
    for m in ctx.math_diffs:
        print("differs (device math): %s" % m)
    if not a.keep:
        shutil.rmtree(ctx.tmp, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
