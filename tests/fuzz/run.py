#!/usr/bin/env python3
"""Differential fuzzing of parc with random programs (tests/fuzz/gen.py).

    python3 tests/fuzz/run.py --parc build/parc [--seed S] [--count N]
        [--threads 1,2,4,7] [--keep DIR] [--jobs J] [--time-limit SECONDS]

For each seed S .. S+N-1: generate a program; build it with UBSan and run
it -- a complaint means the generator produced undefined behaviour: the
program is discarded and counted as a generator bug; build it with gcc -O2
as the reference; run parc on it (it must exit 0); build parc's output with
gcc -O2 -fopenmp (it must compile); run it with each thread count: any
difference from the reference output or exit status is a soundness bug.
Before a failure is blamed on parc, the program is checked with ASan too,
and gcc -O0 must print what gcc -O2 prints.  Each failing program is saved
under --keep, then shrunk (delta debugging on lines, blocks and operands
that keeps the program compiling, free of sanitizer complaints, and failing
the same way) to shrunk.c next to it.

--time-limit stops starting new programs after that many seconds (the
programs already running finish; shrinking has its own --shrink-time).
Exit status 1 when any program failed.  See tests/fuzz/README.md.
"""
import argparse
import concurrent.futures
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402
sys.path.insert(0, os.path.dirname(HERE))
import rtlib  # noqa: E402

CC = "gcc"
RT_LIB = None   # libparc_rt.a for OpenMP builds of parc's output (main)
SAN = ["-O1", "-fsanitize=undefined", "-fno-sanitize-recover=all",
       # UBSan does not see reads of uninitialized variables; gcc can
       "-Werror=uninitialized", "-Werror=maybe-uninitialized"]
RUN_TIMEOUT = 10
STRICT = ["-Werror=return-type", "-Werror=implicit-function-declaration", "-Werror=implicit-int",
          "-Werror=uninitialized", "-Werror=maybe-uninitialized", "-Werror=int-conversion",
          "-Werror=incompatible-pointer-types", "-Werror=array-bounds", "-Werror=div-by-zero"]
PARC_TIMEOUT = 60


PROFILE = {}
PROFILE_LOCK = threading.Lock()


# The run-time checker behind parc --instrument, compiled into each checked
# program (runtime/src/check.c).
CHECK_SOURCE = os.path.join(HERE, "..", "..", "runtime", "src", "check.c")
CHECK_INCLUDE = os.path.join(HERE, "..", "..", "runtime", "include")
PARC_CHK_EXIT = 66


def sh(argv, timeout=120, env=None, cwd=None):
    """Run a command; returns (rc, stdout, stderr); rc is 'timeout' on timeout
    and -SIG when killed by a signal."""
    t0 = time.time()
    try:
        return _sh(argv, timeout, env, cwd)
    finally:
        key = os.path.basename(argv[0]) + ("-san" if "-fsanitize=undefined" in argv else "") + \
            ("-omp" if "-fopenmp" in argv else "")
        with PROFILE_LOCK:
            PROFILE[key] = PROFILE.get(key, 0) + time.time() - t0


def _sh(argv, timeout, env, cwd):
    try:
        p = subprocess.run(argv, capture_output=True, timeout=timeout, env=env, cwd=cwd,
                           errors="replace", text=True)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired as e:
        def s(x):
            return x.decode(errors="replace") if isinstance(x, bytes) else (x or "")
        return "timeout", s(e.stdout), s(e.stderr)


COST_MODEL = False   # --cost-model: see Checker.parc


def env_threads(t):
    e = dict(os.environ)
    e["OMP_NUM_THREADS"] = str(t)
    if COST_MODEL:
        e["PARC_MIN_WORK"] = "0"
    # Oversubscribed runs (7 threads, 2 cores) would otherwise spin.
    e.setdefault("OMP_WAIT_POLICY", "passive")
    return e


def run_threads(exe, threads, timeout):
    """Runs exe once per thread count, all at the same time (the runs mostly
    wait on each other); returns {t: (rc, stdout, stderr)}."""
    procs = {}
    for t in threads:
        procs[t] = subprocess.Popen([exe], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                    env=env_threads(t), text=True, errors="replace")
    out = {}
    deadline = time.time() + timeout
    for t, p in procs.items():
        try:
            o, e = p.communicate(timeout=max(0.1, deadline - time.time()))
            out[t] = (p.returncode, o, e)
        except subprocess.TimeoutExpired:
            p.kill()
            o, e = p.communicate()
            out[t] = ("timeout", o, e)
    return out


def describe_rc(rc):
    if rc == "timeout":
        return "timed out"
    if isinstance(rc, int) and rc < 0:
        return "killed by signal %d" % -rc
    return "exit status %s" % rc


class Checker:
    """Runs the pipeline on one program text in a work folder."""

    def __init__(self, opts, work):
        self.opts = opts
        self.work = work

    def path(self, name):
        return os.path.join(self.work, name)

    def write(self, text):
        src = self.path("prog.c")
        with open(src, "w") as f:
            f.write(text)
        return src

    def sanitizer_check(self, src, asan=False):
        """None when the program builds and runs clean under the sanitizers;
        otherwise (kind, detail)."""
        exe = self.path("san")
        extra = ["-fsanitize=address"] if asan or self.opts.asan else []
        rc, _, err = sh([CC] + SAN + extra + [src, "-o", exe, "-lm"])
        if rc != 0:
            return ("gen-compile", err[-2000:])
        rc, out, err = sh([exe], timeout=RUN_TIMEOUT * 2)
        if rc == "timeout":      # a busy machine: try once more
            rc, out, err = sh([exe], timeout=RUN_TIMEOUT * 2)
        if rc != 0 or "runtime error" in err or "ERROR: AddressSanitizer" in err:
            return ("ubsan", (describe_rc(rc) + "\n" + err)[-2000:])
        self.san_out = out
        return None

    def reference(self, src, strict=False):
        exe = self.path("ref")
        # strict (shrinking): deleted lines must not leave a function without
        # its return, an undeclared function, an uninitialized read, ...
        flags = STRICT if strict else ["-w"]
        rc, _, err = sh([CC, "-O2"] + flags + [src, "-o", exe, "-lm"])
        if rc != 0:
            return None, "reference does not compile: " + err[-1000:]
        rc, out, err = sh([exe], timeout=RUN_TIMEOUT)
        if rc == "timeout":
            rc, out, err = sh([exe], timeout=RUN_TIMEOUT)
        if rc != 0:
            return None, "reference run: %s %s" % (describe_rc(rc), err[-500:])
        return out, None

    def output_O0(self, src):
        """What the program prints when built with gcc -O0 (None: no build).
        Compilers have bugs too: gcc 12 -O1/-O2 deletes some calls with side
        effects; a failure is only blamed on parc if -O0 agrees with -O2."""
        exe = self.path("ref0")
        rc, _, err = sh([CC, "-O0", "-w", src, "-o", exe, "-lm"])
        if rc != 0:
            return None
        return sh([exe], timeout=RUN_TIMEOUT)[1]

    def parc(self, src):
        out = self.path("prog.par.c")
        rep = self.path("report.json")
        for f in (out, rep):
            if os.path.exists(f):
                os.unlink(f)
        # --min-work=0: the fuzzer tests what parc proves, not whether its
        # small loops are worth threads.
        # --interchange: the random nests also test the swaps parc makes.
        # --cost-model keeps parc's guards (versioned loops, parc_rt_worth)
        # and runs the programs with PARC_MIN_WORK=0, so that every guard
        # says yes and the parallel copies run.
        argv = [self.opts.parc, src, "-o", out, "--report=" + rep, "--interchange"] + \
            ([] if self.opts.cost_model else ["--min-work=0"])
        rc, o, err = sh(argv, timeout=PARC_TIMEOUT)
        if rc == "timeout":      # a busy machine: try once more
            rc, o, err = sh(argv, timeout=PARC_TIMEOUT)
        report = None
        if rc == 0:
            try:
                with open(rep) as f:
                    report = json.load(f)
            except (OSError, ValueError) as e:
                return rc, err + "\nreport unreadable: %s" % e, out, None
        return rc, err, out, report

    def omp_build(self, out):
        exe = self.path("par")
        rc, _, err = sh([CC, "-O2", "-fopenmp", "-w", out, "-o", exe] + rtlib.link(RT_LIB) + ["-lm"])
        return (exe if rc == 0 else None), err

    def full(self, text, threads, runs=1):
        """The whole pipeline.  Returns a dict: status ('ok', 'fail',
        'discard'), kind, detail, loops, parallel."""
        res = {"status": "ok", "loops": 0, "parallel": 0, "kind": None, "detail": ""}
        src = self.write(text)
        bad = self.sanitizer_check(src)
        if bad:
            res.update(status="discard", kind=bad[0], detail=bad[1])
            return res
        ref, why = self.reference(src)
        if ref is None:
            res.update(status="discard", kind="gen-reference", detail=why)
            return res
        san_out = self.san_out
        if san_out != ref:
            res.update(status="discard", kind="gen-nondeterministic",
                       detail="sanitizer build printed %r, -O2 build %r" % (san_out[:200], ref[:200]))
            return res
        res["ref"] = ref
        return self.check_parc(src, ref, threads, runs, res)

    def check_parc(self, src, ref, threads, runs, res):
        rc, err, out, report = self.parc(src)
        if rc != 0 or report is None:
            kind = "parc-timeout" if rc == "timeout" else ("parc-signal" if isinstance(rc, int) and rc < 0
                                                           else "parc-exit")
            res.update(status="fail", kind=kind, sig=str(rc),
                       detail="parc %s\n%s" % (describe_rc(rc), err[-3000:]))
            return res
        summ = report.get("summary", {})
        res["loops"] = summ.get("loops", 0)
        res["parallel"] = summ.get("parallel", 0)
        exe, err = self.omp_build(out)
        if exe is None:
            first = re.search(r"error: (.*)", err)
            res.update(status="fail", kind="omp-compile", sig=first.group(1) if first else "",
                       detail="gcc -O2 -fopenmp failed on parc's output:\n" + err[-3000:])
            return res
        for _ in range(runs):
            got = run_threads(exe, threads, RUN_TIMEOUT)
            for t in threads:
                if got[t][0] == "timeout":   # a busy machine: try once more, alone
                    got[t] = run_threads(exe, [t], RUN_TIMEOUT)[t]
                rc, o, e = got[t]
                if rc == 0 and o == ref:
                    continue
                if rc == "timeout":
                    kind = "timeout"
                elif rc != 0:
                    kind = "crash"
                else:
                    kind = "wrong-output"
                res.update(status="fail", kind=kind, threads=t,
                           detail="%d threads: %s, printed %r; expected %r\n%s" % (
                               t, describe_rc(rc), o[-300:], ref[-300:], e[-1000:]))
                return res
        if self.opts.instrument and res["parallel"]:
            self.check_instrumented(src, ref, res)
        return res

    def check_instrumented(self, src, ref, res):
        """The second oracle: parc --instrument's build, run sequentially,
        must find no conflict in any loop parc parallelized, and print
        what the program prints."""
        chk = self.path("prog.chk.c")
        rc, _, err = sh([self.opts.parc, "--instrument", "--min-work=0", "--interchange", src, "-o", chk],
                        timeout=PARC_TIMEOUT)
        if rc != 0:
            res.update(status="fail", kind="instrument-parc",
                       detail="parc --instrument %s\n%s" % (describe_rc(rc), err[-3000:]))
            return
        exe = self.path("chk")
        rc, _, err = sh([CC, "-O1", "-w", "-I", CHECK_INCLUDE, chk, CHECK_SOURCE, "-o", exe, "-lm"])
        if rc != 0:
            res.update(status="fail", kind="instrument-compile",
                       detail="the instrumented program does not compile:\n" + err[-3000:])
            return
        rc, o, e = sh([exe], timeout=RUN_TIMEOUT * 4)
        if rc == PARC_CHK_EXIT or "carries a dependence at run time" in e:
            first = re.search(r"error: (loop carries .*)", e)
            res.update(status="fail", kind="instrument-conflict",
                       sig=first.group(1)[:80] if first else "",
                       detail="--instrument found a conflict in a parallelized loop:\n" + e[-2000:])
        elif rc != 0 or o != ref:
            res.update(status="fail", kind="instrument-output",
                       detail="instrumented run: %s, printed %r; expected %r\n%s" % (
                           describe_rc(rc), o[-300:], ref[-300:], e[-1000:]))


# ------------------------------------------------------------------ shrinking
def balanced(lines):
    depth = 0
    for ln in lines:
        depth += ln.count("{") - ln.count("}")
        if depth < 0:
            return False
    pd = 0
    for ln in lines:
        pd += ln.count("(") - ln.count(")")
    return depth == 0 and pd == 0


class Shrinker:
    def __init__(self, opts, work, fail, log):
        self.opts = opts
        self.chk = Checker(opts, work)
        self.fail = fail
        self.cache = {}
        self.tests = 0
        self.log = log
        t = fail.get("threads")
        ths = opts.threads
        # the failing count first, then the largest: races show more often
        self.threads = sorted(set([t] if t else []) | {max(ths)}) if t else ths

    def interesting(self, lines):
        if not balanced(lines):
            return False
        text = "\n".join(lines) + "\n"
        h = hashlib.sha1(text.encode()).hexdigest()
        if h in self.cache:
            return self.cache[h]
        self.tests += 1
        ok = self._interesting(text)
        self.cache[h] = ok
        return ok

    def _interesting(self, text):
        chk = self.chk
        src = chk.write(text)
        ref, why = chk.reference(src, strict=True)
        if ref is None:
            return False
        kind = self.fail["kind"]
        res = {"status": "ok", "loops": 0, "parallel": 0, "kind": None}
        if kind in ("wrong-output", "crash", "timeout") and chk.output_O0(src) != ref:
            return False
        if kind in ("parc-exit", "parc-signal", "parc-timeout"):
            rc, _, _, report = chk.parc(src)
            if str(rc) != self.fail.get("sig"):
                return False
        elif kind == "omp-compile":
            res = chk.check_parc(src, ref, [], 0, res)
            if res["kind"] != "omp-compile":
                return False
        else:
            res = chk.check_parc(src, ref, self.threads, 2, res)
            if res["kind"] not in ("wrong-output", "crash", "timeout"):
                return False
            if (res["kind"] == "timeout") != (kind == "timeout"):
                return False
        # last, as it is the slowest: the candidate must be well defined
        return chk.sanitizer_check(src, asan=True) is None

    def run(self, text, deadline):
        lines = text.rstrip("\n").split("\n")
        if not self.interesting(lines):
            return None          # does not reproduce (a race that did not show)
        while time.time() < deadline:
            before = list(lines)
            lines = self.blocks(lines, deadline)
            lines = self.ddmin(lines, deadline)
            lines = self.unwrap(lines, deadline)
            if len(lines) == len(before):
                lines = self.simplify_exprs(lines, deadline)
                if lines == before:
                    break
        return "\n".join(lines) + "\n"

    def ddmin(self, lines, deadline):
        """Removes chunks of lines, halving the chunk size down to 1."""
        chunk = max(1, len(lines) // 2)
        while chunk >= 1 and time.time() < deadline:
            end = len(lines)
            while end > 0 and time.time() < deadline:
                start = max(0, end - chunk)
                cand = lines[:start] + lines[end:]
                if self.interesting(cand):
                    lines = cand
                end = start
            chunk //= 2
        return lines

    @staticmethod
    def block_end(lines, i):
        depth = 0
        for j in range(i, len(lines)):
            depth += lines[j].count("{") - lines[j].count("}")
            if depth == 0:
                return j
            if depth < 0:
                return None
        return None

    @classmethod
    def stmt_end(cls, lines, i, depth=0):
        """Last line of the statement that starts on line i (a block with
        its else branches, or a braceless if/for/while and its body)."""
        if i >= len(lines) or depth > 20:
            return None
        ln = lines[i].strip()
        if ln.endswith("{"):
            j = cls.block_end(lines, i)
            while j is not None and lines[j].strip().startswith("} else") and lines[j].rstrip().endswith("{"):
                k = cls.block_end(["{"] + lines[j + 1:], 0)
                j = None if k is None else j + k
            if j is None or lines[j].strip() != "}":
                return None
            return j
        if re.match(r"(if|for|while) ?\(.*\)$", ln) or ln == "else":
            return cls.stmt_end(lines, i + 1, depth + 1)
        return i if ln.endswith(";") else None

    def blocks(self, lines, deadline):
        """Removes whole statements that span lines: a function (header line
        and body), a loop or an if with its body (braces or not), an else
        branch."""
        i = len(lines) - 1
        while i >= 0 and time.time() < deadline:
            i = min(i, len(lines) - 1)
            ln = lines[i].strip()
            cands = []
            if ln.startswith("} else") and ln.endswith("{"):
                j = self.block_end(["{"] + lines[i + 1:], 0)
                if j is not None:
                    cands.append(lines[:i] + ["}"] + lines[i + 1 + j:])
            elif ln.endswith("{") or re.match(r"(if|for|while) ?\(.*\)$", ln):
                j = self.stmt_end(lines, i)
                if j is not None and j > i:
                    start = i - 1 if ln == "{" and i > 0 else i
                    cands.append(lines[:start] + lines[j + 1:])
            for c in cands:
                if self.interesting(c):
                    lines = c
                    break
            i -= 1
        return lines

    def unwrap(self, lines, deadline):
        """Drops a block's header and its closing brace, keeping the body."""
        i = 0
        while i < len(lines) and time.time() < deadline:
            ln = lines[i].rstrip()
            if ln.endswith("{") and not ln.lstrip().startswith("}"):
                depth = 0
                close = None
                for j in range(i, len(lines)):
                    depth += lines[j].count("{") - lines[j].count("}")
                    if depth == 0:
                        close = j
                        break
                if close is not None and lines[close].strip() == "}":
                    cand = lines[:i] + lines[i + 1:close] + lines[close + 1:]
                    if self.interesting(cand):
                        lines = cand
                        continue
            i += 1
        return lines

    def simplify_exprs(self, lines, deadline):
        """Drops `+ term` / `- term` pieces and replaces subexpressions by
        constants, one at a time."""
        i = 0
        while i < len(lines) and time.time() < deadline:
            ln = lines[i]
            changed = False
            for cand_ln in self.line_variants(ln):
                if time.time() >= deadline:
                    break
                cand = lines[:i] + [cand_ln] + lines[i + 1:]
                if self.interesting(cand):
                    lines = cand
                    changed = True
                    break
            if not changed:
                i += 1
        return lines

    @staticmethod
    def line_variants(ln):
        out = []
        # remove one binary operator and its right operand: "a + (b * c) - d"
        # gives "a - d" and "a + (b * c)"
        binop = re.compile(r" (\+|-|\*|/|%|\^|\||&|<<|>>|<=|>=|<|>|==|!=|&&|\|\|) ")
        prec = {"*": 10, "/": 10, "%": 10, "+": 9, "-": 9, "<<": 8, ">>": 8, "<": 7, ">": 7,
                "<=": 7, ">=": 7, "==": 6, "!=": 6, "&": 5, "^": 4, "|": 3, "&&": 2, "||": 1}
        for m in binop.finditer(ln):
            depth, j = 0, m.end()
            p = prec[m.group(1)]
            while j < len(ln):
                ch = ln[j]
                if ch in "([":
                    depth += 1
                elif ch in ")]":
                    if depth == 0:
                        break
                    depth -= 1
                elif depth == 0:
                    if ch in ";,?:":
                        break
                    n = binop.match(ln, j)
                    if n and prec[n.group(1)] <= p:
                        break
                j += 1
            out.append(ln[:m.start()] + ln[j:])
            # and the left operand: "a * b + c" gives "b + c"
            depth, j = 0, m.start() - 1
            while j >= 0:
                ch = ln[j]
                if ch in ")]":
                    depth += 1
                elif ch in "([":
                    if depth == 0:
                        break
                    depth -= 1
                elif depth == 0:
                    if ch in "=,?:" or ln[:j + 1].endswith("return"):
                        break
                    n = [x for x in binop.finditer(ln[:j + 1]) if x.end() == j + 1]
                    if n and prec[n[0].group(1)] <= p:
                        break
                j -= 1
            left = j + 1
            while left < m.start() and ln[left] == " ":
                left += 1
            if left < m.start():
                out.append(ln[:left] + ln[m.end():])
        # replace a parenthesized group by 1
        for m in re.finditer(r"\([^()]*\)", ln):
            pre = ln[:m.start()]
            if re.search(r"[A-Za-z_0-9]$", pre):
                continue           # a call's argument list
            if re.match(r"\s*[A-Za-z_0-9(]", ln[m.end():]):
                continue           # a cast (1x would be another token)
            out.append(pre + "1" + ln[m.end():])
        seen = set()
        res = []
        for c in out:
            if c != ln and c not in seen:
                seen.add(c)
                res.append(c)
        return res


# ------------------------------------------------------------------- driver
def check_seed(opts, seed):
    t0 = time.time()
    text = gen.generate(seed, opts.disable)
    work = tempfile.mkdtemp(prefix="parcfuzz%d." % seed)
    try:
        chk = Checker(opts, work)
        res = chk.full(text, opts.threads)
        if res["status"] == "fail" and not opts.asan:
            # UBSan does not see out-of-bounds accesses through pointers:
            # before blaming parc, make sure ASan has nothing to say either
            bad = chk.sanitizer_check(chk.write(text), asan=True)
            if bad:
                res.update(status="discard", kind="asan", detail=bad[1])
        if res["status"] == "fail" and res["kind"] in ("wrong-output", "crash", "timeout"):
            o0 = chk.output_O0(chk.write(text))
            if o0 != res["ref"]:
                res.update(status="discard", kind="cc-disagree",
                           detail="gcc -O0 prints %r, gcc -O2 %r: a compiler bug, not parc's" % (
                               (o0 or "")[:200], res["ref"][:200]))
            elif res["kind"] == "wrong-output":
                # A note for the reader: does parc's output fail at -O0 too?
                # (No: a race that -O0 hides, or a compiler bug in the -O2 build.)
                exe = chk.path("par0")
                rc, _, _ = sh([CC, "-O0", "-fopenmp", "-w", chk.path("prog.par.c"), "-o", exe] +
                              rtlib.link(RT_LIB) + ["-lm"])
                if rc == 0:
                    t = res["threads"]
                    bad = [x for x in run_threads(exe, [t], RUN_TIMEOUT).values() if x[1] != res["ref"]]
                    res["detail"] += "\nparc's output built with -O0 -fopenmp: %s at %d threads" % (
                        "fails too" if bad else "passes", t)
        if res["status"] == "fail":
            res["saved"] = save_failure(opts, seed, text, res, work)
        elif res["status"] == "discard":
            res["saved"] = save_failure(opts, seed, text, res, work, sub="generator")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    res["seed"] = seed
    res["text"] = text
    res["time"] = time.time() - t0
    return res


def save_failure(opts, seed, text, res, work, sub=None):
    d = os.path.join(opts.keep, *([sub] if sub else []), "seed%d" % seed)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "prog.c"), "w") as f:
        f.write(text)
    for name in ("prog.par.c", "report.json"):
        if os.path.exists(os.path.join(work, name)):
            shutil.copy(os.path.join(work, name), os.path.join(d, name))
    with open(os.path.join(d, "failure.txt"), "w") as f:
        f.write("seed %d: %s\n%s\n" % (seed, res["kind"], res["detail"]))
    return d


def shrink_failure(opts, res, log):
    work = tempfile.mkdtemp(prefix="parcshrink%d." % res["seed"])
    try:
        s = Shrinker(opts, work, res, log)
        t0 = time.time()
        small = s.run(res["text"], time.time() + opts.shrink_time)
        if small is None:
            return None, s.tests, time.time() - t0
        d = res["saved"]
        with open(os.path.join(d, "shrunk.c"), "w") as f:
            f.write(small)
        # parc's output and report for the shrunk program, for the reader
        chk = Checker(opts, work)
        src = chk.write(small)
        rc, err, out, report = chk.parc(src)
        if os.path.exists(out):
            shutil.copy(out, os.path.join(d, "shrunk.par.c"))
        if report is not None:
            with open(os.path.join(d, "shrunk.report.json"), "w") as f:
                json.dump(report, f, indent=1)
        return small, s.tests, time.time() - t0
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    global CC, RUN_TIMEOUT
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--parc", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=200,
                    help="programs to check (default 200: the CI batch, about 1.5 minutes "
                    "on 2 idle cores)")
    ap.add_argument("--threads", default="1,2,4,7")
    ap.add_argument("--keep", default=os.path.join(HERE, "failures"))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--time-limit", type=float, default=None,
                    help="start no new program after this many seconds")
    ap.add_argument("--shrink-time", type=float, default=300,
                    help="seconds spent shrinking each failure (0: do not shrink)")
    ap.add_argument("--max-shrink", type=int, default=6,
                    help="shrink at most this many failures")
    ap.add_argument("--cc", default="gcc")
    ap.add_argument("--disable", default="",
                    help="comma-separated generator features to leave out, e.g. while a known "
                    "bug is being fixed (see gen.py --help)")
    ap.add_argument("--asan", action="store_true",
                    help="check every program with ASan too (default: UBSan, and ASan only "
                    "for programs that fail and while shrinking)")
    ap.add_argument("--run-timeout", type=float, default=10)
    ap.add_argument("--no-instrument", dest="instrument", action="store_false",
                    help="skip the second oracle (parc --instrument's checking build, "
                    "run on every program with a parallel loop)")
    ap.add_argument("--profile", action="store_true", help="print where the time went")
    ap.add_argument("--cost-model", action="store_true",
                    help="run parc with its cost model (versioned loops, run-time guards) "
                         "and the programs with PARC_MIN_WORK=0, so that the guarded "
                         "parallel copies run")
    ap.add_argument("-q", "--quiet", action="store_true", help="print only failures and the summary")
    opts = ap.parse_args()
    CC = opts.cc
    RUN_TIMEOUT = opts.run_timeout
    opts.parc = os.path.abspath(opts.parc)
    opts.keep = os.path.abspath(opts.keep)
    opts.threads = [int(x) for x in opts.threads.split(",") if x]
    opts.disable = [x for x in opts.disable.split(",") if x]
    if not os.access(opts.parc, os.X_OK):
        print("run.py: %s is not an executable" % opts.parc)
        return 2
    # A private copy: parc may be rebuilt while the batch runs.
    snap = tempfile.mkdtemp(prefix="parcfuzz-bin.")
    shutil.copy2(opts.parc, os.path.join(snap, "parc"))
    opts.parc_orig, opts.parc = opts.parc, os.path.join(snap, "parc")
    global RT_LIB, COST_MODEL
    RT_LIB = rtlib.build(CC, snap)
    COST_MODEL = opts.cost_model
    try:
        return batch(opts)
    finally:
        shutil.rmtree(snap, ignore_errors=True)


def batch(opts):

    t_start = time.time()
    seeds = list(range(opts.seed, opts.seed + opts.count))
    results = []
    stop = threading.Event()

    def task(seed):
        if stop.is_set() or (opts.time_limit is not None and time.time() - t_start > opts.time_limit):
            stop.set()
            return None
        try:
            return check_seed(opts, seed)
        except Exception as e:   # a harness problem must not end the batch
            return {"seed": seed, "status": "error", "kind": "harness",
                    "detail": "%s: %s" % (type(e).__name__, e), "loops": 0, "parallel": 0}

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, opts.jobs)) as ex:
        futs = [ex.submit(task, s) for s in seeds]
        for fut in futs:
            res = fut.result()
            if res is None:
                continue
            results.append(res)
            st = res["status"]
            if st == "ok":
                if not opts.quiet:
                    print("seed %d: ok  loops=%d parallel=%d  %.1fs" % (
                        res["seed"], res["loops"], res["parallel"], res["time"]), flush=True)
            elif st == "error":
                print("seed %d: HARNESS ERROR %s" % (res["seed"], res["detail"]), flush=True)
            elif st == "discard":
                print("seed %d: DISCARDED (generator or compiler problem: %s) saved in %s" % (
                    res["seed"], res["kind"], res["saved"]), flush=True)
                print("  " + res["detail"].strip().replace("\n", "\n  ")[:1500], flush=True)
            else:
                print("seed %d: FAIL %s%s  loops=%d parallel=%d  saved in %s" % (
                    res["seed"], res["kind"],
                    " (%d threads)" % res["threads"] if res.get("threads") else "",
                    res["loops"], res["parallel"], res["saved"]), flush=True)
                print("  " + res["detail"].strip().replace("\n", "\n  ")[:1500], flush=True)
    elapsed = time.time() - t_start

    failures = [r for r in results if r["status"] == "fail"]
    discards = [r for r in results if r["status"] == "discard"]
    errors = [r for r in results if r["status"] == "error"]
    tested = [r for r in results if r["status"] in ("ok", "fail")]

    # shrink (after the batch, so that the batch time stays predictable)
    if failures and opts.shrink_time > 0:
        todo = failures[:opts.max_shrink]
        print("shrinking %d failure(s), up to %ds each ..." % (len(todo), opts.shrink_time), flush=True)

        def sh_task(r):
            return r, shrink_failure(opts, r, None)
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, opts.jobs)) as ex:
            for r, (small, tests, secs) in ex.map(sh_task, todo):
                if small is None:
                    print("seed %d: did not reproduce while shrinking (%d tries)" % (r["seed"], tests))
                    continue
                print("seed %d: shrunk %d -> %d lines in %d tries, %.0fs: %s" % (
                    r["seed"], r["text"].count("\n"), small.count("\n"), tests, secs,
                    os.path.join(r["saved"], "shrunk.c")), flush=True)

    loops = sum(r["loops"] for r in tested)
    par = sum(r["parallel"] for r in tested)
    if discards:
        kinds = {}
        for r in discards:
            kinds.setdefault(r["kind"], []).append(str(r["seed"]))
        print("generator: %d program(s) discarded, not counted: %s" % (
            len(discards), "; ".join("%s: seeds %s" % (k, " ".join(v)) for k, v in sorted(kinds.items()))))
        print("  (ubsan/asan/gen-compile: the generator wrote undefined behaviour; "
              "gen-nondeterministic/cc-disagree: the sanitizer, -O0 and -O2 builds disagree)")
    if failures:
        print("failures: " + ", ".join("seed %d (%s%s)" % (r["seed"], r["kind"],
              ", %d threads" % r["threads"] if r.get("threads") else "") for r in failures))
        print("saved under %s" % opts.keep)
    if errors:
        print("harness errors (not counted): seeds %s" % " ".join(str(r["seed"]) for r in errors))
    print("time: %.1fs for %d programs (%d jobs)" % (elapsed, len(results), opts.jobs))
    if opts.profile:
        print("profile (seconds of wall time, all jobs): " + ", ".join(
            "%s %.1f" % kv for kv in sorted(PROFILE.items(), key=lambda kv: -kv[1])))
    print("fuzz: programs=%d loops=%d parallel=%d failures=%d" % (len(tested), loops, par, len(failures)))
    print("%d passed, %d failed" % (len(tested) - len(failures), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
