"""rtlib.py - parc_rt for the test harnesses.

parc's output calls parc_rt (runtime/) in its OpenMP clauses, so a program
built from it with OpenMP links libparc_rt.a.  The harnesses build their own
copy from runtime/src with the compiler under test, once per run: that copy
matches the compiler's OpenMP runtime (libgomp or libomp) and does not
depend on how the project was built (a sanitizer build's library would need
the sanitizer at link time).

    lib = rtlib.build("gcc", tmpdir)     # path of libparc_rt.a
    cmd = [cc, "-fopenmp", out_c, "-o", exe] + rtlib.link(lib) + ["-lm"]

parc's output references parc_rt weakly (it links without it, and then
uses fixed thresholds), so a static archive's members are pulled in only
when the link names them undefined: link() adds -Wl,-u for each.
"""
import glob
import os
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "runtime", "src")
INCLUDE = os.path.join(ROOT, "runtime", "include")


# What parc's output calls (src/rewrite.c).
SYMBOLS = ("parc_rt_worth", "parc_rt_chunk", "parc_rt_static_chunk")


def link(lib):
    """Link arguments that make the output use "lib" (see above)."""
    return ["-Wl,-u," + s for s in SYMBOLS] + [lib]


def build(cc, workdir):
    """Compiles runtime/src/*.c with "cc -O2 -fopenmp" into
    workdir/parc_rt-<cc>/libparc_rt.a (once) and returns its path.  Raises
    RuntimeError with the compiler's message when that fails."""
    out = os.path.join(workdir, "parc_rt-" + os.path.basename(cc))
    lib = os.path.join(out, "libparc_rt.a")
    if os.path.exists(lib):
        return lib
    os.makedirs(out, exist_ok=True)
    objs = []
    for src in sorted(glob.glob(os.path.join(SRC, "*.c"))):
        obj = os.path.join(out, os.path.basename(src)[:-2] + ".o")
        p = subprocess.run([cc, "-O2", "-fopenmp", "-w", "-I", INCLUDE, "-I", SRC,
                            "-c", src, "-o", obj], capture_output=True, text=True)
        if p.returncode:
            raise RuntimeError("building parc_rt with %s failed:\n%s" % (cc, p.stderr))
        objs.append(obj)
    p = subprocess.run(["ar", "rcs", lib + ".tmp"] + objs, capture_output=True, text=True)
    if p.returncode:
        raise RuntimeError("ar failed: " + p.stderr)
    os.replace(lib + ".tmp", lib)
    return lib
