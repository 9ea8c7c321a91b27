#!/usr/bin/env python3
"""Integration tests: parc-cc as a compiler wrapper (make CC=parc-cc, CMake
compiler launcher), the CMake package (find_package(Parc) +
parc_parallelize) and the Make fragment (make/parc.mk), on the example
projects and on small files made here.

    python3 tests/integration/run.py --parc build/parc [--parc-cc build/parc-cc]

Without --parc-cc, tools/parc-cc.c is compiled here with gcc.  The CMake
package is used two ways: from the source tree (-DParc_DIR=<src>/cmake
-DPARC_EXECUTABLE=<parc>), and from a staged install laid out as the
install rules lay it out (PREFIX/bin/parc, PREFIX/lib/cmake/Parc/*,
found through CMAKE_PREFIX_PATH=PREFIX).  Checks that need clang-19,
ccache, Ninja or g++ are skipped when the tool is missing; so are the
--target=cuda builds of the GPU path (parc-cc, parc_parallelize(TARGET
cuda), PARC_TARGET=cuda) without nvcc ($NVCC or on PATH).  Those run on
a machine with no GPU too: the program then takes the CPU path.

Prints one PASS/FAIL/SKIP line per check, then "N passed, M failed";
exits 1 when a check failed.
"""
import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tests"))
import rtlib  # noqa: E402
PRAGMA = "#pragma omp parallel for"

passed, failed, skipped = [], [], []


def report(name, ok, detail=""):
    if ok:
        passed.append(name)
        print("PASS integration.%s" % name)
    else:
        failed.append(name)
        print("FAIL integration.%s %s" % (name, detail))
        sys.stdout.flush()


def skip(name, why):
    skipped.append(name)
    print("SKIP integration.%s (%s)" % (name, why))


def sh(args, cwd, env=None, timeout=600, input=None):
    """Runs "args"; returns the CompletedProcess (text, both streams)."""
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout, input=input)


def write(path, text, mode=None):
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
    if mode:
        os.chmod(path, mode)


def read(path):
    with open(path, errors="replace") as f:
        return f.read()


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


def tail(p):
    """The end of a process's output, for failure messages."""
    return ("rc=%d\n%s%s" % (p.returncode, p.stdout, p.stderr))[-3000:]


class Ctx:
    """What every check needs: tools, a scratch directory, an environment."""

    def __init__(self, args, work):
        self.parc = os.path.abspath(args.parc)
        self.parc_cc = None
        self.work = work
        self.tmp = os.path.join(work, "tmp")   # TMPDIR of every parc-cc run
        os.makedirs(self.tmp)
        self.clang = shutil.which("clang-19")
        self.gxx = shutil.which("g++")
        self.ccache = shutil.which("ccache")
        self.ninja = shutil.which("ninja")

    def env(self, **extra):
        """The environment for parc-cc: PARC set, TMPDIR private; an
        extra value None removes the variable."""
        e = dict(os.environ)
        for k in ("PARC_CC", "PARC_FLAGS", "PARC_STRICT", "PARC_CC_KEEP", "PARC_CC_VERBOSE",
                  "PARC_CC_DISABLE", "PARC_RT_LIB", "PARC_OPENMP_FLAGS", "PARC_CC_ACTIVE",
                  "MAKEFLAGS", "MFLAGS", "CFLAGS", "CPPFLAGS", "LDFLAGS"):
            e.pop(k, None)
        e["PARC"] = self.parc
        e["TMPDIR"] = self.tmp
        e["LC_ALL"] = "C"
        for k, v in extra.items():
            if v is None:
                e.pop(k, None)
            else:
                e[k] = v
        return e

    def dir(self, name):
        d = os.path.join(self.work, name)
        os.makedirs(d, exist_ok=True)
        return d


# ---------------------------------------------------------------------
# Small files used by several checks
# ---------------------------------------------------------------------

# A parallel loop (line 9), a serial one, a warning before the first
# pragma (line 6) and one after it (line 14), and a #warning at line 16.
WARN_C = """#include <stdio.h>
#include "local.h"
static int a[LOCAL_N], b[LOCAL_N];
int main(void)
{
    int before;
    for (int i = 0; i < LOCAL_N; i++)
        b[i] = i;
    for (int i = 0; i < LOCAL_N; i++)
        a[i] = 2 * b[i];
    for (int i = 1; i < LOCAL_N; i++)
        a[i] += a[i - 1];
    {
        int after;
    }
#warning line16
    printf("%s:%d %d\\n", __FILE__, __LINE__, a[LOCAL_N - 1]);
    return 0;
}
"""
WARN_EXPECTED_RUN = "src/w.c:17 %d\n" % sum(2 * i for i in range(30000))

SIMPLE_C = """double x[4096], y[4096];
void axpy(double k)
{
    for (int i = 0; i < 4096; i++)
        y[i] += k * x[i];
}
"""

NOLOOP_C = "int twice(int v) { return 2 * v; }\n"


def make_src_tree(ctx, name):
    """A directory with src/w.c, src/local.h and src/simple.c."""
    d = ctx.dir(name)
    write(os.path.join(d, "src/w.c"), WARN_C)
    write(os.path.join(d, "src/local.h"), "#define LOCAL_N 30000\n")
    write(os.path.join(d, "src/simple.c"), SIMPLE_C)
    write(os.path.join(d, "src/noloop.c"), NOLOOP_C)
    return d


def fake_parc(ctx, name, body):
    """A shell script standing in for parc."""
    path = os.path.join(ctx.dir("bin-fake"), name)
    write(path, "#!/bin/sh\n" + body, 0o755)
    return path


def logging_parc(ctx):
    """A parc that logs its input file, then runs the real one."""
    log = os.path.join(ctx.work, "parc.log")
    script = fake_parc(ctx, "parc-log", 'for a; do case "$a" in *.c) echo "$a" >> %s;; esac; '
                       'done\nexec %s "$@"\n' % (log, ctx.parc))
    return script, log


def logged(log):
    return read(log).split() if os.path.exists(log) else []


# ---------------------------------------------------------------------
# Building parc-cc
# ---------------------------------------------------------------------

def build_parc_cc(ctx, given):
    """parc-cc from --parc-cc, or compiled from tools/parc-cc.c (warnings
    as errors).  It goes into its own bin directory."""
    bindir = ctx.dir("bin")
    dst = os.path.join(bindir, "parc-cc")
    if given:
        shutil.copy2(given, dst)
        report("build.parc-cc", os.access(dst, os.X_OK), "not executable: " + given)
    else:
        p = sh(["gcc", "-std=c11", "-O2", "-Wall", "-Wextra", "-Werror", "-Wshadow",
                "-Wstrict-prototypes", "-Wmissing-prototypes", "-Wno-unused-parameter",
                "-I", os.path.join(ROOT, "include"), os.path.join(ROOT, "tools/parc-cc.c"),
                "-o", dst], ctx.work)
        report("build.parc-cc", p.returncode == 0, tail(p))
    # parc's output calls parc_rt: parc-cc, make/parc.mk and the CMake
    # package link the libparc_rt.a beside parc or parc-cc.  A copy built
    # here, with parc (a link) beside it, so that a sanitizer build's own
    # library (instrumented) is not what the example programs get.
    shutil.copy2(rtlib.build("gcc", ctx.work), os.path.join(bindir, "libparc_rt.a"))
    os.symlink(ctx.parc, os.path.join(bindir, "parc"))
    ctx.parc = os.path.join(bindir, "parc")
    ctx.parc_cc = dst
    return os.path.exists(dst)


# ---------------------------------------------------------------------
# The make project
# ---------------------------------------------------------------------

def copy_example(ctx, name, dst):
    d = os.path.join(ctx.work, dst)
    shutil.copytree(os.path.join(ROOT, "examples", name), d)
    return d


def make(ctx, d, args, env=None):
    return sh(["make", "-s", "PARC_MK=" + os.path.join(ROOT, "make/parc.mk")] + args, d,
              env=env or ctx.env())


def run_program(path, cwd):
    p = sh([path], cwd, timeout=120)
    return p.stdout if p.returncode == 0 else "exit %d: %s" % (p.returncode, p.stderr)


def check_make_project(ctx):
    d = copy_example(ctx, "make-project", "make-project")
    p = make(ctx, d, [])
    report("make.plain", p.returncode == 0, tail(p))
    plain = run_program("./vecdemo", d)
    report("make.plain.runs", plain.startswith("sum(a) = "), plain)

    keep = os.path.join(ctx.work, "keep-make")
    make(ctx, d, ["clean"])
    p = make(ctx, d, ["-j4", "CC=" + ctx.parc_cc], env=ctx.env(PARC_CC_KEEP=keep))
    report("make.parc-cc", p.returncode == 0 and "warning" not in p.stderr, tail(p))
    report("make.parc-cc.output", run_program("./vecdemo", d) == plain,
           run_program("./vecdemo", d) + " vs " + plain)
    kept = sorted(os.listdir(keep)) if os.path.isdir(keep) else []
    vec = os.path.join(keep, "vec.c")
    report("make.parc-cc.pragma", os.path.exists(vec) and PRAGMA in read(vec) and
           read(vec).startswith('#line 1 "vec.c"\n'), "kept: %s" % kept)
    p = sh(["nm", "vecdemo"], d)
    report("make.parc-cc.openmp-linked", "GOMP_parallel" in p.stdout, p.stdout[-500:])
    check_make_remarks(ctx, d)

    if ctx.clang:
        make(ctx, d, ["clean"])
        p = make(ctx, d, ["CC=%s %s" % (ctx.parc_cc, ctx.clang)])
        report("make.parc-cc.clang", p.returncode == 0 and
               run_program("./vecdemo", d) == plain, tail(p))
    else:
        skip("make.parc-cc.clang", "no clang-19")

    make(ctx, d, ["clean"])
    p = make(ctx, d, ["par", "PARC=" + ctx.parc])
    report("make.parc-mk", p.returncode == 0, tail(p))
    report("make.parc-mk.output", run_program("./vecdemo-par", d) == plain)
    par = os.path.join(d, "vec.par.c")
    report("make.parc-mk.pragma", os.path.exists(par) and PRAGMA in read(par) and
           read(par).startswith('#line 1 "vec.c"\n'))
    p = make(ctx, d, ["par", "PARC=" + ctx.parc])
    report("make.parc-mk.up-to-date", p.returncode == 0 and "parc " not in p.stdout, tail(p))
    check_make_fallback(ctx, d)


def check_make_remarks(ctx, d):
    """PARC_FLAGS=--remarks shows parc's remarks, with the original names."""
    os.remove(os.path.join(d, "vec.o"))
    p = make(ctx, d, ["CC=" + ctx.parc_cc], env=ctx.env(PARC_FLAGS="--remarks"))
    report("make.parc-cc.remarks", p.returncode == 0 and
           re.search(r"^vec\.c:\d+:\d+: remark: loop parallelized", p.stderr, re.M), tail(p))


def check_make_fallback(ctx, d):
    """parc.mk: a failing parc stops the build, unless PARC_FALLBACK=1."""
    bad = fake_parc(ctx, "parc-fail", "exit 1\n")
    make(ctx, d, ["clean"])
    p = make(ctx, d, ["par", "PARC=" + bad])
    report("make.parc-mk.failure-stops", p.returncode != 0 and
           not os.path.exists(os.path.join(d, "vec.par.c")), tail(p))
    p = make(ctx, d, ["par", "PARC=" + bad, "PARC_FALLBACK=1"])
    report("make.parc-mk.fallback", p.returncode == 0 and
           "parc failed on vec.c" in p.stderr, tail(p))


# ---------------------------------------------------------------------
# The CMake project
# ---------------------------------------------------------------------

def cmake_build(ctx, src, build, defs, env=None, gen=None):
    """Configures and builds; returns (ok, output)."""
    cfg = ["cmake", "-S", src, "-B", build] + (["-G", gen] if gen else []) + \
        ["-D%s=%s" % kv for kv in defs.items()]
    p = sh(cfg, ctx.work, env=env or ctx.env())
    if p.returncode != 0:
        return False, tail(p)
    q = sh(["cmake", "--build", build], ctx.work, env=env or ctx.env())
    return q.returncode == 0, tail(q)


def stage_install(ctx, name="stage"):
    """PREFIX laid out as the install rules do: bin/parc, bin/parc-cc,
    lib/cmake/Parc/{ParcConfig,ParcConfigVersion,ParcTransform,ParcVersion}.cmake,
    lib/libparc_rt.a, include/parc_rt.h."""
    prefix = ctx.dir(name)
    cm = os.path.join(prefix, "lib/cmake/Parc")
    os.makedirs(cm, exist_ok=True)
    os.makedirs(os.path.join(prefix, "bin"), exist_ok=True)
    for f in ("ParcConfig.cmake", "ParcConfigVersion.cmake", "ParcTransform.cmake"):
        shutil.copy2(os.path.join(ROOT, "cmake", f), cm)
    version = re.search(r"project\(parc VERSION ([0-9.]+)",
                        read(os.path.join(ROOT, "CMakeLists.txt"))).group(1)
    write(os.path.join(cm, "ParcVersion.cmake"),
          read(os.path.join(ROOT, "cmake/ParcVersion.cmake.in"))
          .replace("@PROJECT_VERSION@", version))
    os.symlink(ctx.parc, os.path.join(prefix, "bin/parc"))
    shutil.copy2(ctx.parc_cc, os.path.join(prefix, "bin/parc-cc"))
    # the runtime, as runtime/'s install rules lay it out
    os.makedirs(os.path.join(prefix, "lib"), exist_ok=True)
    os.makedirs(os.path.join(prefix, "include"), exist_ok=True)
    shutil.copy2(rtlib.build("gcc", ctx.work), os.path.join(prefix, "lib/libparc_rt.a"))
    shutil.copy2(os.path.join(ROOT, "runtime/include/parc_rt.h"), os.path.join(prefix, "include"))
    return prefix


def check_cmake_project(ctx):
    src = os.path.join(ctx.work, "cmake-project")
    shutil.copytree(os.path.join(ROOT, "examples/cmake-project"), src)
    b = os.path.join(ctx.work, "cm-plain")
    ok, out = cmake_build(ctx, src, b, {"USE_PARC": "OFF"})
    report("cmake.plain", ok, out)
    plain = run_program(os.path.join(b, "app"), b)
    report("cmake.plain.runs", plain.startswith("sum = "), plain)
    check_cmake_launcher(ctx, src, plain)
    check_cmake_package(ctx, src, plain)
    check_cmake_staged(ctx, src, plain)


def check_cmake_launcher(ctx, src, plain):
    b = os.path.join(ctx.work, "cm-launcher")
    keep = os.path.join(ctx.work, "keep-cmake")
    ok, out = cmake_build(ctx, src, b, {
        "USE_PARC": "OFF", "CMAKE_C_COMPILER_LAUNCHER": ctx.parc_cc,
        "CMAKE_C_LINKER_LAUNCHER": ctx.parc_cc}, env=ctx.env(PARC_CC_KEEP=keep))
    report("cmake.launcher", ok and "parc failed" not in out, out)
    report("cmake.launcher.output", run_program(os.path.join(b, "app"), b) == plain)
    kept = [f for f in (os.listdir(keep) if os.path.isdir(keep) else []) if
            f.endswith("kernels.c")]
    report("cmake.launcher.pragma", len(kept) == 1 and PRAGMA in read(os.path.join(keep,
           kept[0])), str(kept))
    dep = os.path.join(b, "CMakeFiles/kernels.dir/src/kernels.c.o.d")
    text = read(dep) if os.path.exists(dep) else ""
    report("cmake.launcher.depfile", os.path.join(src, "src/kernels.c") in text and
           "parc-cc" not in text, text[:400])


def check_cmake_package(ctx, src, plain):
    b = os.path.join(ctx.work, "cm-package")
    defs = {"Parc_DIR": os.path.join(ROOT, "cmake"), "PARC_EXECUTABLE": ctx.parc,
            "PARC_STRICT": "ON"}
    ok, out = cmake_build(ctx, src, b, defs)
    report("cmake.package", ok, out)
    report("cmake.package.output", run_program(os.path.join(b, "app"), b) == plain)
    gen = os.path.join(b, "parc/kernels/src/kernels.c")
    text = read(gen) if os.path.exists(gen) else ""
    report("cmake.package.pragma", PRAGMA in text and
           text.startswith('#line 1 "%s"\n' % os.path.join(src, "src/kernels.c")), text[:300])
    q = sh(["cmake", "--build", b], ctx.work, env=ctx.env())
    report("cmake.package.up-to-date", q.returncode == 0 and "parc parc/" not in q.stdout,
           tail(q))
    os.utime(os.path.join(src, "src/stencil.h"))
    q = sh(["cmake", "--build", b], ctx.work, env=ctx.env())
    redone = re.findall(r"parc (parc/\S+)", q.stdout)
    report("cmake.package.header-redoes-its-user",
           redone == ["parc/kernels/src/stencil.c"], "redone: %s\n%s" % (redone, tail(q)))
    if ctx.ninja:
        bn = os.path.join(ctx.work, "cm-package-ninja")
        ok, out = cmake_build(ctx, src, bn, defs, gen="Ninja")
        report("cmake.package.ninja", ok and run_program(os.path.join(bn, "app"), bn) == plain,
               out)
    else:
        skip("cmake.package.ninja", "no ninja")


def check_cmake_staged(ctx, src, plain):
    """find_package(Parc 0.1) through CMAKE_PREFIX_PATH of a staged install;
    a version the package does not satisfy is refused."""
    prefix = stage_install(ctx)
    b = os.path.join(ctx.work, "cm-staged")
    ok, out = cmake_build(ctx, src, b, {"CMAKE_PREFIX_PATH": prefix, "PARC_STRICT": "ON"})
    report("cmake.staged", ok and run_program(os.path.join(b, "app"), b) == plain, out)
    cache = read(os.path.join(b, "CMakeCache.txt")) if ok else ""
    report("cmake.staged.finds-installed-parc",
           "PARC_EXECUTABLE:FILEPATH=%s/bin/parc" % prefix in cache, cache[-300:])
    v = ctx.dir("cm-version")
    write(os.path.join(v, "CMakeLists.txt"), "cmake_minimum_required(VERSION 3.20)\n"
          "project(v C)\nfind_package(Parc 9.0 REQUIRED)\n")
    p = sh(["cmake", "-S", v, "-B", os.path.join(v, "b"), "-DCMAKE_PREFIX_PATH=" + prefix],
           ctx.work, env=ctx.env())
    report("cmake.staged.version-check", p.returncode != 0 and "version" in p.stderr.lower(),
           tail(p))


# ---------------------------------------------------------------------
# parc-cc on single commands
# ---------------------------------------------------------------------

def cc(ctx, args, cwd, **env):
    return sh([ctx.parc_cc] + args, cwd, env=ctx.env(**env))


def check_fallback(ctx):
    """A failing or crashing parc: the original is compiled after a warning;
    with PARC_STRICT=1 the command fails."""
    d = make_src_tree(ctx, "fallback")
    for name, body in (("exit1", "exit 1\n"), ("exit2", "exit 2\n"),
                       ("crash", "kill -SEGV $$\n")):
        bad = fake_parc(ctx, "parc-" + name, body)
        p = cc(ctx, ["gcc", "-c", "src/simple.c", "-o", "s.o"], d, PARC=bad)
        want = "parc-cc: warning: parc failed on src/simple.c; compiling it unchanged\n"
        report("fallback.%s.warns" % name, p.returncode == 0 and want in p.stderr and
               os.path.exists(os.path.join(d, "s.o")), tail(p))
        os.remove(os.path.join(d, "s.o")) if os.path.exists(os.path.join(d, "s.o")) else None
        p = cc(ctx, ["gcc", "-c", "src/simple.c", "-o", "s.o"], d, PARC=bad, PARC_STRICT="1")
        report("fallback.%s.strict-fails" % name, p.returncode != 0 and
               not os.path.exists(os.path.join(d, "s.o")) and "parc failed" in p.stderr,
               tail(p))
    # A parse error only: parc fails, then the compiler reports the error
    # at the original place.
    write(os.path.join(d, "src/bad.c"), "int f(void)\n{\n    return 1 +;\n}\n")
    p = cc(ctx, ["gcc", "-c", "src/bad.c", "-o", "bad.o"], d)
    report("fallback.parse-error", p.returncode != 0 and "parc failed on src/bad.c" in p.stderr
           and "src/bad.c:3:" in p.stderr and "parc's messages" not in p.stderr, tail(p))
    # parc refuses (a --spec insisting on a serial loop): the original
    # compiles, and parc's reason follows as a note.
    write(os.path.join(d, "src/dep.c"), "void f(int *a, int n)\n{\n"
          "    for (int i = 1; i < n; i++)\n        a[i] = a[i - 1] + 1;\n}\n")
    write(os.path.join(d, "spec.json"), '{ "loops": { "f:3": "parallel" } }\n')
    p = cc(ctx, ["gcc", "-c", "src/dep.c", "-o", "dep.o"], d, PARC_FLAGS="--spec=spec.json")
    report("fallback.reason-shown", p.returncode == 0 and
           "parc-cc: warning: parc failed on src/dep.c" in p.stderr and
           "parc-cc: note: parc's messages on src/dep.c:" in p.stderr and
           re.search(r"^src/dep\.c:3:\d+: error: the spec asks", p.stderr, re.M), tail(p))


def check_passthrough(ctx):
    """C++, -x c++, assembly, -E, -M and -MM never reach parc; the output
    of -E, -M and -MM is the compiler's own."""
    d = make_src_tree(ctx, "passthrough")
    script, log = logging_parc(ctx)
    write(os.path.join(d, "src/p.cpp"), "int cxx(int *a) { for (int i = 0; i < 8; i++) "
          "a[i] = i; return 0; }\n")
    write(os.path.join(d, "src/asm.s"), ".text\n.globl f\nf:\n ret\n")
    if ctx.gxx:
        p = cc(ctx, ["g++", "-c", "src/p.cpp", "-o", "p.o"], d, PARC=script)
        report("passthrough.cxx", p.returncode == 0 and logged(log) == [], tail(p))
        p = cc(ctx, ["gcc", "-c", "src/simple.c", "src/p.cpp"], d, PARC=script)
        report("passthrough.cxx-beside-c", p.returncode == 0 and
               logged(log) == ["src/simple.c"] and os.path.exists(os.path.join(d, "p.o")) and
               os.path.exists(os.path.join(d, "simple.o")), tail(p) + str(logged(log)))
        os.remove(log) if os.path.exists(log) else None
        p = cc(ctx, ["g++", "-x", "c++", "-c", "src/simple.c", "-o", "xs.o"], d, PARC=script)
        report("passthrough.x-cxx", p.returncode == 0 and logged(log) == [], tail(p))
    else:
        skip("passthrough.cxx", "no g++")
    p = cc(ctx, ["gcc", "-c", "src/asm.s", "-o", "asm.o"], d, PARC=script)
    report("passthrough.asm", p.returncode == 0 and logged(log) == [], tail(p))
    for flags in (["-M"], ["-MM"], ["-E"], ["-MM", "-MT", "x.o"]):
        want = sh(["gcc"] + flags + ["src/w.c"], d)
        got = cc(ctx, ["gcc"] + flags + ["src/w.c"], d, PARC=script)
        report("passthrough.%s" % "".join(flags).strip("-"), got.returncode == 0 and
               got.stdout == want.stdout and logged(log) == [], tail(got))
    p = cc(ctx, ["gcc", "--version"], d, PARC=script)
    report("passthrough.no-input", p.returncode == 0 and "gcc" in p.stdout, tail(p))
    p = cc(ctx, ["gcc", "-c", "src/simple.c", "-o", "d.o"], d, PARC=script,
           PARC_CC_DISABLE="1")
    report("passthrough.disabled", p.returncode == 0 and logged(log) == [], tail(p))


def dep_words(text):
    """A dependency file as make reads it: continuation lines joined, one
    word per target or prerequisite (the compilers wrap lines by length,
    and the temporary path that parc-cc replaces was longer)."""
    return re.sub(r"\\\n", " ", text).split()


def check_depfiles(ctx):
    """-MD/-MMD dependency files are the ones the compiler writes for the
    original source: same place, same rules (the original source first,
    headers found next to it named as the compiler names them)."""
    d = make_src_tree(ctx, "deps")
    cases = [
        ("md-o", ["-MD", "-c", "src/w.c", "-o", "out/w.o"], "out/w.d"),
        ("mmd-default", ["-MMD", "-c", "src/w.c"], "w.d"),
        ("mf-mt", ["-MMD", "-MF", "out/x.dep", "-MT", "tgt", "-c", "src/w.c", "-o", "out/y.o"],
         "out/x.dep"),
        ("mp", ["-MMD", "-MP", "-c", "src/w.c", "-o", "out/p.o"], "out/p.d"),
        ("wp-md", ["-Wp,-MD,out/wp.d", "-c", "src/w.c", "-o", "out/wp.o"], "out/wp.d"),
        ("md-link", ["-MMD", "src/w.c", "-o", "out/prog"], "out/prog.d"),
        ("md-s", ["-MMD", "-S", "src/w.c", "-o", "out/w.s"], "out/w.d"),
    ]
    compilers = [("gcc", "gcc")] + ([("clang", ctx.clang)] if ctx.clang else [])
    keep = os.path.join(ctx.work, "keep-deps")
    for cname, comp in compilers:
        for name, args, dfile in cases:
            os.makedirs(os.path.join(d, "out"), exist_ok=True)
            path = os.path.join(d, dfile)
            sh([comp, "-w"] + args, d)
            want = read(path) if os.path.exists(path) else "(none)"
            os.remove(path) if os.path.exists(path) else None
            shutil.rmtree(keep, ignore_errors=True)
            p = cc(ctx, [comp, "-w"] + args, d, PARC_CC_KEEP=keep)
            got = read(path) if os.path.exists(path) else "(none)"
            ok = p.returncode == 0 and dep_words(got) == dep_words(want) and "src/w.c" in got and \
                os.path.exists(os.path.join(keep, "src_w.c"))
            report("depfile.%s.%s" % (cname, name), ok,
                   tail(p) + "\nwant:\n" + want[:300] + "\ngot:\n" + got[:300])
    if not ctx.clang:
        skip("depfile.clang", "no clang-19")


def check_diagnostics(ctx):
    """Warnings before and after the inserted pragma, a #warning, and
    __FILE__/__LINE__ in the program name the original file and lines."""
    d = make_src_tree(ctx, "diag")
    compilers = [("gcc", "gcc")] + ([("clang", ctx.clang)] if ctx.clang else [])
    for cname, comp in compilers:
        keep = os.path.join(ctx.work, "keep-diag-" + cname)
        p = cc(ctx, [comp, "-Wall", "-O1", "src/w.c", "-o", "w"], d, PARC_CC_KEEP=keep)
        kept = os.path.join(keep, "src_w.c")
        report("diag.%s.transformed" % cname, os.path.exists(kept) and PRAGMA in read(kept),
               tail(p))
        err = p.stderr
        ok = p.returncode == 0 and re.search(r"^src/w\.c:6:\d+: warning: unused variable",
                                            err, re.M) and \
            re.search(r"^src/w\.c:14:\d+: warning: unused variable", err, re.M) and \
            re.search(r"^src/w\.c:16:\d+: warning: (#warning )?line16", err, re.M) and \
            "parc-cc" not in err and "/tmp" not in err
        report("diag.%s.original-lines" % cname, ok, tail(p))
        out = run_program("./w", d)
        report("diag.%s.file-line-macros" % cname, out == WARN_EXPECTED_RUN, out)
    if not ctx.clang:
        skip("diag.clang", "no clang-19")
    p = cc(ctx, ["gcc", "-Wall", "-c", "src/w.c", "-o", "w.o", "-g"], d)
    q = sh(["readelf", "--debug-dump=info", "w.o"], d)
    names = re.findall(r"DW_AT_name\s*:.*?:\s*(\S+\.c)\s*$", q.stdout, re.M)
    report("diag.debug-info-names-original", p.returncode == 0 and names[:1] == ["src/w.c"],
           str(names[:3]))


def check_determinism(ctx):
    """The same command twice gives the same object bytes, also with -g,
    another output name and another TMPDIR; the transformed text is the
    same too."""
    d = make_src_tree(ctx, "determinism")
    other_tmp = ctx.dir("tmp2")
    for flags in (["-O2"], ["-O2", "-g"]):
        tag = "".join(flags).replace("-", "")
        runs = [("a.o", None), ("b.o", None), ("c.o", other_tmp)]
        objs = []
        for out, tmp in runs:
            env = {"TMPDIR": tmp} if tmp else {}
            p = cc(ctx, ["gcc"] + flags + ["-c", "src/w.c", "-o", out], d, **env)
            objs.append(read_bytes(os.path.join(d, out)) if p.returncode == 0 else b"")
        report("determinism.%s.same-bytes" % tag, objs[0] and objs[0] == objs[1] == objs[2])
    k1, k2 = os.path.join(ctx.work, "keep-det1"), os.path.join(ctx.work, "keep-det2")
    cc(ctx, ["gcc", "-c", "src/w.c", "-o", "a.o"], d, PARC_CC_KEEP=k1)
    cc(ctx, ["gcc", "-c", "src/w.c", "-o", "a.o"], d, PARC_CC_KEEP=k2)
    t1, t2 = os.path.join(k1, "src_w.c"), os.path.join(k2, "src_w.c")
    report("determinism.same-text", os.path.exists(t1) and read(t1) == read(t2))
    binary = read_bytes(os.path.join(d, "a.o"))
    report("determinism.no-temp-path-in-object", b"parc-cc" not in binary)


def check_ccache(ctx):
    if not ctx.ccache:
        skip("ccache", "no ccache")
        return
    d = make_src_tree(ctx, "ccache")
    cdir = os.path.join(ctx.work, "ccache-dir")
    env = {"CCACHE_DIR": cdir, "CCACHE_NOHASHDIR": None, "CCACHE_DISABLE": None}
    objs = []
    for i in range(3):
        p = cc(ctx, ["ccache", "gcc", "-O2", "-MMD", "-c", "src/w.c", "-o", "w.o"], d, **env)
        objs.append(read_bytes(os.path.join(d, "w.o")) if p.returncode == 0 else b"")
    stats = sh(["ccache", "--print-stats"], d, env=ctx.env(**env)).stdout
    hits = sum(int(n) for k, n in re.findall(r"^(direct_cache_hit|preprocessed_cache_hit)\t(\d+)",
                                             stats, re.M))
    report("ccache.hits", hits == 2 and objs[0] and objs[0] == objs[1] == objs[2],
           "hits=%d\n%s" % (hits, stats[:400]))
    dep = read(os.path.join(d, "w.d")) if os.path.exists(os.path.join(d, "w.d")) else ""
    report("ccache.depfile-from-cache", dep.startswith("w.o: src/w.c") and "parc-cc" not in dep,
           dep[:200])


def check_link(ctx):
    """Links get -fopenmp, and -lparc_rt when a libparc_rt.a lies beside
    parc-cc (as it does here) or PARC_RT_LIB names one; PARC_RT_LIB=0 turns
    it off."""
    d = make_src_tree(ctx, "link")
    p = sh(["gcc", "-fopenmp", "-c", "src/simple.c", "-o", "simple.o"], d)
    write(os.path.join(d, "main.c"), "void axpy(double);\nint main(void) { axpy(2.0); "
          "return 0; }\n")
    sh(["gcc", "-c", "main.c", "-o", "main.o"], d)
    if "omp" not in sh(["nm", "simple.o"], d).stdout:
        # parc may not have parallelized it for gcc's view; use a file that
        # surely calls the OpenMP runtime.
        write(os.path.join(d, "omp.c"), "void axpy(double k) {\n#pragma omp parallel\n"
              "{ (void)k; }\n}\n")
        sh(["gcc", "-fopenmp", "-c", "omp.c", "-o", "simple.o"], d)
    p = cc(ctx, ["gcc", "main.o", "simple.o", "-o", "prog"], d, PARC_CC_VERBOSE="1")
    # the archive by its path: -L and -lparc_rt would prefer a .so beside it
    report("link.adds-openmp", p.returncode == 0 and "-fopenmp" in p.stderr and
           "-Wl,-u,parc_rt_worth" in p.stderr and
           " %s/libparc_rt.a" % os.path.dirname(ctx.parc_cc) in p.stderr,
           tail(p))
    rt = ctx.dir("rtlib")
    write(os.path.join(rt, "rt.c"), "int parc_rt_present;\n")
    sh(["gcc", "-c", "rt.c", "-o", "rt.o"], rt)
    sh(["ar", "rcs", "libparc_rt.a", "rt.o"], rt)
    p = cc(ctx, ["gcc", "main.o", "simple.o", "-o", "prog"], d, PARC_CC_VERBOSE="1",
           PARC_RT_LIB=os.path.join(rt, "libparc_rt.a"))
    report("link.runtime-when-asked", p.returncode == 0 and
           " %s/libparc_rt.a" % rt in p.stderr, tail(p))
    p = cc(ctx, ["gcc", "main.o", "simple.o", "-o", "prog"], d, PARC_CC_VERBOSE="1",
           PARC_RT_LIB="0")
    report("link.runtime-off", p.returncode == 0 and "-lparc_rt" not in p.stderr, tail(p))


# ---------------------------------------------------------------------
# --target=cuda: parc-cc, parc_parallelize(TARGET cuda), PARC_TARGET=cuda
# ---------------------------------------------------------------------

# A vector add and a sum reduction, big enough for parc to offload both.
CUDA_C = """#include <stdio.h>
#define N 1000000
static double a[N], b[N], c[N];
static double sum(const double *x, int n)
{
    double s = 0;
    for (int i = 0; i < n; i++)
        s += x[i];
    return s;
}
int main(void)
{
    for (int i = 0; i < N; i++) {
        a[i] = i * 0.5;
        b[i] = N - i;
    }
    for (int i = 0; i < N; i++)
        c[i] = a[i] + b[i];
    printf("%.1f %.1f\\n", c[N - 1], sum(c, N));
    return 0;
}
"""

CUDA_CMAKE = """cmake_minimum_required(VERSION 3.20)
project(cudademo C)
if(WITH_CUDA)
  enable_language(CUDA)
endif()
add_executable(app src/vec.c)
find_package(Parc 0.1 REQUIRED)
parc_parallelize(app TARGET cuda STRICT)
"""


def find_nvcc():
    nvcc = os.environ.get("NVCC") or "nvcc"
    return nvcc if os.path.isabs(nvcc) and os.access(nvcc, os.X_OK) else shutil.which(nvcc)


def stage_cuda(ctx, nvcc):
    """A staged install with the CUDA runtime: libparc_rt_cuda.a built here
    from runtime/src/cuda.cu by nvcc, and parc_rt_cuda.h."""
    prefix = stage_install(ctx, "stage-cuda")
    inc = os.path.join(ROOT, "runtime/include")
    shutil.copy2(os.path.join(inc, "parc_rt_cuda.h"), os.path.join(prefix, "include"))
    obj = os.path.join(ctx.work, "parc_rt_cuda.o")
    p = sh([nvcc, "-c", "-Xcompiler=-fPIC", "-gencode", "arch=compute_80,code=sm_80", "-I", inc,
            os.path.join(ROOT, "runtime/src/cuda.cu"), "-o", obj], ctx.work)
    q = sh(["ar", "rcs", os.path.join(prefix, "lib/libparc_rt_cuda.a"), obj], ctx.work)
    report("cuda.runtime-builds", p.returncode == 0 and q.returncode == 0, tail(p) + tail(q))
    return prefix


def cuda_run_ok(ctx, exe, d, want):
    """Runs "exe" with PARC_CUDA=always PARC_CUDA_VERBOSE=1: the output is
    "want", and stderr holds only the runtime's decisions (without a GPU:
    "CPU (no CUDA device)", and the CPU path runs)."""
    p = sh([exe], d, env=ctx.env(PARC_CUDA="always", PARC_CUDA_VERBOSE="1"), timeout=120)
    lines = p.stderr.splitlines()
    noise = [ln for ln in lines if not ln.startswith("parc_rt_cuda: ")]
    gpu = sh(["nvidia-smi", "-L"], d).returncode == 0 if shutil.which("nvidia-smi") else False
    silent_cpu = gpu or all("no CUDA device" in ln for ln in lines)
    return p.returncode == 0 and p.stdout == want and not noise and silent_cpu, tail(p)


def defined(d, exe, sym):
    return re.search(r" T %s$" % sym, sh(["nm", exe], d).stdout, re.M) is not None


def check_cuda(ctx):
    """parc-cc --target=cuda: links the kernels, parc_rt_cuda and the CUDA
    runtime (nvcc needed; without it the CPU path, after a warning)."""
    d = ctx.dir("cuda")
    write(os.path.join(d, "vec.c"), CUDA_C)
    sh(["gcc", "-O2", "vec.c", "-o", "seq"], d)
    want = run_program("./seq", d)
    p = cc(ctx, ["--target=cuda", "gcc", "-O2", "vec.c", "-o", "cpu"], d, NVCC="/nonexistent")
    report("cuda.no-nvcc.cpu-path", p.returncode == 0 and
           "parc-cc: warning: no nvcc: building the CPU path only" in p.stderr and
           run_program("./cpu", d) == want and not defined(d, "cpu", "parc_cuda_use"), tail(p))
    nvcc = find_nvcc()
    if not nvcc:
        skip("cuda.nvcc", "no nvcc: the GPU path builds are skipped")
        return
    prefix = stage_cuda(ctx, nvcc)
    pcc = os.path.join(prefix, "bin/parc-cc")
    p = sh([pcc, "--target=cuda", "gcc", "-O2", "vec.c", "-o", "gpu"], d,
           env=ctx.env(PARC_CC_VERBOSE="1"))
    report("cuda.parc-cc.links", p.returncode == 0 and "warning" not in p.stderr and
           "-fmad=false" in p.stderr and "-Wl,-u,parc_cuda_use" in p.stderr, tail(p))
    report("cuda.parc-cc.output", run_program("./gpu", d) == want, run_program("./gpu", d))
    ok, out = cuda_run_ok(ctx, "./gpu", d, want)
    report("cuda.parc-cc.always", ok, out)
    report("cuda.parc-cc.runtime-linked", defined(d, "gpu", "parc_cuda_use") and
           defined(d, "gpu", r"parc_k_\w+"), sh(["nm", "gpu"], d).stdout[-500:])
    # -c: the kernels go into the object (ld -r), a later link finds them.
    p = sh([pcc, "--target=cuda", "gcc", "-O2", "-c", "vec.c", "-o", "vec.o"], d, env=ctx.env())
    q = sh([pcc, "--target=cuda", "gcc", "vec.o", "-o", "gpu2"], d, env=ctx.env())
    report("cuda.parc-cc.compile-only", p.returncode == 0 and q.returncode == 0 and
           defined(d, "vec.o", r"parc_k_\w+") and run_program("./gpu2", d) == want and
           defined(d, "gpu2", "parc_cuda_use"), tail(p) + tail(q))
    check_cmake_cuda(ctx, prefix, want)
    check_make_cuda(ctx, prefix, want)


def check_cmake_cuda(ctx, prefix, want):
    """parc_parallelize(TARGET cuda): with CUDA enabled, the kernels are
    compiled and parc_rt_cuda linked; without, only the CPU path."""
    src = ctx.dir("cm-cuda")
    write(os.path.join(src, "CMakeLists.txt"), CUDA_CMAKE)
    write(os.path.join(src, "src/vec.c"), CUDA_C)
    for name, on in (("enabled", "ON"), ("disabled", "OFF")):
        b = os.path.join(ctx.work, "cm-cuda-" + name)
        ok, out = cmake_build(ctx, src, b, {"CMAKE_PREFIX_PATH": prefix, "WITH_CUDA": on,
                                            "CMAKE_CUDA_ARCHITECTURES": "80"})
        exe = os.path.join(b, "app")
        report("cuda.cmake.%s" % name, ok and run_program(exe, b) == want, out)
        report("cuda.cmake.%s.runtime" % name,
               ok and defined(b, exe, "parc_cuda_use") == (on == "ON"), out)
    ok, out = cuda_run_ok(ctx, os.path.join(ctx.work, "cm-cuda-enabled/app"), src, want)
    report("cuda.cmake.always", ok, out)


def check_make_cuda(ctx, prefix, want):
    """make/parc.mk with PARC_TARGET=cuda: NAME.par.cu.o objects, and
    PARC_LDLIBS with parc_rt_cuda."""
    d = ctx.dir("mk-cuda")
    write(os.path.join(d, "vec.c"), CUDA_C)
    write(os.path.join(d, "Makefile"), "include %s\nOBJS = $(call parc_objects,vec.c)\n"
          "prog: $(OBJS)\n\t$(CC) $(PARC_LDFLAGS) $^ $(PARC_LDLIBS) -o $@\n"
          % os.path.join(ROOT, "make/parc.mk"))
    p = sh(["make", "-s", "PARC=" + os.path.join(prefix, "bin/parc"), "PARC_TARGET=cuda"], d,
           env=ctx.env())
    report("cuda.make", p.returncode == 0 and "warning" not in p.stderr and
           os.path.exists(os.path.join(d, "vec.par.cu.o")) and
           run_program("./prog", d) == want and defined(d, "prog", "parc_cuda_use"), tail(p))


def check_compiler_choice(ctx):
    """The compiler: argv[1] when it names one, else $PARC_CC, else cc."""
    d = make_src_tree(ctx, "choice")
    fake = fake_parc(ctx, "mycc", 'echo "mycc $*" >&2\nexec gcc "$@"\n')
    p = cc(ctx, [fake, "-c", "src/noloop.c", "-o", "n.o"], d)
    report("choice.argv1", p.returncode == 0 and "mycc " in p.stderr, tail(p))
    p = cc(ctx, ["-c", "src/noloop.c", "-o", "n.o"], d, PARC_CC=fake)
    report("choice.env", p.returncode == 0 and "mycc " in p.stderr, tail(p))
    p = cc(ctx, ["src/noloop.c", "-c", "-o", "n.o"], d, PARC_CC=fake)
    report("choice.source-first", p.returncode == 0 and "mycc " in p.stderr, tail(p))
    p = cc(ctx, ["-c", "src/noloop.c", "-o", "n.o"], d, PARC_CC_VERBOSE="1")
    report("choice.default-cc", p.returncode == 0 and "parc-cc: + cc " in p.stderr, tail(p))
    p = cc(ctx, ["-c", "src/noloop.c", "-o", "n.o"], d, PARC_CC=ctx.parc_cc)
    report("choice.refuses-itself", p.returncode == 1 and "runs itself" in p.stderr, tail(p))


def check_sources(ctx):
    """Several sources: -c makes one object each in the working directory;
    compile and link from two directories keeps each one's own headers;
    an unchanged file is compiled from its original path; response files
    are read."""
    d = ctx.dir("multi")
    for sub, val in (("one", 1), ("two", 2)):
        write(os.path.join(d, sub, "local.h"), "#define VAL %d\n" % val)
        write(os.path.join(d, sub, "%s.c" % sub), '#include "local.h"\n'
              "int %s_v[10000];\nint %s(void)\n{\n    for (int i = 0; i < 10000; i++)\n"
              "        %s_v[i] = VAL;\n    return %s_v[9999];\n}\n" % ((sub,) * 4))
    write(os.path.join(d, "main.c"), '#include <stdio.h>\nint one(void);\nint two(void);\n'
          'int main(void) { printf("%d %d\\n", one(), two()); return 0; }\n')
    p = cc(ctx, ["gcc", "-c", "one/one.c", "two/two.c"], d)
    report("sources.c-several", p.returncode == 0 and os.path.exists(os.path.join(d, "one.o"))
           and os.path.exists(os.path.join(d, "two.o")), tail(p))
    keep = os.path.join(ctx.work, "keep-multi")
    p = cc(ctx, ["gcc", "one/one.c", "two/two.c", "main.c", "-o", "prog"], d,
           PARC_CC_KEEP=keep)
    out = run_program("./prog", d)
    report("sources.link-two-dirs", p.returncode == 0 and out == "1 2\n" and
           os.path.exists(os.path.join(keep, "one_one.c")) and
           os.path.exists(os.path.join(keep, "two_two.c")), tail(p) + out)
    p = cc(ctx, ["gcc", "-c", "main.c", "-o", "main.o"], d, PARC_CC_VERBOSE="1")
    report("sources.unchanged-compiles-original",
           p.returncode == 0 and re.search(r"^parc-cc: \+ gcc .* main\.c", p.stderr, re.M),
           tail(p))
    write(os.path.join(d, "args.rsp"), "-c 'one/one.c' -o rsp.o\n")
    keep = os.path.join(ctx.work, "keep-rsp")
    p = cc(ctx, ["gcc", "@args.rsp"], d, PARC_CC_KEEP=keep)
    report("sources.response-file", p.returncode == 0 and
           os.path.exists(os.path.join(d, "rsp.o")) and
           os.path.exists(os.path.join(keep, "one_one.c")), tail(p))


def check_parc_next_to_parc_cc(ctx):
    """Without $PARC, the parc next to parc-cc is used."""
    d = make_src_tree(ctx, "nextto")
    bindir = ctx.dir("bin-next")
    shutil.copy2(ctx.parc_cc, os.path.join(bindir, "parc-cc"))
    os.symlink(ctx.parc, os.path.join(bindir, "parc"))
    p = sh([os.path.join(bindir, "parc-cc"), "gcc", "-c", "src/simple.c", "-o", "s.o"], d,
           env=ctx.env(PARC=None, PARC_FLAGS="--remarks", PATH="/usr/bin:/bin"))
    report("find-parc.next-to-parc-cc", p.returncode == 0 and "remark: loop parallelized"
           in p.stderr, tail(p))


def check_signal_cleanup(ctx):
    """A parc-cc killed by SIGTERM or SIGINT while the compiler runs removes
    its temporary directory."""
    d = make_src_tree(ctx, "signal")
    tmp = ctx.dir("tmp-signal")
    slow = fake_parc(ctx, "slowcc", "sleep 60\n")
    for sig in (signal.SIGTERM, signal.SIGINT):
        proc = subprocess.Popen([ctx.parc_cc, slow, "-c", "src/simple.c"], cwd=d,
                                env=ctx.env(TMPDIR=tmp), start_new_session=True,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        seen = False
        for _ in range(600):
            if any(f.startswith("parc-cc-") for f in os.listdir(tmp)):
                seen = True
                break
            time.sleep(0.05)
        proc.send_signal(sig)
        rc = proc.wait(timeout=30)
        os.killpg(proc.pid, signal.SIGKILL)
        left = os.listdir(tmp)
        report("signal.%s-removes-temps" % signal.Signals(sig).name, seen and rc == -sig and
               left == [], "seen=%s rc=%s left=%s" % (seen, rc, left))


def check_temp_cleanup(ctx):
    """Every parc-cc run above removed its temporary directories."""
    left = []
    for t in (ctx.tmp, os.path.join(ctx.work, "tmp2")):
        if os.path.isdir(t):
            left += [os.path.join(t, f) for f in os.listdir(t) if f.startswith("parc-cc")]
    report("temp-files-removed", left == [], str(left[:5]))


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--parc", required=True, help="the parc executable")
    ap.add_argument("--parc-cc", help="a built parc-cc (default: compile tools/parc-cc.c)")
    ap.add_argument("--keep", action="store_true", help="keep the scratch directory")
    ap.add_argument("-k", "--only", help="run only the checks whose group matches this regex")
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="parc-integration.")
    ctx = Ctx(args, work)
    try:
        if build_parc_cc(ctx, args.parc_cc):
            groups = [check_make_project, check_cmake_project, check_fallback,
                      check_passthrough, check_depfiles, check_diagnostics,
                      check_determinism, check_ccache, check_link, check_cuda,
                      check_compiler_choice,
                      check_sources, check_parc_next_to_parc_cc, check_signal_cleanup,
                      check_temp_cleanup]
            for g in groups:
                if args.only and not re.search(args.only, g.__name__):
                    continue
                try:
                    g(ctx)
                except Exception as e:  # a crashed group is one failure
                    report(g.__name__, False, "%s: %s" % (type(e).__name__, e))
    finally:
        if args.keep:
            print("scratch directory kept: " + work)
        else:
            shutil.rmtree(work, ignore_errors=True)
    if skipped:
        print("(%d skipped)" % len(skipped))
    print("%d passed, %d failed" % (len(passed), len(failed)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
