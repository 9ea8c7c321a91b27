#!/usr/bin/env python3
"""Tests of `parc --instrument` (the run-time dependence checker).

    python3 tests/instrument/run.py --parc build/parc --rt build/runtime/libparc_rt.a \
        [--silent FILE_OR_DIR...] [--targets FILE_OR_DIR...]

--silent: programs whose checked loops (those parc parallelizes, and those
    asserted with '#pragma parc independent') must all pass the check: the
    instrumented build, run sequentially, must print what the original
    prints, exit as it exits, and report no conflict.
--targets: programs with one loop marked '/* PARC-TARGET expect=serial */'
    or 'expect=parallel' on the line above it (the shared corpus format).
    The driver forces the loop with '#pragma parc independent' (unless it
    already has one).  A serial target must be reported, at its own line,
    with exit status 66; a parallel one must pass silently.  A serial
    target whose dependence is carried by a plain scalar (which the checker
    does not record, and which parc keeps serial even when asserted) is
    reported as SKIP, with parc's reason.

The exit status is 1 if any program fails."""
import argparse
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TARGET = re.compile(r"/\*\s*PARC-TARGET\b[^*]*expect=(serial|parallel)")


def sh(argv, timeout=120, **kw):
    return subprocess.run(argv, capture_output=True, text=True, timeout=timeout, **kw)


def files_of(paths):
    out = []
    for p in paths:
        if os.path.isdir(p):
            out += sorted(glob.glob(os.path.join(p, "*.c")))
        else:
            out.append(p)
    return out


def build_and_run(cc, src, exe, extra, env=None):
    c = sh([cc, "-O1", "-w", "-I", os.path.dirname(src)] + extra + [src, "-o", exe, "-lm"])
    if c.returncode != 0:
        return None, c.stderr[-600:]
    r = sh([exe], env=env)
    return r, None


class Checker:
    def __init__(self, args, tmp):
        self.parc, self.rt, self.tmp = args.parc, args.rt, tmp
        self.cc = args.cc
        self.loops_checked = 0
        self.iterations = 0

    def instrument(self, src, name):
        out = os.path.join(self.tmp, name + ".chk.c")
        p = sh([self.parc, "--instrument", src, "-o", out, "-I", os.path.dirname(src),
                "--report=" + os.path.join(self.tmp, name + ".json")])
        if p.returncode != 0:
            return None, "parc --instrument exited %d: %s" % (p.returncode, p.stderr[-400:])
        return out, None

    def reference(self, src, name):
        exe = os.path.join(self.tmp, name + ".seq")
        r, err = build_and_run(self.cc, src, exe, [])
        if err:
            return None, "original does not compile: " + err
        return r, None

    def checked_run(self, chk, name, srcdir):
        exe = os.path.join(self.tmp, name + ".chk")
        summary = os.path.join(self.tmp, name + ".summary.json")
        if os.path.exists(summary):
            os.unlink(summary)
        env = dict(os.environ, PARC_CHECK_JSON=summary)
        rt = [self.rt]
        if self.rt.endswith(".c"):   # the checker's source: add its header
            rt = ["-I", os.path.join(os.path.dirname(self.rt), "..", "include"), self.rt]
        c = sh([self.cc, "-O1", "-w", "-I", srcdir, chk] + rt +
               ["-o", exe, "-lm"])
        if c.returncode != 0:
            return None, None, "instrumented output does not compile: " + c.stderr[-600:]
        r = sh([exe], env=env)
        loops = []
        if os.path.exists(summary):
            with open(summary) as f:
                loops = json.load(f)["loops"]
        for l in loops:
            self.loops_checked += 1
            self.iterations += l["iterations"]
        return r, loops, None

    def silent(self, src):
        name = os.path.basename(src)[:-2]
        ref, err = self.reference(src, name)
        if err:
            return "SKIP", err
        chk, err = self.instrument(src, name)
        if err:
            return "FAIL", err
        r, loops, err = self.checked_run(chk, name, os.path.dirname(src))
        if err:
            return "FAIL", err
        if "carries a dependence at run time" in r.stderr or r.returncode == 66:
            return "FAIL", "false conflict: " + r.stderr.strip()[-600:]
        if r.stdout != ref.stdout or r.returncode != ref.returncode:
            return "FAIL", "instrumented run differs (exit %d vs %d)" % (r.returncode, ref.returncode)
        return "PASS", "%d checked loop(s) ran" % len(loops)

    def target(self, src):
        name = "t_" + os.path.basename(src)[:-2]
        with open(src) as f:
            lines = f.read().split("\n")
        marks = [(i, m.group(1)) for i, l in enumerate(lines) for m in [TARGET.search(l)] if m]
        if len(marks) != 1:
            return "FAIL", "expected one PARC-TARGET comment, found %d" % len(marks)
        at, expect = marks[0]
        j = at + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        forced = list(lines)
        if not lines[j].lstrip().startswith("#pragma parc independent"):
            indent = re.match(r"\s*", lines[j]).group(0)
            forced.insert(j, indent + "#pragma parc independent")
            loop_line = j + 2
        else:
            loop_line = j + 2
            while loop_line - 1 < len(lines) and not lines[loop_line - 1].strip():
                loop_line += 1
        forced_src = os.path.join(self.tmp, name + ".c")
        with open(forced_src, "w") as f:
            f.write("\n".join(forced))
        ref, err = self.reference(src, name)
        if err:
            return "SKIP", err
        # The forced file includes headers next to the original.
        chk = os.path.join(self.tmp, name + ".chk.c")
        p = sh([self.parc, "--instrument", forced_src, "-o", chk, "-I", os.path.dirname(src),
                "--report=" + os.path.join(self.tmp, name + ".json")])
        if p.returncode != 0:
            return "FAIL", "parc --instrument exited %d: %s" % (p.returncode, p.stderr[-400:])
        with open(os.path.join(self.tmp, name + ".json")) as f:
            report = json.load(f)
        loop = [l for l in report["loops"] if l["line"] == loop_line]
        if not loop:
            return "FAIL", "no loop at line %d in the report" % loop_line
        if loop[0]["decision"] != "parallel":
            why = "; ".join(r.get("kind", "?") for r in loop[0].get("reasons", []))
            if expect == "serial":
                return "SKIP", "asserted loop stays serial (%s): nothing to check" % why
            return "SKIP", "asserted loop stays serial (%s): nothing to check" % why
        r, loops, err = self.checked_run(chk, name, os.path.dirname(src))
        if err:
            return "FAIL", err
        if r.stdout != ref.stdout:
            return "FAIL", "instrumented run prints something else"
        found = re.findall(r":(\d+):\d+: error: loop carries a dependence at run time: (.*)",
                           r.stderr)
        hit = [msg for line, msg in found if int(line) == loop_line]
        if expect == "serial":
            if not hit and "cannot be recorded" in p.stderr:
                return "SKIP", "not caught, and parc said why: " + p.stderr.strip().split("\n")[-1]
            if r.returncode != 66 or not hit:
                return "FAIL", "dependence not caught (exit %d): %s" % (r.returncode, r.stderr[-300:])
            return "PASS", "caught: " + hit[0]
        if found or r.returncode != ref.returncode:
            return "FAIL", "false conflict: " + r.stderr.strip()[-400:]
        return "PASS", "silent"


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--parc", required=True)
    ap.add_argument("--rt", required=True,
                    help="libparc_rt.a, or the checker's source runtime/src/check.c")
    ap.add_argument("--cc", default="gcc")
    ap.add_argument("--silent", nargs="*", default=[])
    ap.add_argument("--targets", nargs="*", default=[])
    ap.add_argument("--min-caught", type=int, default=1,
                    help="fail unless at least this many serial targets are caught")
    args = ap.parse_args()
    counts = {"PASS": 0, "FAIL": 0, "SKIP": 0}
    caught = 0
    with tempfile.TemporaryDirectory() as tmp:
        ck = Checker(args, tmp)
        for src in files_of(args.silent):
            st, msg = ck.silent(src)
            counts[st] += 1
            print("%s silent %s: %s" % (st, src, msg))
        for src in files_of(args.targets):
            st, msg = ck.target(src)
            counts[st] += 1
            caught += st == "PASS" and msg.startswith("caught")
            print("%s target %s: %s" % (st, src, msg))
    print("instrument: %d passed, %d failed, %d skipped; %d dependences caught; "
          "%d checked loop records, %d iterations"
          % (counts["PASS"], counts["FAIL"], counts["SKIP"], caught, ck.loops_checked,
             ck.iterations))
    if args.targets and caught < args.min_caught:
        print("too few dependences caught (%d < %d)" % (caught, args.min_caught))
        return 1
    return 1 if counts["FAIL"] else 0


if __name__ == "__main__":
    sys.exit(main())
