#!/usr/bin/env python3
"""Execution tests for parc.

Each tests/run/NN_name.c is a complete C program.  Loops of interest carry
a marker comment on the line above them:

    /* EXPECT: parallel */
    /* EXPECT: serial */
    /* EXPECT: serial KIND */      (KIND: one of KINDS below)

For every test file this script

 1. compiles and runs the original program (the reference output),
 2. runs parc on it (exit status must be 0) to get OUT.c and a JSON report,
 3. checks every marker against the report,
 4. checks every marker against OUT.c (pragma present / absent),
 5. checks that OUT.c only adds lines to the input,
 6. compiles OUT.c with and without OpenMP (no new warnings) and runs it
    with several thread counts; the output must equal the reference.
    OUT.c is also built with -O0 -fopenmp and run (races on shared scalars
    are much more visible there); --no-O0 skips this.

Usage:
    python3 tests/run/run.py --parc PATH [--cc gcc] [--threads 1,2,4,7]
                             [--filter REGEX] [--keep DIR] [--no-O0] [-j N]
                             [FILES...]

Standard library only.
"""

import argparse
import concurrent.futures
import difflib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import rtlib  # noqa: E402
import versioning  # noqa: E402

# libparc_rt.a built with the compiler under test (see tests/rtlib.py);
# every OpenMP build of parc's output links it.
RT_LIB = None

KINDS = {
    "flow-dependence", "anti-dependence", "output-dependence", "may-alias",
    "unknown-call", "io-call", "early-exit", "volatile",
    "non-canonical-loop", "index-modified", "scalar-dependence",
    "not-profitable", "existing-pragma", "macro-loop", "conditional-induction",
    "conditional-lastprivate", "bound-modified", "unanalyzable-access", "atomic",
    "inline-asm",
}
# Kinds a parallel loop may carry as notes (how it was parallelized).
PARALLEL_KINDS = {"runtime-alias-check"}
DECISIONS = {"parallel", "serial", "inner", "skipped"}

RUN_TIMEOUT = 30
PARC_TIMEOUT = 60
CC_TIMEOUT = 120

MARKER_RE = re.compile(
    r"^\s*/\*\s*EXPECT:\s*(parallel|serial)(?:\s+([A-Za-z][A-Za-z-]*))?\s*\*/\s*$")
LOOSE_MARKER_RE = re.compile(r"\bEXPECT\s*:")
LINE_DIRECTIVE_RE = re.compile(r"^\s*#\s*line\s+\d+")
LOOP_KW_RE = re.compile(r"\b(for|while|do)\b")
FOR_KW_RE = re.compile(r"\bfor\b")
MACRO_USE_RE = re.compile(r"^\s*([A-Za-z_]\w*)\s*\(")
DEFINE_FN_RE = re.compile(r"^\s*#\s*define\s+([A-Za-z_]\w*)\(")
OMP_DIRECTIVE_RE = re.compile(r"^\s*#\s*pragma\s+omp\b")
OMP_PAR_FOR_RE = re.compile(r"^\s*#\s*pragma\s+omp\s+parallel\s+for\b")
UNDERSCORE_PRAGMA_RE = re.compile(r'_Pragma\s*\(\s*"((?:[^"\\\n]|\\.)*)"\s*\)\s*')
UNDERSCORE_PAR_FOR_RE = re.compile(r'_Pragma\s*\(\s*"\s*omp\s+parallel\s+for\b')
UNDERSCORE_OMP_RE = re.compile(r'_Pragma\s*\(\s*"\s*omp\b')
DIAG_RE = re.compile(r"^(.*?):(\d+):(?:(\d+):)?\s*(warning|error):\s*(.*)$")
CHECKSUM_RE = re.compile(r"^checksum \d+$", re.M)


class TestError(Exception):
    """Aborts the remaining steps of one test file."""


# --------------------------------------------------------------------------
# Source scanning


def split_lines(text):
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [l[:-1] if l.endswith("\r") else l for l in lines]


def code_only(lines):
    """Per line, the text with comments removed and the contents of string
    and character literals blanked (quotes kept)."""
    out = []
    in_block = False
    for line in lines:
        res = []
        i = 0
        n = len(line)
        while i < n:
            ch = line[i]
            if in_block:
                end = line.find("*/", i)
                if end < 0:
                    i = n
                else:
                    in_block = False
                    i = end + 2
                    res.append(" ")
                continue
            if line.startswith("/*", i):
                in_block = True
                i += 2
                continue
            if line.startswith("//", i):
                break
            if ch in "\"'":
                q = ch
                res.append(q)
                i += 1
                while i < n and line[i] != q:
                    i += 2 if line[i] == "\\" else 1
                res.append(q)
                i += 1
                continue
            res.append(ch)
            i += 1
        out.append("".join(res))
    return out


class Source:
    """Lines of a C file with enough lexical information for the checks."""

    def __init__(self, text):
        self.lines = split_lines(text)
        self.code = code_only(self.lines)
        # directive_start[i]: first line of the preprocessor directive that
        # line i belongs to (continuation lines included), else None
        self.directive_start = []
        cont = None
        for i, line in enumerate(self.lines):
            if cont is not None:
                start = cont
            elif self.code[i].lstrip().startswith("#"):
                start = i
            else:
                start = None
            self.directive_start.append(start)
            cont = start if (start is not None and line.rstrip().endswith("\\")) else None
        # norm: the lines with any _Pragma("...") operator removed
        self.norm = [UNDERSCORE_PRAGMA_RE.sub("", l) for l in self.lines]

    def is_blank(self, i):
        return self.code[i].strip() == "" and self.directive_start[i] is None

    def is_directive(self, i):
        return self.directive_start[i] is not None

    def directive_text(self, start):
        parts = []
        i = start
        while i < len(self.lines) and self.directive_start[i] == start:
            parts.append(self.lines[i].rstrip().rstrip("\\"))
            i += 1
        return " ".join(parts)

    def directives_above(self, idx):
        """Directives in the block directly above line idx (only blank or
        comment-only lines may separate them), nearest first."""
        found = []
        i = idx - 1
        while i >= 0:
            if self.is_directive(i):
                start = self.directive_start[i]
                found.append(self.directive_text(start))
                i = start - 1
            elif self.is_blank(i):
                i -= 1
            else:
                break
        return found

    def loop_macros(self):
        names = set()
        for i, line in enumerate(self.lines):
            if self.directive_start[i] == i:
                m = DEFINE_FN_RE.match(line)
                if m and LOOP_KW_RE.search(code_only([self.directive_text(i)])[0]):
                    names.add(m.group(1))
        return names


class Marker:
    def __init__(self, marker_line, expect, kind):
        self.marker_line = marker_line  # 0-based
        self.expect = expect
        self.kind = kind
        self.target = None  # 0-based line of the loop
        self.is_for = False
        self.is_macro = False

    def desc(self):
        k = " " + self.kind if self.kind else ""
        return "line %d (%s%s)" % (self.target + 1, self.expect, k)


def find_markers(src):
    """Returns (markers, errors)."""
    markers, errors = [], []
    macros = src.loop_macros()
    for i, line in enumerate(src.lines):
        m = MARKER_RE.match(line)
        if not m:
            if LOOSE_MARKER_RE.search(line):
                errors.append("malformed marker at line %d: %s" % (i + 1, line.strip()))
            continue
        kind = m.group(2)
        if kind is not None and kind not in KINDS | PARALLEL_KINDS:
            errors.append("unknown reason kind %r at line %d" % (kind, i + 1))
            continue
        if kind is not None and (m.group(1) == "parallel") != (kind in PARALLEL_KINDS):
            errors.append("reason kind %r does not fit the marker at line %d" % (kind, i + 1))
            continue
        mk = Marker(i, m.group(1), kind)
        # first line of code after the marker (skip blank, comment-only and
        # preprocessor lines)
        j = i + 1
        while j < len(src.lines) and (src.is_blank(j) or src.is_directive(j)):
            j += 1
        if j >= len(src.lines):
            errors.append("marker at line %d is not followed by code" % (i + 1))
            continue
        if LOOP_KW_RE.search(src.code[j]):
            mk.target = j
        else:
            mu = MACRO_USE_RE.match(src.code[j])
            if mu and (kind == "macro-loop" or mu.group(1) in macros):
                mk.target = j
                mk.is_macro = True
            else:
                k = j
                while k < len(src.lines) and (src.is_directive(k) or not LOOP_KW_RE.search(src.code[k])):
                    k += 1
                if k >= len(src.lines):
                    errors.append("no loop after marker at line %d" % (i + 1))
                    continue
                mk.target = k
        mk.is_for = mk.is_macro or bool(FOR_KW_RE.search(src.code[mk.target]))
        markers.append(mk)
    return markers, errors


# --------------------------------------------------------------------------
# Process helpers


def run_cmd(cmd, cwd=None, env=None, timeout=RUN_TIMEOUT):
    """Returns (returncode, stdout, stderr); returncode None on timeout."""
    try:
        r = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, "", "timeout after %ds" % timeout
    except OSError as e:
        return -1, "", "cannot run %s: %s" % (cmd[0], e)
    return (r.returncode, r.stdout.decode("utf-8", "replace"),
            r.stderr.decode("utf-8", "replace"))


def base_env():
    env = dict(os.environ)
    env["LC_ALL"] = "C"
    env["LANG"] = "C"
    env.pop("GCC_COLORS", None)
    return env


def compile_c(cc, src, exe, flags, cwd, rt_lib=True):
    rt = rtlib.link(RT_LIB) if rt_lib and RT_LIB and "-fopenmp" in flags else []
    cmd = [cc] + flags + ["-fdiagnostics-color=never", src, "-o", exe] + rt + ["-lm"]
    rc, out, err = run_cmd(cmd, cwd=cwd, env=base_env(), timeout=CC_TIMEOUT)
    return rc, (out + err).replace(cwd + os.sep, "")


def warning_set(diag_text, ignore_unknown_pragmas=False):
    res = set()
    for line in diag_text.splitlines():
        m = DIAG_RE.match(line)
        if not m:
            continue
        msg = "%s: %s" % (m.group(4), m.group(5).strip())
        if ignore_unknown_pragmas and "-Wunknown-pragmas" in msg:
            continue
        res.add(msg)
    return res


def first_diff(a, b):
    al, bl = a.splitlines(), b.splitlines()
    for k in range(max(len(al), len(bl))):
        x = al[k] if k < len(al) else "<missing>"
        y = bl[k] if k < len(bl) else "<missing>"
        if x != y:
            return "line %d: expected %r, got %r" % (k + 1, x[:80], y[:80])
    return "outputs differ"


def brief(text, limit=300):
    text = " | ".join(l for l in text.strip().splitlines() if l.strip())
    return text if len(text) <= limit else text[:limit] + "..."


# --------------------------------------------------------------------------
# The checks for one file


def check_report(report, markers, fails):
    """Checks the JSON report; returns the list of loop entries."""
    if not isinstance(report, dict):
        fails.append("report is not a JSON object")
        return []
    if report.get("version") != 1:
        fails.append("report version is %r, expected 1" % (report.get("version"),))
    loops = report.get("loops")
    if not isinstance(loops, list):
        fails.append("report has no \"loops\" list")
        return []
    good = []
    for e in loops:
        if (not isinstance(e, dict) or not isinstance(e.get("line"), int)
                or isinstance(e.get("line"), bool)
                or e.get("decision") not in DECISIONS):
            fails.append("malformed report entry %s" % json.dumps(e)[:120])
            continue
        if not isinstance(e.get("reasons", []), list) or not isinstance(e.get("clauses", []), list):
            fails.append("malformed reasons/clauses in report entry for line %d" % e["line"])
            continue
        good.append(e)

    by_line = {}
    for e in good:
        by_line.setdefault(e["line"], []).append(e)

    def col(e):
        c = e.get("column")
        return c if isinstance(c, int) else 1 << 30

    for mk in markers:
        ents = by_line.get(mk.target + 1)
        if not ents:
            if mk.expect == "parallel" or mk.is_for:
                fails.append("%s: no report entry" % mk.desc())
            continue
        e = min(ents, key=col)
        dec = e["decision"]
        if mk.expect == "parallel":
            kinds = [r.get("kind") for r in e.get("reasons", []) if isinstance(r, dict)]
            if dec != "parallel":
                fails.append("%s: decision %r, reasons %s" % (mk.desc(), dec, kinds))
            elif mk.kind and mk.kind not in kinds:
                fails.append("%s: notes %s lack %r" % (mk.desc(), kinds, mk.kind))
        else:
            if dec == "parallel":
                fails.append("%s: decision 'parallel'" % mk.desc())
            elif mk.kind:
                kinds = [r.get("kind") for r in e.get("reasons", []) if isinstance(r, dict)]
                if mk.kind not in kinds:
                    fails.append("%s: reason kinds %s lack %r" % (mk.desc(), kinds, mk.kind))
    return good


def map_line(src, out, idx):
    """Index in out of the line that corresponds to src line idx: same text
    (with _Pragma operators removed), same number of earlier occurrences."""
    text = src.norm[idx]
    nth = sum(1 for k in range(idx) if src.norm[k] == text)
    seen = 0
    for k, t in enumerate(out.norm):
        if t == text:
            if seen == nth:
                return k
            seen += 1
    return None


def omp_directives(dirs):
    return [d for d in dirs if OMP_DIRECTIVE_RE.match(d)]


def subsequence_map(a, b):
    """For each line of a, the index of the line of b it matches (leftmost
    greedy matching), or None if a is not a subsequence of b."""
    res = []
    j = 0
    for x in a:
        while j < len(b) and b[j] != x:
            j += 1
        if j == len(b):
            return None
        res.append(j)
        j += 1
    return res


def check_output(src, out, markers, entries, fails):
    # 5. the output may only add lines (and _Pragma operators on loop lines)
    mapping = subsequence_map(src.norm, out.norm)
    added_par = None
    if mapping is None:
        sm = difflib.SequenceMatcher(None, src.norm, out.norm, autojunk=False)
        for tag, i1, i2, j1, j2 in sm.get_opcodes():
            if tag in ("replace", "delete"):
                fails.append("output changes or removes input line %d: %r -> %r"
                             % (i1 + 1, src.lines[i1][:70],
                                out.lines[j1][:70] if tag == "replace" else "<deleted>"))
                break
        else:
            fails.append("output is not the input plus added lines")
    else:
        added_par = 0
        matched = set(mapping)
        for j in range(len(out.lines)):
            if j not in matched and out.directive_start[j] == j \
                    and OMP_PAR_FOR_RE.match(out.directive_text(j)):
                added_par += 1
        for i, j in enumerate(mapping):
            if src.lines[i] == out.lines[j]:
                continue
            # the only change allowed in place: a _Pragma(...) on a loop line
            mu = MACRO_USE_RE.match(src.code[i])
            if not (LOOP_KW_RE.search(src.code[i]) or (mu and mu.group(1) in src.loop_macros())):
                fails.append("_Pragma added to non-loop line %d: %r" % (i + 1, out.lines[j].strip()[:80]))
            if len(UNDERSCORE_PAR_FOR_RE.findall(out.lines[j])) > len(UNDERSCORE_PAR_FOR_RE.findall(src.lines[i])):
                added_par += 1

    def has_par(i_src):
        j = map_line(src, out, i_src)
        if j is None:
            return None
        if len(UNDERSCORE_PAR_FOR_RE.findall(out.lines[j])) > len(UNDERSCORE_PAR_FOR_RE.findall(src.lines[i_src])):
            return True
        # parc follows each pragma with a #line restoring the numbering
        dirs = [d for d in out.directives_above(j) if not LINE_DIRECTIVE_RE.match(d)]
        return bool(dirs) and bool(OMP_PAR_FOR_RE.match(dirs[0])) and \
            len(omp_directives(dirs)) > len(omp_directives(src.directives_above(i_src)))

    # 4. markers against the output
    for mk in markers:
        j = map_line(src, out, mk.target)
        if j is None:
            fails.append("%s: loop line not found in output" % mk.desc())
            continue
        if mk.expect == "parallel":
            if not has_par(mk.target):
                fails.append("%s: no '#pragma omp parallel for' directly above the loop in the output" % mk.desc())
        else:
            before = omp_directives(src.directives_above(mk.target))
            after = omp_directives(out.directives_above(j))
            added_op = len(UNDERSCORE_OMP_RE.findall(out.lines[j])) > len(UNDERSCORE_OMP_RE.findall(src.lines[mk.target]))
            if len(after) != len(before) or added_op:
                fails.append("%s: OpenMP pragma added above a serial loop" % mk.desc())

    # consistency between report and output
    n_par = 0
    for e in entries:
        if e["decision"] != "parallel":
            continue
        n_par += 1
        i = e["line"] - 1
        if not 0 <= i < len(src.lines):
            fails.append("report entry with line %d outside the file" % e["line"])
        elif has_par(i) is False:
            fails.append("report says line %d is parallel but the output has no pragma for it" % e["line"])
    if added_par is not None and added_par != n_par:
        fails.append("report lists %d parallel loops but the output adds %d 'omp parallel for' pragmas"
                     % (n_par, added_par))


def test_file(path, args):
    """Returns (ok, message)."""
    name = os.path.basename(path)
    stem = os.path.splitext(name)[0]
    fails = []
    tmp = tempfile.mkdtemp(prefix="parc-run-%s-" % stem)
    log = []
    try:
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        except (OSError, UnicodeDecodeError) as e:
            raise TestError("cannot read: %s" % e)
        src = Source(text)
        markers, errs = find_markers(src)
        if errs:
            raise TestError("; ".join(errs))
        n_par = sum(1 for m in markers if m.expect == "parallel")
        n_ser = len(markers) - n_par
        abspath = os.path.abspath(path)

        # 1. reference
        rc, diag = compile_c(args.cc, abspath, os.path.join(tmp, "ref"), ["-O2", "-w"], tmp)
        if rc != 0:
            raise TestError("original does not compile: %s" % brief(diag))
        rc, ref_out, err = run_cmd([os.path.join(tmp, "ref")], cwd=tmp, env=base_env())
        if rc is None:
            raise TestError("original program timed out")
        if rc != 0 or not CHECKSUM_RE.search(ref_out):
            raise TestError("original program exited with %s or printed no checksum line" % rc)
        reference = (rc, ref_out)

        # 2. parc
        out_c = os.path.join(tmp, stem + ".out.c")
        rep = os.path.join(tmp, stem + ".report.json")
        cmd = [args.parc, abspath, "-o", out_c, "--report=" + rep]
        rc, o, e = run_cmd(cmd, cwd=tmp, env=base_env(), timeout=PARC_TIMEOUT)
        log.append("$ %s\nexit %s\n%s%s" % (" ".join(cmd), rc, o, e))
        if rc is None:
            raise TestError("parc timed out")
        if rc != 0:
            raise TestError("parc exited with %s: %s" % (rc, brief(e)))
        if not os.path.isfile(out_c):
            raise TestError("parc wrote no output file")
        if not os.path.isfile(rep):
            raise TestError("parc wrote no report")

        # 3. report
        try:
            with open(rep, encoding="utf-8") as f:
                report = json.load(f)
        except (OSError, ValueError) as e2:
            raise TestError("report is not valid JSON: %s" % e2)
        entries = check_report(report, markers, fails)

        # 4./5. output text
        try:
            with open(out_c, encoding="utf-8") as f:
                # versioned loops read back as "pragma + if(parallel: guard)"
                # above the user's loop; a copy that is not the loop fails
                plain, vproblems, _ = versioning.unversion(f.read())
                fails.extend(vproblems)
                out = Source(plain)
        except (OSError, UnicodeDecodeError) as e2:
            raise TestError("cannot read output: %s" % e2)
        check_output(src, out, markers, entries, fails)

        # 6. compile and run the output
        omp_flags = ["-O2", "-fopenmp", "-Wall", "-Werror=implicit-function-declaration"]
        rc, d0 = compile_c(args.cc, abspath, os.path.join(tmp, "orig_omp"), omp_flags, tmp)
        base_w = warning_set(d0)
        rc, d1 = compile_c(args.cc, out_c, os.path.join(tmp, "par"), omp_flags, tmp)
        log.append("$ compile (OpenMP)\n%s" % d1)
        if rc != 0:
            fails.append("output does not compile with -fopenmp: %s" % brief(d1))
        else:
            new = warning_set(d1) - base_w
            if new:
                fails.append("new warnings with -fopenmp: %s" % brief("\n".join(sorted(new))))
            for t in args.threads:
                env = base_env()
                env["OMP_NUM_THREADS"] = str(t)
                env["OMP_DYNAMIC"] = "false"
                rc, o, e = run_cmd([os.path.join(tmp, "par")], cwd=tmp, env=env)
                if rc is None:
                    fails.append("timeout with %d threads" % t)
                elif (rc, o) != reference:
                    if rc != reference[0]:
                        fails.append("%d threads: exit status %s, expected %s %s"
                                     % (t, rc, reference[0], brief(e, 120)))
                    else:
                        fails.append("%d threads: wrong output, %s" % (t, first_diff(reference[1], o)))

        # The output must also link and run without parc_rt, with plain
        # "cc -fopenmp" (its references to parc_rt are weak; the guards then
        # use fixed thresholds): the shared corpus builds it that way.
        rc, d4 = compile_c(args.cc, out_c, os.path.join(tmp, "par_nort"), omp_flags, tmp,
                           rt_lib=False)
        if rc != 0:
            fails.append("output does not link without parc_rt: %s" % brief(d4))
        else:
            env = base_env()
            env["OMP_NUM_THREADS"] = "2"
            rc, o, e = run_cmd([os.path.join(tmp, "par_nort")], cwd=tmp, env=env)
            if (rc, o) != reference:
                fails.append("without parc_rt, 2 threads: exit %s, %s" % (rc, first_diff(reference[1], o)))

        # Extra: the same at -O0, where shared scalars live in memory, so a
        # missing private/reduction clause shows up as a visible race.
        if args.O0:
            rc, d3 = compile_c(args.cc, out_c, os.path.join(tmp, "par0"), ["-O0", "-fopenmp"], tmp)
            if rc != 0:
                fails.append("output does not compile with -O0 -fopenmp: %s" % brief(d3))
            else:
                for t in args.threads:
                    env = base_env()
                    env["OMP_NUM_THREADS"] = str(t)
                    env["OMP_DYNAMIC"] = "false"
                    rc, o, e = run_cmd([os.path.join(tmp, "par0")], cwd=tmp, env=env)
                    if rc is None:
                        fails.append("-O0: timeout with %d threads" % t)
                    elif (rc, o) != reference:
                        fails.append("-O0, %d threads: exit %s, %s" % (t, rc, first_diff(reference[1], o)))

        rc, d0 = compile_c(args.cc, abspath, os.path.join(tmp, "orig_seq"), ["-O2"], tmp)
        base_w = warning_set(d0, True)
        rc, d2 = compile_c(args.cc, out_c, os.path.join(tmp, "seq"), ["-O2"], tmp)
        log.append("$ compile (no OpenMP)\n%s" % d2)
        if rc != 0:
            fails.append("output does not compile without -fopenmp: %s" % brief(d2))
        else:
            new = warning_set(d2, True) - base_w
            if new:
                fails.append("new warnings without -fopenmp: %s" % brief("\n".join(sorted(new))))
            rc, o, e = run_cmd([os.path.join(tmp, "seq")], cwd=tmp, env=base_env())
            if rc is None:
                fails.append("timeout without OpenMP")
            elif (rc, o) != reference:
                fails.append("without OpenMP: exit %s, %s" % (rc, first_diff(reference[1], o)))
    except TestError as e:
        fails.append(str(e))
        n_par = n_ser = 0
    finally:
        if args.keep:
            dest = os.path.join(args.keep, stem)
            shutil.rmtree(dest, ignore_errors=True)
            os.makedirs(dest, exist_ok=True)
            for fn in os.listdir(tmp):
                if fn.endswith((".c", ".json")):
                    shutil.copy(os.path.join(tmp, fn), dest)
            with open(os.path.join(dest, "log.txt"), "w", encoding="utf-8") as f:
                f.write("\n".join(log))
                f.write("\nFAILURES:\n" + "\n".join(fails) + "\n")
        shutil.rmtree(tmp, ignore_errors=True)

    if fails:
        return False, "FAIL %s: %s" % (name, "; ".join(fails))
    return True, "PASS %s (%d parallel, %d serial checked)" % (name, n_par, n_ser)


def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description="parc execution tests")
    ap.add_argument("--parc", required=True, help="path to the parc executable")
    ap.add_argument("--cc", default="gcc", help="C compiler (default gcc)")
    ap.add_argument("--threads", default="1,2,4,7",
                    help="comma-separated OMP_NUM_THREADS values (default 1,2,4,7)")
    ap.add_argument("--filter", help="only test files whose name matches this regex")
    ap.add_argument("--keep", metavar="DIR", help="keep outputs, reports and logs in DIR/<test>/")
    ap.add_argument("--no-O0", dest="O0", action="store_false",
                    help="skip the extra -O0 -fopenmp build and runs")
    ap.add_argument("-j", "--jobs", type=int, default=1, help="test files run at once (default 1)")
    ap.add_argument("files", nargs="*", help="test files (default: all tests/run/*.c)")
    args = ap.parse_args(argv)

    try:
        args.threads = [int(t) for t in args.threads.split(",") if t.strip()]
        if not args.threads or min(args.threads) < 1:
            raise ValueError
    except ValueError:
        ap.error("--threads must be a comma-separated list of positive integers")
    parc = args.parc
    if os.sep in parc or os.path.exists(parc):
        parc = os.path.abspath(parc)
        if not (os.path.isfile(parc) and os.access(parc, os.X_OK)):
            ap.error("parc not found or not executable: %s" % args.parc)
    elif shutil.which(parc) is None:
        ap.error("parc not found: %s" % args.parc)
    args.parc = parc
    if shutil.which(args.cc) is None:
        ap.error("C compiler not found: %s" % args.cc)
    if args.keep:
        args.keep = os.path.abspath(args.keep)
        os.makedirs(args.keep, exist_ok=True)

    files = args.files or sorted(os.path.join(here, f) for f in os.listdir(here) if f.endswith(".c"))
    if args.filter:
        try:
            rx = re.compile(args.filter)
        except re.error as e:
            ap.error("bad --filter: %s" % e)
        files = [f for f in files if rx.search(os.path.basename(f))]
    if not files:
        print("no test files selected", file=sys.stderr)
        return 2

    global RT_LIB
    rt_dir = tempfile.mkdtemp(prefix="parc-run-rt-")
    try:
        RT_LIB = rtlib.build(args.cc, rt_dir)
    except RuntimeError as e:
        print(e, file=sys.stderr)
        return 2
    if args.jobs > 1:
        with concurrent.futures.ThreadPoolExecutor(args.jobs) as ex:
            results = list(ex.map(lambda f: test_file(f, args), files))
    else:
        results = []
        for f in files:
            results.append(test_file(f, args))
            print(results[-1][1], flush=True)
    if args.jobs > 1:
        for r in results:
            print(r[1])
    shutil.rmtree(rt_dir, ignore_errors=True)
    passed = sum(1 for ok, _ in results if ok)
    failed = len(results) - passed
    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
