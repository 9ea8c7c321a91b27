#!/usr/bin/env python3
"""Unit tests of the regions --target=cuda copies (isl, parc_deps_region),
of what a kernel must not take, and of the grid a nest maps to.

Each case is a function with one parallel loop.  parc's report gives, per
array, the first subscripts lo..hi the loop reaches (C text) and the bytes
copied each way.  The test checks the region text exactly, and evaluates
bytes_in and bytes_out with the C compiler for given values of the
parameters, against the count done by hand.  Cases whose region cannot be
bounded must be kept on the CPU with the reason "unbounded-region".

Usage: regions.py --parc PATH [--cc gcc]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

# name: (source, values of the parameters, {array: (lo, hi)},
#        bytes_in, bytes_out), or (source, None, reason kind).
CASES = {
    # The example: a[i+1][j-1] over 1 <= i < n-1 reaches rows
    # 2 .. n-1; rows of 64 doubles.
    "stencil-shifted": ("""
void f(int n, double (*restrict a)[64], double (*restrict b)[64])
{
    for (int i = 1; i < n - 1; i++)
        for (int j = 1; j < 63; j++)
            b[i][j] = a[i + 1][j - 1];
}""", {"n": 10}, {"a": ("2LL", "(long long)n - 1LL"), "b": ("1LL", "(long long)n - 2LL")},
        (8 * 64 * 8) + (8 * 64 * 8), 8 * 64 * 8),
    "vector": ("""
void f(long n, float *restrict y, const float *restrict x)
{
    for (long i = 0; i < n; i++)
        y[i] = 2.0f * x[i];
}""", {"n": 1000}, {"x": ("0LL", "(long long)n - 1LL"), "y": ("0LL", "(long long)n - 1LL")},
        2 * 1000 * 4, 1000 * 4),
    "strided": ("""
void f(int n, double *restrict y, const double *restrict x)
{
    for (int i = 0; i < n; i++)
        y[i] = x[2 * i] + x[2 * i + 1];
}""", {"n": 50}, {"x": ("0LL", "2LL * n - 1LL"), "y": ("0LL", "(long long)n - 1LL")},
        100 * 8 + 50 * 8, 50 * 8),
    "downward": ("""
void f(int n, double *restrict y, const double *restrict x)
{
    for (int i = n - 1; i >= 0; i--)
        y[i] = x[i + 1];
}""", {"n": 20}, {"x": ("1LL", "(long long)n"), "y": ("0LL", "(long long)n - 1LL")},
        20 * 8 + 20 * 8, 20 * 8),
    "offset": ("""
void f(int n, int k, int *restrict y, const int *restrict x)
{
    for (int i = 0; i < n; i++)
        y[i] = x[i + k] - x[i + k + 2];
}""", {"n": 30, "k": 5}, {"x": ("(long long)k", "(long long)k + (long long)n + 1LL"),
                          "y": ("0LL", "(long long)n - 1LL")},
        32 * 4 + 30 * 4, 30 * 4),
    "triangular": ("""
double T[100][100];
void f(int n, const double *restrict a)
{
    for (int i = 0; i < n; i++)
        for (int j = 0; j <= i; j++)
            T[i][j] = a[j] * i;
}""", {"n": 40}, {"T": ("0LL", "(long long)n - 1LL"), "a": ("0LL", "(long long)n - 1LL")},
        40 * 800 + 40 * 8, 40 * 800),
    "global-rows": ("""
#define R 300
#define C 200
static int A[R][C], B[R][C];
void f(void)
{
    for (int i = 1; i < R - 1; i++)
        for (int j = 0; j < C; j++)
            A[i][j] = B[i - 1][j] + B[i + 1][j];
}""", {}, {"A": ("1LL", "298LL"), "B": ("0LL", "299LL")},
        298 * 800 + 300 * 800, 298 * 800),
    "indirect": ("""
void f(int n, double *restrict y, const double *restrict x, const int *idx)
{
    for (int i = 0; i < n; i++)
        y[i] = x[idx[i]];
}""", None, "unbounded-region"),
    # Linearized rows: the column part stays in [0, m), so the rows of
    # length m that the row part reaches are the region.
    "linearized": ("""
void f(int n, int m, double *restrict y, const double *restrict x)
{
    for (int i = 0; i < n; i++)
        for (int j = 0; j < m; j++)
            y[i * m + j] = x[i * m + j];
}""", {"n": 6, "m": 10},
        {"x": ("(0LL) * (long long)m", "((long long)n - 1LL) * (long long)m + (long long)m - 1LL"),
         "y": ("(0LL) * (long long)m", "((long long)n - 1LL) * (long long)m + (long long)m - 1LL")},
        2 * 60 * 8, 60 * 8),
    "linearized-shifted": ("""
void f(int n, int m, float *restrict y, const float *restrict x)
{
    for (int i = 1; i < n - 1; i++)
        for (int j = 0; j < m; j++)
            y[i * m + j] = x[(i - 1) * m + j] + x[(i + 1) * m + j];
}""", {"n": 8, "m": 5},
        {"x": ("(0LL) * (long long)m", "((long long)n - 1LL) * (long long)m + (long long)m - 1LL"),
         "y": ("(1LL) * (long long)m", "((long long)n - 2LL) * (long long)m + (long long)m - 1LL")},
        8 * 5 * 4 + 6 * 5 * 4, 6 * 5 * 4),
    # The column part can reach m: rows do not bound it.
    "linearized-overlapping": ("""
void f(int n, int m, double *restrict y, const double *restrict x)
{
    for (int i = 0; i < n; i++)
        for (int j = 0; j < m; j++)
            y[i * m + j] = x[i * m + j + 1];
}""", None, "unbounded-region"),
    # Names and addresses the kernel must not take.
    "macro-defined-later": ("""
enum { K = 3 };
void f(int n, int *restrict y, const int *restrict x)
{
    for (int i = 0; i < n; i++)
        y[i] = x[i] * K;
}
#define K 7
""", None, "not-offloadable"),
    "address-as-number": ("""
void f(int n, unsigned long *restrict y, const double *restrict x)
{
    for (int i = 0; i < n; i++)
        y[i] = (unsigned long)&x[i] % 64 + (unsigned long)x[i];
}""", None, "not-offloadable"),
    "address-equality": ("""
void f(int n, double *restrict y, const double *restrict x, const double *restrict z)
{
    for (int i = 0; i < n; i++)
        y[i] = x + i == z ? z[0] : x[i];
}""", None, "not-offloadable"),
}

# How iterations map to threads: a 2-D grid only when the inner loop is
# parallel too and its bounds stay put.
GRIDS = {
    "rectangular": ("""
void f(int n, double (*restrict a)[64], double (*restrict b)[64])
{
    for (int i = 0; i < n; i++)
        for (int j = 0; j < 64; j++)
            a[i][j] = 2.0 * b[i][j];
}""", "2-D"),
    "inner-recurrence": ("""
void f(int n, double (*restrict a)[64], double (*restrict b)[64])
{
    for (int i = 0; i < n; i++)
        for (int j = 1; j < 64; j++)
            a[i][j] = a[i][j - 1] + b[i][j];
}""", "1-D"),
    "triangular": ("""
void f(int n, double (*restrict a)[64], double (*restrict b)[64])
{
    for (int i = 0; i < n; i++)
        for (int j = 0; j <= i; j++)
            a[i][j] = 2.0 * b[i][j];
}""", "1-D"),
}


def grid(parc, name, src_text, want, tmp):
    src = os.path.join(tmp, "grid_" + name + ".c")
    with open(src, "w") as f:
        f.write(src_text)
    rep = src + ".json"
    p = subprocess.run([parc, "--target=cuda", "--min-work=0", src, "-o", src + ".out.c",
                        "--report=" + rep], capture_output=True, text=True)
    if p.returncode:
        return ["parc failed: " + p.stderr]
    got = [l.get("grid", "") for l in json.load(open(rep))["loops"] if l.get("target") == "cuda"]
    if len(got) != 1 or not got[0].startswith(want):
        return ["want one %s kernel, got %s" % (want, got)]
    return []


def run(parc, cc, name, case, tmp):
    src = os.path.join(tmp, name + ".c")
    with open(src, "w") as f:
        f.write(case[0])
    rep = os.path.join(tmp, name + ".json")
    p = subprocess.run([parc, "--target=cuda", "--min-work=0", src, "-o",
                        os.path.join(tmp, name + ".out.c"), "--report=" + rep],
                       capture_output=True, text=True)
    if p.returncode:
        return ["parc failed: " + p.stderr]
    loops = [l for l in json.load(open(rep))["loops"] if l["decision"] == "parallel"]
    if len(loops) != 1:
        return ["want one parallel loop, got %d" % len(loops)]
    l = loops[0]
    if case[1] is None:
        kinds = [r["kind"] for r in l["reasons"]]
        if l.get("target") == "cuda" or case[2] not in kinds:
            return ["want CPU with %s, got target %s, reasons %s"
                    % (case[2], l.get("target"), kinds)]
        return []
    values, regions, want_in, want_out = case[1], case[2], case[3], case[4]
    errs = []
    if l.get("target") != "cuda":
        return ["not offloaded: %s" % [r["message"] for r in l["reasons"]]]
    got = {r["array"]: (r["lo"], r["hi"]) for r in l["regions"]}
    if got != regions:
        errs.append("regions: want %s, got %s" % (regions, got))
    # Evaluate the byte formulas in C, with the arrays declared as in the
    # function (their element sizes matter) and the parameters set.
    decls = case[0].split("{", 1)[0].split("(", 1)[1].rsplit(")", 1)[0] if "(void)" not in case[0] \
        else ""
    body = ["#include <stdio.h>"]
    body += [line for line in case[0].splitlines()
             if line.startswith(("#define", "double T", "static int"))]
    body.append("int main(void) {")
    for d in [d.strip() for d in decls.split(",") if d.strip()]:
        d = d.replace("restrict", "").replace("const", "")
        var = d.replace("(", " ").replace(")", " ").replace("*", " ").replace("[", " ").split()
        nm = [w for w in var if w not in ("double", "float", "int", "long")][0]
        init = " = %d" % values[nm] if nm in values else " = 0"
        body.append("  %s%s;" % (d, init if nm in values else ""))
    body.append('  printf("%%llu %%llu\\n", (unsigned long long)(%s), (unsigned long long)(%s));'
                % (l["bytes_in"], l["bytes_out"]))
    body.append("  return 0;\n}")
    prog = os.path.join(tmp, name + ".eval.c")
    with open(prog, "w") as f:
        f.write("\n".join(body) + "\n")
    exe = os.path.join(tmp, name + ".eval")
    c = subprocess.run([cc, "-w", prog, "-o", exe], capture_output=True, text=True)
    if c.returncode:
        return errs + ["formula does not compile: " + c.stderr[-600:]]
    out = subprocess.run([exe], capture_output=True, text=True).stdout.split()
    if [int(x) for x in out] != [want_in, want_out]:
        errs.append("bytes in/out: want %d/%d, got %s (%s | %s)"
                    % (want_in, want_out, out, l["bytes_in"], l["bytes_out"]))
    return errs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--parc", required=True)
    ap.add_argument("--cc", default="gcc")
    a = ap.parse_args()
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, case in CASES.items():
            errs = run(os.path.abspath(a.parc), a.cc, name, case, tmp)
            if errs:
                failed += 1
                print("FAIL region.%s" % name)
                for e in errs:
                    print("  " + e)
            else:
                print("ok   region.%s" % name)
        for name, (text, want) in GRIDS.items():
            errs = grid(os.path.abspath(a.parc), name, text, want, tmp)
            failed += bool(errs)
            print("%s grid.%s %s" % ("FAIL" if errs else "ok  ", name, "; ".join(errs)))
    print("%d cases, %d failed" % (len(CASES) + len(GRIDS), failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
