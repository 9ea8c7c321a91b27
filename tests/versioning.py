"""versioning.py - reading parc's versioned loops back, for the harnesses.

A loop whose parallel run depends on a run-time guard is written as

    #ifdef _OPENMP
        if (GUARD) {
        #pragma omp parallel for ...
    #line N "file"
        <a copy of the loop>
        } else
    #endif
    #line N "file"
        <the user's loop, unchanged>

unversion() turns that back into the plain form ("#pragma ... if(parallel:
GUARD)" followed by "#line N" and the user's loop), so that checks written
for pragmas above loops apply unchanged, and reports every block whose copy
is not exactly the loop that follows it.
"""
import re

IF_RE = re.compile(r"^(\s*)if \((.*)\) \{\r?$")
PRAGMA_RE = re.compile(r"^\s*#pragma omp ")
LINE_RE = re.compile(r'^#line (\d+) ')
ELSE_RE = re.compile(r"^\s*\} else\r?$")


def unversion(text):
    """Returns (plain text, problems, number of versioned loops)."""
    lines = text.split("\n")
    out, problems, count = [], [], 0
    i = 0
    while i < len(lines):
        l = lines[i]
        if (l.rstrip("\r") == "#ifdef _OPENMP" and i + 3 < len(lines) and IF_RE.match(lines[i + 1])
                and PRAGMA_RE.match(lines[i + 2]) and LINE_RE.match(lines[i + 3])):
            m = IF_RE.match(lines[i + 1])
            n = LINE_RE.match(lines[i + 3]).group(1)
            k = i + 4
            while k + 2 < len(lines) and not (ELSE_RE.match(lines[k]) and
                                               lines[k + 1].rstrip("\r") == "#endif"):
                k += 1
            if k + 2 >= len(lines) or LINE_RE.match(lines[k + 2]) is None or \
                    LINE_RE.match(lines[k + 2]).group(1) != n:
                problems.append("versioned loop at line %s: no '} else', '#endif', '#line %s' "
                                "after the copy" % (n, n))
                out.append(l)
                i += 1
                continue
            copy = lines[i + 4:k]
            orig = lines[k + 3:k + 3 + len(copy)]
            # the copy ends at the loop's ';' or '}': its last line may be
            # the start of the user's line (a comment, more code after it)
            same = len(copy) == len(orig) and copy[:-1] == orig[:-1] and \
                (not copy or orig[-1].startswith(copy[-1].rstrip("\r")))
            if not same:
                problems.append("versioned loop at line %s: the copy differs from the loop" % n)
            pragma = lines[i + 2].rstrip("\r")
            out.append("%s if(parallel: %s)" % (pragma, m.group(2)))
            count += 1
            i = k + 2          # continue at the "#line N" before the loop
            continue
        out.append(l)
        i += 1
    return "\n".join(out), problems, count
