#!/usr/bin/env python3
"""User control and CI checks: #pragma parc (label, independent, serial),
--spec files (each choice, unknown labels, malformed JSON), --check with
--baseline, and --sarif output, which is validated against the SARIF 2.1.0
object model (the sarif-pydantic package) when it is installed, and always
against the structure code scanning needs.

    python3 tests/control/run.py --parc build/parc
"""
import argparse
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

SRC = """#include <stdio.h>
#define N 4000
static int a[N], b[N], perm[N];

static void kernels(int n)
{
#pragma parc label(fill)
    for (int i = 0; i < n; i++)
        a[i] = i % 7;
#pragma parc serial
    for (int i = 0; i < n; i++)
        b[i] = a[i] + 1;
#pragma parc independent
    for (int i = 0; i < n; i++)
        b[perm[i]] = a[i] * 2;
#pragma parc label(scan)
    for (int i = 1; i < n; i++)
        a[i] += a[i - 1];
    for (int i = 0; i < 64; i++)
        for (int j = 0; j < 64; j++)
            for (int k = 0; k < 4; k++)
                b[i * 64 + j] += k;
}

int main(void)
{
    for (int i = 0; i < N; i++)
        perm[i] = (i * 7) % N;
    kernels(N);
    long s = 0;
    for (int i = 0; i < N; i++)
        s = s * 3 + a[i] + b[i];
    printf("checksum %ld\\n", s);
    return 0;
}
"""

failures, checks = [], []


def check(name, cond, detail=""):
    checks.append(name)
    print(("PASS" if cond else "FAIL") + " control." + name + ("" if cond else " " + str(detail)[:600]))
    if not cond:
        failures.append(name)


def pragma_above(text, loop_line_text, nth=0):
    lines = versioning.unversion(text)[0].split("\n")
    idx = [i for i, l in enumerate(lines) if l.strip() == loop_line_text][nth]
    j = idx - 1
    while j >= 0 and lines[j].lstrip().startswith("#line"):
        j -= 1
    return lines[j].strip() if j >= 0 else ""


def sarif_schema():
    """The official SARIF 2.1.0 JSON schema, when PARC_SARIF_SCHEMA names
    it (.ci/run takes it from the sarif-om package on PyPI), and the
    jsonschema module to apply it; else None."""
    path = os.environ.get("PARC_SARIF_SCHEMA")
    if not path:
        return None
    import jsonschema
    with open(path) as f:
        schema = json.load(f)
    return jsonschema.validators.validator_for(schema)(schema)


def schema_problems(doc):
    v = sarif_schema()
    if v is None:
        return []
    return ["schema: %s at %s" % (e.message[:200], "/".join(map(str, e.absolute_path)))
            for e in v.iter_errors(doc)]


def validate_sarif(doc):
    """The structure GitHub code scanning reads, plus the object model."""
    problems = []
    if doc.get("version") != "2.1.0" or not isinstance(doc.get("runs"), list):
        problems.append("version/runs")
    for run in doc.get("runs", []):
        drv = run.get("tool", {}).get("driver", {})
        if not drv.get("name"):
            problems.append("driver name")
        rules = {r.get("id") for r in drv.get("rules", [])}
        for r in run.get("results", []):
            if r.get("level") not in ("note", "warning", "error"):
                problems.append("level")
            if r.get("ruleId") not in rules:
                problems.append("rule %r not declared" % r.get("ruleId"))
            if not r.get("message", {}).get("text"):
                problems.append("message")
            loc = r.get("locations", [{}])[0].get("physicalLocation", {})
            if not loc.get("artifactLocation", {}).get("uri") or \
                    loc.get("region", {}).get("startLine", 0) < 1:
                problems.append("location")
    problems += schema_problems(doc)
    try:
        from sarif_pydantic import Sarif
    except ImportError:
        return problems, False
    try:
        Sarif.model_validate(doc)
    except Exception as e:  # validation error from the object model
        problems.append("object model: %s" % e)
    return problems, True


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--parc", required=True)
    parc = os.path.abspath(ap.parse_args().parc)
    w = tempfile.mkdtemp(prefix="parc-control.")

    def run(*args):
        return subprocess.run([parc] + list(args), cwd=w, capture_output=True, text=True,
                              timeout=120)

    def write(name, text):
        with open(os.path.join(w, name), "w") as f:
            f.write(text)

    try:
        write("k.c", SRC)
        p = run("k.c", "-o", "out.c", "--report=r.json", "--remarks")
        out = open(os.path.join(w, "out.c")).read() if p.returncode == 0 else ""
        check("pragmas-run", p.returncode == 0, p.stderr)
        check("label-loop-parallel",
              pragma_above(out, "for (int i = 0; i < n; i++)", 0).startswith("#pragma omp parallel for"))
        check("serial-pragma-respected",
              pragma_above(out, "for (int i = 0; i < n; i++)", 1) == "#pragma parc serial")
        check("independent-parallelized",
              pragma_above(out, "for (int i = 0; i < n; i++)", 2).startswith("#pragma omp parallel for"))
        check("independent-warning", re.search(r"k\.c:14:5: warning: loop parallelized on the "
                                               r"user's assertion", p.stderr), p.stderr)
        rep = json.load(open(os.path.join(w, "r.json")))
        labels = {l.get("label"): l for l in rep["loops"] if l.get("label")}
        check("report-labels", set(labels) == {"fill", "scan"} and
              labels["scan"]["decision"] == "serial", labels)
        kinds = [r["kind"] for l in rep["loops"] for r in l["reasons"]]
        check("report-user-kinds", "user-serial" in kinds and "user-asserted" in kinds, kinds)
        # The transformed program still computes the same.
        ok = subprocess.run(["gcc", "-O2", "-fopenmp", "-w", "out.c", "-o", "par"] +
                            rtlib.link(rtlib.build("gcc", w)), cwd=w).returncode == 0
        ok = ok and subprocess.run(["gcc", "-O2", "-w", "k.c", "-o", "seq"], cwd=w).returncode == 0
        same = ok and subprocess.run(["./par"], cwd=w, capture_output=True).stdout == \
            subprocess.run(["./seq"], cwd=w, capture_output=True).stdout
        check("asserted-output-same", same)

        # Spec: choices by label and by function:line.
        write("spec.json", json.dumps({"loops": {
            "fill": {"mode": "parallel", "threads": 2, "schedule": "dynamic"},
            "kernels:19": {"collapse": 2}}}))
        p = run("k.c", "-o", "o2.c", "--spec=spec.json")
        o2 = open(os.path.join(w, "o2.c")).read() if p.returncode == 0 else ""
        check("spec-threads-schedule", "num_threads(2) schedule(dynamic)" in
              pragma_above(o2, "for (int i = 0; i < n; i++)", 0), p.stderr)
        check("spec-collapse", "collapse(2)" in pragma_above(o2, "for (int i = 0; i < 64; i++)"),
              pragma_above(o2, "for (int i = 0; i < 64; i++)"))
        write("s2.json", '{"loops": {"fill": "serial"}}')
        p = run("k.c", "-o", "o3.c", "--spec=s2.json")
        o3 = open(os.path.join(w, "o3.c")).read() if p.returncode == 0 else ""
        check("spec-serial", not pragma_above(o3, "for (int i = 0; i < n; i++)", 0).startswith("#pragma omp"))
        write("s3.json", '{"loops": {\n  "scan": "parallel"\n}}')
        p = run("k.c", "-o", "o4.c", "--spec=s3.json")
        check("spec-insist-fails", p.returncode == 1 and re.search(
            r"k\.c:17:5: error: the spec asks for this loop to be parallel, but parc cannot "
            r"prove it: flow dependence on 'a'", p.stderr) and not os.path.exists(os.path.join(w, "o4.c")),
            p.stderr)
        write("s4.json", '{"loops": {\n  "fill": "serial",\n  "nosuch": "serial"\n}}')
        p = run("k.c", "-o", "o5.c", "--spec=s4.json")
        check("spec-unknown-label", p.returncode == 1 and
              "s4.json:3:3: error: no loop is labelled or located 'nosuch'" in p.stderr, p.stderr)
        write("s5.json", '{"loops": {\n  "fill": {"speed": 3}\n}}')
        p = run("k.c", "-o", "o6.c", "--spec=s5.json")
        check("spec-unknown-key", p.returncode == 1 and
              re.search(r"s5\.json:2:12: error: unknown or invalid choice 'speed'", p.stderr), p.stderr)
        write("s6.json", '{"loops": {\n  "fill": "serial",,\n}}')
        p = run("k.c", "-o", "o7.c", "--spec=s6.json")
        check("spec-malformed", p.returncode == 1 and re.search(r"s6\.json:2:\d+: error: malformed JSON",
                                                               p.stderr), p.stderr)

        # --check: exit codes, baseline regressions, SARIF.
        p = run("--check", "k.c", "--report=base.json")
        check("check-clean", p.returncode == 0 and not os.path.exists(os.path.join(w, "k.c.out")), p.stderr)
        worse = SRC.replace("        a[i] = i % 7;", "        a[i] = i % 7 + a[i > 0 ? i - 1 : 0];")
        write("k.c", worse)
        p = run("--check", "k.c", "--baseline=base.json", "--sarif=out.sarif")
        check("check-regression", p.returncode == 1 and
              "error: this loop was parallel in the baseline" in p.stderr, p.stderr)
        doc = json.load(open(os.path.join(w, "out.sarif")))
        levels = [r["level"] for r in doc["runs"][0]["results"]]
        check("sarif-levels", "error" in levels and "note" in levels, levels)
        problems, model = validate_sarif(doc)
        check("sarif-valid", not problems, problems)
        print("note: SARIF object-model validation %s" % ("ran" if model else
              "skipped (pip install sarif-pydantic to run it)"))
        if sarif_schema() is not None:
            # The schema must be able to fail: a level SARIF does not have.
            bad = json.loads(json.dumps(doc))
            bad["runs"][0]["results"][0]["level"] = "fatal"
            check("sarif-schema-rejects", schema_problems(bad) != [], "accepted")
            print("note: SARIF JSON-schema validation ran (%s)" % os.environ["PARC_SARIF_SCHEMA"])
        else:
            check("sarif-schema-required", not os.environ.get("PARC_REQUIRE_SARIF_SCHEMA"),
                  "PARC_REQUIRE_SARIF_SCHEMA is set but PARC_SARIF_SCHEMA is not")
            print("note: SARIF JSON-schema validation skipped (set PARC_SARIF_SCHEMA)")
        write("broken.c", "int f( {\n")
        p = run("--check", "k.c", "broken.c")
        check("check-parse-failure", p.returncode == 1 and "broken.c:1" in p.stderr, p.stderr)
        write("k.c", SRC)
        write("s3.json", '{"loops": {"scan": "parallel"}}')
        p = run("--check", "k.c", "--spec=s3.json")
        check("check-insist", p.returncode == 1, p.stderr)
        p = run("k.c", "--baseline=base.json", "-o", "x.c")
        check("baseline-needs-check", p.returncode == 2, p.stderr)
    finally:
        shutil.rmtree(w)
    print("%d passed, %d failed" % (len(checks) - len(failures), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
