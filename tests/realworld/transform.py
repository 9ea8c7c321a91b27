#!/usr/bin/env python3
"""Runs parc over every C file of a built project, in place.

    transform.py --parc PARC --db TREE/compile_commands.json --root TREE \
                 --reports DIR --summary OUT.json [-j N]
    transform.py --check OUT.json      (after the rebuild)
    transform.py --syntax-time DB --clang clang-19 --out OUT.json
    transform.py --examples OUT.json -n 5 --out FILE.tsv
    transform.py --time OUT.json -- CMD...

The files and their flags come from a compile_commands.json recorded
while the project was built (bear or CMake).  Each C file under --root is
processed once per distinct configuration it is compiled with (the same
file is often compiled twice, e.g. by libtool with and without -DPIC, or
into a library and again into a test program with -DTEST):

  * parc runs with the parse-relevant flags of that configuration
    (-I -D -U -include -isystem -iquote -idirafter -std -O -m -pthread),
    in the command's directory, writing to a temporary file and a JSON
    report;
  * if parc fails (exit 1) under any configuration, the file is left
    unchanged and counted as failed, with parc's first error line;
  * a signal, a timeout, or an exit status other than 0/1 is a crash;
  * parc's output must be the input plus inserted lines and inline
    _Pragma(...) operators only; anything else is recorded as an anomaly
    and the file is left unchanged;
  * when the configurations disagree, an insertion (a pragma plus a #line
    restoring the numbering, or an inline _Pragma: each stands alone) is
    kept only if no configuration that sees the loop left it serial, so
    the code is parallelized only where parc proved it under every flag
    set the build compiles it with (see merge()).

The file is rewritten only if the result differs from the original, so an
incremental rebuild recompiles exactly the transformed files.  The summary
lists per file: configurations, loops (from the report of the
configuration with the most loops), pragmas kept, pragmas dropped because configurations disagreed,
and failures; plus totals, and the sha256 of each rewritten file so that
the caller can check that the build did not regenerate it.
"""
import argparse
import concurrent.futures
import difflib
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time

KEEP_JOINED = ("-I", "-D", "-U", "-std=", "-O", "-m")
KEEP_ALONE = ("-pthread", "-ansi")
WITH_VALUE = ("-include", "-isystem", "-iquote", "-idirafter", "-imacros")
PARC_TIMEOUT = int(os.environ.get("REALWORLD_PARC_TIMEOUT", "600"))

PRAGMA_LINE = re.compile(r'^\s*#\s*pragma\s+omp\s+parallel\s+for\b')
INLINE_PRAGMA = re.compile(r'_Pragma\("omp parallel for[^"]*"\) ')


def entry_args(e):
    if "arguments" in e:
        return list(e["arguments"])
    import shlex
    return shlex.split(e["command"])


def parse_flags(args):
    """The flags of a compile command that matter to a C parser."""
    out = []
    i = 1
    while i < len(args):
        a = args[i]
        if a in WITH_VALUE and i + 1 < len(args):
            out += [a, args[i + 1]]
            i += 2
            continue
        if a in ("-I", "-D", "-U") and i + 1 < len(args):
            out.append(a + args[i + 1])
            i += 2
            continue
        if a.startswith(KEEP_JOINED) or a in KEEP_ALONE:
            out.append(a)
        i += 1
    return out


def count_pragmas(text):
    n = 0
    for line in text.splitlines():
        if PRAGMA_LINE.match(line):
            n += 1
        n += len(INLINE_PRAGMA.findall(line))
    return n


def insertions(orig_lines, out_lines):
    """parc's edits as {key: replacement}: ("ins", i) -> lines inserted
    before original line i; ("rep", i) -> new text of original line i
    (an inline _Pragma).  None if the output changes anything else."""
    mods = {}
    sm = difflib.SequenceMatcher(None, orig_lines, out_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            continue
        if tag == "insert":
            mods[("ins", i1)] = tuple(out_lines[j1:j2])
            continue
        if tag != "replace":
            return None
        # A replaced range: inline _Pragma operators added to lines, maybe
        # with whole lines inserted among them.  Align by removing the
        # inline pragmas from the new lines.
        new = out_lines[j1:j2]
        k = 0
        pending = []
        for i in range(i1, i2):
            while k < len(new) and INLINE_PRAGMA.sub("", new[k]) != orig_lines[i]:
                pending.append(new[k])
                k += 1
            if k == len(new):
                return None
            if pending:
                mods[("ins", i)] = tuple(pending)
                pending = []
            if new[k] != orig_lines[i]:
                mods[("rep", i)] = new[k]
            k += 1
        if k < len(new):
            mods[("ins", i2)] = tuple(new[k:])
    # Inserted lines must be pragmas, #line directives or parc's helper.
    for key, val in mods.items():
        if key[0] == "ins":
            for line in val:
                s = line.strip()
                if not (s.startswith("#pragma omp") or s.startswith("#line ")
                        or "__parc_" in s):
                    return None
    return mods


LINE_DIRECTIVE = re.compile(r'^(\s*#line \d+) ".*"(\r?\n)?$')


def same_edit(a, b):
    """Equal edits, up to the file name in #line directives (a file is
    named differently by different compile commands)."""
    if isinstance(a, str) or isinstance(b, str):
        return a == b
    norm = lambda v: tuple(LINE_DIRECTIVE.sub(r"\1", x) for x in v)
    return norm(a) == norm(b)


def merge(all_mods, reports, has_line_directives):
    """The edits to keep when a file is compiled in several
    configurations.  An edit is kept if every configuration that made it
    made the same one, and no configuration that did not make it saw the
    loop (a loop the preprocessor removes in one configuration is not
    judged by it).  With #line directives in the input, report lines are
    not physical lines: only edits all configurations made are kept.
    parc's overlap helper (a static inline function) is kept whenever a
    configuration added it."""
    seen = [{l["line"] for l in rep["loops"]} for rep in reports]
    kept = {}
    for k in sorted({k for mods in all_mods for k in mods}):
        have = [mods[k] for mods in all_mods if k in mods]
        if any(not same_edit(v, have[0]) for v in have[1:]):
            continue
        if len(have) < len(all_mods):
            helper = k[0] == "ins" and any("__parc_a" in line for line in have[0])
            loop_line = k[1] + 1
            if not helper and (has_line_directives or any(
                    k not in mods and loop_line in lines
                    for mods, lines in zip(all_mods, seen))):
                continue
        kept[k] = have[0]
    return kept


def apply_mods(orig_lines, mods):
    out = []
    for i, line in enumerate(orig_lines):
        out.extend(mods.get(("ins", i), ()))
        out.append(mods.get(("rep", i), line))
    out.extend(mods.get(("ins", len(orig_lines)), ()))
    return out


def first_error(text):
    for line in text.splitlines():
        if "error" in line:
            return line.strip()
    lines = [l for l in text.splitlines() if l.strip()]
    return lines[0].strip() if lines else ""


def run_parc(parc, path, directory, flags, workdir, tag):
    out = os.path.join(workdir, tag + ".c")
    rep = os.path.join(workdir, tag + ".json")
    cmd = [parc] + flags + [path, "-o", out, "--report=" + rep]
    t0 = time.monotonic()
    try:
        p = subprocess.run(cmd, cwd=directory, capture_output=True, text=True,
                           errors="replace", timeout=PARC_TIMEOUT)
    except subprocess.TimeoutExpired:
        return {"rc": "timeout", "cmd": cmd, "stderr": "timed out after %ds" % PARC_TIMEOUT,
                "seconds": PARC_TIMEOUT}
    r = {"rc": p.returncode, "cmd": cmd, "stderr": p.stderr,
         "seconds": round(time.monotonic() - t0, 2)}
    if p.returncode == 0:
        with open(out, encoding="utf-8", errors="surrogateescape", newline="") as f:
            r["text"] = f.read()
        with open(rep) as f:
            r["report"] = json.load(f)
    return r


def process(parc, path, configs, reports_dir, index):
    with open(path, encoding="utf-8", errors="surrogateescape", newline="") as f:
        orig = f.read()
    res = {"file": path, "configs": len(configs), "loops": 0, "parallel": 0,
           "dropped": 0, "status": "ok", "changed": False}
    runs = []
    with tempfile.TemporaryDirectory(prefix="parc-rw.") as tmp:
        for k, (directory, flags, spelled) in enumerate(configs):
            r = run_parc(parc, spelled, directory, flags, tmp, "c%d" % k)
            runs.append(r)
            if r["rc"] != 0:
                break
    res["seconds"] = round(sum(r["seconds"] for r in runs), 2)
    bad = runs[-1]
    if bad["rc"] != 0:
        crash = not (bad["rc"] == 1)
        res["status"] = "crash" if crash else "failed"
        res["reason"] = first_error(bad["stderr"]) if not crash else \
            "exit %s: %s" % (bad["rc"], first_error(bad["stderr"]))
        res["cmd"] = bad["cmd"]
        if crash:
            res["stderr"] = bad["stderr"][-4000:]
        return res
    # Loop counts come from the configuration that sees the most loops
    # (code under #ifdef may exist in one configuration only).
    rep = max((r["report"] for r in runs), key=lambda rep: rep["summary"]["loops"])
    res["loops"] = rep["summary"]["loops"]
    res["parallel_in_report"] = rep["summary"]["parallel"]
    res["reasons"] = {}
    res["decisions"] = {}
    for loop in rep["loops"]:
        res["decisions"][loop["decision"]] = res["decisions"].get(loop["decision"], 0) + 1
        if loop["decision"] == "serial" and loop["reasons"]:
            kind = loop["reasons"][0]["kind"]
            res["reasons"][kind] = res["reasons"].get(kind, 0) + 1
    with open(os.path.join(reports_dir, "%04d.json" % index), "w") as f:
        json.dump({"file": path, "reports": [r["report"] for r in runs]}, f)
    orig_lines = orig.splitlines(keepends=True)
    all_mods = []
    for r in runs:
        mods = insertions(orig_lines, r["text"].splitlines(keepends=True))
        if mods is None:
            res["status"] = "anomaly"
            res["reason"] = "parc changed more than pragmas (config %s)" % " ".join(r["cmd"])
            return res
        all_mods.append(mods)
    kept = merge(all_mods, [r["report"] for r in runs], "#line" in orig)
    final = "".join(apply_mods(orig_lines, kept))
    base = count_pragmas(orig)
    res["parallel"] = count_pragmas(final) - base
    union = {}
    for mods in all_mods:
        for k, v in mods.items():
            union.setdefault(k, v)
    res["dropped"] = count_pragmas("".join(apply_mods(orig_lines, union))) - base - res["parallel"]
    if final != orig:
        with open(path, "w", encoding="utf-8", errors="surrogateescape", newline="") as f:
            f.write(final)
        res["changed"] = True
        res["sha256"] = hashlib.sha256(final.encode("utf-8", "surrogateescape")).hexdigest()
    return res


def check(summary):
    """After the rebuild: a rewritten file whose text is no longer what
    was written was regenerated by the build, so its pragmas were not
    compiled.  Adds parallel_built and changed_built to the totals."""
    with open(summary) as f:
        s = json.load(f)
    regen = []
    for r in s["files"]:
        if not r["changed"]:
            continue
        try:
            with open(r["file"], "rb") as f:
                h = hashlib.sha256(f.read()).hexdigest()
        except OSError:
            h = None
        if h != r["sha256"]:
            r["regenerated"] = True
            regen.append(r)
    t = s["totals"]
    t["regenerated"] = len(regen)
    t["parallel_built"] = t["parallel"] - sum(r["parallel"] for r in regen)
    t["changed_built"] = t["changed"] - len(regen)
    with open(summary, "w") as f:
        json.dump(s, f, indent=1)
    for r in regen:
        print("regenerated by the build (%d pragmas not compiled): %s" % (r["parallel"], r["file"]))
    return 0


def db_files(db_path):
    """The C files of a compilation database, each with its first entry
    (the entry parc -p uses)."""
    with open(db_path) as f:
        db = json.load(f)
    seen = {}
    for e in db:
        path = os.path.realpath(os.path.join(e["directory"], e["file"]))
        if path.endswith(".c") and path not in seen and os.path.isfile(path):
            seen[path] = e
    return seen


def timed(cmd, **kw):
    """Runs cmd; returns (exit status, wall seconds, CPU seconds of the
    children: user + system)."""
    import resource
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    p = subprocess.run(cmd, **kw)
    wall = time.monotonic() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    return p.returncode, wall, cpu


def syntax_time(db_path, clang, out):
    """clang -fsyntax-only over the files parc -p processes (one at a
    time, each with its compile command less -c/-o): writes wall and CPU
    seconds and the files clang rejects as JSON to out."""
    files = db_files(db_path)
    res = {"files": len(files), "failed": [], "wall": 0.0, "cpu": 0.0}
    for path, e in sorted(files.items()):
        args = entry_args(e)
        cmd = [clang]
        i = 1
        while i < len(args):
            a = args[i]
            if a == "-o":
                i += 2
                continue
            if a != "-c" and not a.startswith("-o"):
                cmd.append(a)
            i += 1
        cmd += ["-fsyntax-only", "-Qunused-arguments", "-Wno-unknown-warning-option"]
        rc, wall, cpu = timed(cmd, cwd=e["directory"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
        res["wall"] += wall
        res["cpu"] += cpu
        if rc != 0:
            res["failed"].append(path)
    res["wall"] = round(res["wall"], 2)
    res["cpu"] = round(res["cpu"], 2)
    with open(out, "w") as f:
        json.dump(res, f, indent=1)
    print("clang -fsyntax-only: %d files (%d rejected), %.2f s wall, %.2f s CPU"
          % (res["files"], len(res["failed"]), res["wall"], res["cpu"]))
    return 0


def time_cmd(cmd, out):
    """Runs cmd (its output to stdout) and writes its wall and CPU seconds
    as JSON to out; returns its exit status."""
    rc, wall, cpu = timed(cmd)
    with open(out, "w") as f:
        json.dump({"rc": rc, "wall": round(wall, 2), "cpu": round(cpu, 2)}, f)
    print("%s: exit %d, %.2f s wall, %.2f s CPU" % (" ".join(cmd), rc, wall, cpu))
    return rc


def examples(summary, n, out):
    """Up to n parallelized loops of the rewritten files (each with its
    pragma and loop header) as Markdown to out."""
    with open(summary) as f:
        s = json.load(f)
    lines = []
    for r in s["files"]:
        if not r.get("changed") or len(lines) >= n:
            continue
        with open(r["file"], encoding="utf-8", errors="replace") as f:
            text = f.read().splitlines()
        for i, line in enumerate(text):
            if len(lines) >= n:
                break
            if PRAGMA_LINE.match(line) or INLINE_PRAGMA.search(line):
                k = i + 1
                while k < len(text) and text[k].lstrip().startswith("#"):
                    k += 1
                loop = text[k].strip() if k < len(text) and PRAGMA_LINE.match(line) else line.strip()
                lines.append((r["file"], line.strip(), loop))
    with open(out, "w") as f:
        for path, pragma, loop in lines:
            f.write("%s\t%s\t%s\n" % (path, pragma, loop))
    return 0


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--time":
        # transform.py --time OUT.json -- CMD...
        return time_cmd(sys.argv[4:], sys.argv[2])
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", metavar="SUMMARY",
                    help="after the rebuild: find rewritten files the build regenerated")
    ap.add_argument("--parc")
    ap.add_argument("--db")
    ap.add_argument("--root")
    ap.add_argument("--reports")
    ap.add_argument("--summary")
    ap.add_argument("-j", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--syntax-time", metavar="DB",
                    help="time CLANG -fsyntax-only over the C files of compile_commands.json DB")
    ap.add_argument("--clang", default="clang-19")
    ap.add_argument("--examples", metavar="SUMMARY",
                    help="list parallelized loops of the rewritten files")
    ap.add_argument("-n", type=int, default=5)
    ap.add_argument("--out")
    a = ap.parse_args()
    if a.syntax_time:
        return syntax_time(a.syntax_time, a.clang, a.out)
    if a.examples:
        return examples(a.examples, a.n, a.out)
    if a.check:
        return check(a.check)
    if not (a.parc and a.db and a.root and a.reports and a.summary):
        ap.error("--parc, --db, --root, --reports and --summary are needed")
    root = os.path.realpath(a.root) + os.sep
    with open(a.db) as f:
        db = json.load(f)
    files = {}
    for e in db:
        directory = e["directory"]
        path = os.path.realpath(os.path.join(directory, e["file"]))
        if not path.endswith(".c") or not path.startswith(root) or not os.path.isfile(path):
            continue
        args = entry_args(e)
        # Name the file as the command does: parc's #line directives use
        # that name, and so __FILE__ stays what the build had.
        spelled = e["file"]
        for arg in args[1:]:
            if arg.endswith(".c") and os.path.realpath(os.path.join(directory, arg)) == path:
                spelled = arg
                break
        cfg = (directory, parse_flags(args), spelled)
        cfgs = files.setdefault(path, [])
        if all(c[1] != cfg[1] for c in cfgs):
            cfgs.append(cfg)
    os.makedirs(a.reports, exist_ok=True)
    order = sorted(files)
    results = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, a.j)) as ex:
        futs = [ex.submit(process, a.parc, p, files[p], a.reports, i)
                for i, p in enumerate(order)]
        for fut in futs:
            results.append(fut.result())
    tot = {"files": len(results),
           "failed": sum(r["status"] == "failed" for r in results),
           "crashed": sum(r["status"] == "crash" for r in results),
           "anomalies": sum(r["status"] == "anomaly" for r in results),
           "loops": sum(r["loops"] for r in results),
           "parallel": sum(r["parallel"] for r in results),
           "dropped": sum(r["dropped"] for r in results),
           "changed": sum(r["changed"] for r in results),
           "multi_config": sum(r["configs"] > 1 for r in results)}
    reasons = {}
    for r in results:
        for k, v in r.get("reasons", {}).items():
            reasons[k] = reasons.get(k, 0) + v
    tot["serial_reasons"] = dict(sorted(reasons.items(), key=lambda kv: -kv[1]))
    decisions = {}
    for r in results:
        for k, v in r.get("decisions", {}).items():
            decisions[k] = decisions.get(k, 0) + v
    tot["decisions"] = decisions
    tot["skipped"] = decisions.get("skipped", 0)
    with open(a.summary, "w") as f:
        json.dump({"totals": tot, "files": results}, f, indent=1)
    rel = lambda p: p[len(root):]
    print("parc: %(files)d files (%(failed)d failed, %(crashed)d crashed, "
          "%(anomalies)d anomalies), %(loops)d loops, %(parallel)d parallelized"
          % tot + (" (%d more dropped: configurations disagree)" % tot["dropped"]
                   if tot["dropped"] else ""))
    print("parc: loop decisions: " + ", ".join("%s %d" % kv for kv in sorted(decisions.items())))
    print("parc: first reason of serial loops: " +
          ", ".join("%s %d" % kv for kv in tot["serial_reasons"].items()))
    for r in results:
        if r["status"] != "ok":
            print("  %s %s: %s" % (r["status"].upper(), rel(r["file"]), r.get("reason", "")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
