#!/usr/bin/env python3
"""Random, well-defined C programs for fuzzing parc.

    python3 tests/fuzz/gen.py SEED [-o FILE] [--disable FEATURE,...]

prints one deterministic C program (the same seed always gives the same
program).  The program uses global arrays of int, unsigned and double, a few
kernels (functions holding loop nests, or loops over pointer parameters),
small static helpers, and ends with `checksum %llu` over everything it
computed.

Well-definedness is by construction:
  * every subscript is proved in bounds by interval arithmetic over the loop
    ranges (affine subscripts), by `% DIM` (non-affine ones), or by an index
    array whose values are all below the smallest array dimension;
  * int and double array elements and int/double temporaries always hold
    integers of magnitude <= 1024: every store into them is wrapped
    (`% 1009`, `& 1023`, `fmod(.., 1009.0)`), and every expression is at most
    three terms of at most two factors, so nothing overflows and every double
    is exact (parallel reductions may reorder sums without changing them);
  * unsigned values may wrap; they enter int/double expressions as `& 1023u`;
  * every scalar is initialized where it is declared;
  * unsigned comparisons never see a negative bound, and downward unsigned
    loops never step below zero.
See README.md for what the programs contain.
"""
import argparse
import random
import re
import sys

UNSIGNED_T = ("unsigned", "size_t")
IDX_TYPES = ["int"] * 8 + ["long", "unsigned", "size_t"]
BUDGET = 150000          # most innermost iterations of one nest


class Aff:
    """const + sum(coef * var): a subscript or a loop bound."""

    def __init__(self, terms=None, const=0):
        self.terms = {v: c for v, c in (terms or {}).items() if c}
        self.const = const

    def add(self, k):
        return Aff(self.terms, self.const + k)

    def sub(self, o):
        t = dict(self.terms)
        for v, c in o.terms.items():
            t[v] = t.get(v, 0) - c
        return Aff(t, self.const - o.const)

    def varrange(self, box):
        lo = hi = 0
        for v, c in self.terms.items():
            a, b = box[v]
            if c > 0:
                lo += c * a
                hi += c * b
            else:
                lo += c * b
                hi += c * a
        return lo, hi

    def range(self, box):
        lo, hi = self.varrange(box)
        return lo + self.const, hi + self.const

    def key(self):
        return (tuple(sorted(self.terms.items())), self.const)

    def render(self, wrap32=False):
        if wrap32 and self.const < 0:
            # i - 1 written i + 4294967295u: the same value in 32-bit
            # unsigned arithmetic (only when every variable is 32 bits wide)
            t = Aff(self.terms, 0).render() if self.terms else ""
            return (t + " + " if t else "") + "%du" % (2 ** 32 + self.const)
        # Positive parts first: no partial sum is ever below the final value,
        # so unsigned index arithmetic never wraps on the way.
        pos, neg = [], []
        for v in sorted(self.terms):
            c = self.terms[v]
            (pos if c > 0 else neg).append((v, abs(c)))
        if self.const > 0:
            pos.append((None, self.const))
        elif self.const < 0:
            neg.append((None, -self.const))

        def one(v, c):
            if v is None:
                return str(c)
            return v if c == 1 else "%d * %s" % (c, v)
        if not pos and not neg:
            return "0"
        if pos:
            s = " + ".join(one(v, c) for v, c in pos)
        else:
            v, c = neg.pop(0)
            s = "-" + one(v, c)
        for v, c in neg:
            s += " - " + one(v, c)
        return s


class Array:
    def __init__(self, name, ty, dims, role="data"):
        self.name, self.ty, self.dims, self.role = name, ty, dims, role
        self.idxmax = None            # for role == "idx": all values below this
        self.bases = {name}           # the arrays a view may point into
        self.row = None               # for a view into a row of a 2-D array
        self.alts = []


class Loop:
    def __init__(self, var, ctype, lo, hi, step, down, cmp, decl_inside):
        self.var, self.ctype, self.lo, self.hi = var, ctype, lo, hi
        self.step, self.down, self.cmp, self.decl_inside = step, down, cmp, decl_inside
        self.wrap = False             # for (unsigned i = H; i != (unsigned)-1; i--)

    def bound(self):
        if not self.down:
            return self.hi if self.cmp == "<=" else self.hi.add(1)
        return self.lo if self.cmp == ">=" else self.lo.add(-1)

    def header(self, rnd):
        v = self.var
        init = self.hi if self.down else self.lo
        s = self.step
        if self.down:
            inc = rnd.choice(["%s--" % v, "--%s" % v, "%s -= 1" % v]) if s == 1 else "%s -= %d" % (v, s)
        else:
            inc = rnd.choice(["%s++" % v, "%s++" % v, "++%s" % v, "%s += 1" % v]) if s == 1 else "%s += %d" % (v, s)
        decl = self.ctype + " " if self.decl_inside else ""
        b = self.bound().render()
        if self.wrap:
            b = rnd.choice(["(%s)-1" % self.ctype, "(%s)-1" % self.ctype] +
                           (["4294967295u", "0u - 1u", "~0u"] if self.ctype == "unsigned" else ["~(size_t)0"]))
        return "for (%s%s = %s; %s %s %s; %s)" % (decl, v, init.render(), v, self.cmp, b, inc)


class Scope:
    """What a statement can see: loop variables with their value ranges, the
    temporaries assigned earlier in this iteration, the block-local ones."""

    def __init__(self, box, types, loopvars, count, defined, depth, cond=False):
        self.box, self.types, self.loopvars = box, types, loopvars
        self.count = count            # most executions of this body per call
        self.defined = defined        # temps certainly written in this iteration
        self.depth = depth            # statement nesting (if) depth
        self.cond = cond              # not executed in every iteration of the outer loop
        self.steps = {}               # loop variable -> step
        self.loops = {}               # loop variable -> Loop
        self.declared = set()         # names declared in this block

    def child(self):
        c = Scope(self.box, self.types, self.loopvars, self.count, set(self.defined), self.depth + 1, True)
        c.steps = self.steps
        c.loops = self.loops
        return c

    def in_scope(self, v):
        """v: a loop variable, n, or a product 'n * i'."""
        return all(x == "n" or x in self.loopvars for x in v.split(" * "))


class Gen:
    def __init__(self, seed, disable=()):
        self.seed = seed
        self.off = set(disable)
        if "narrowacc" in self.off:
            self.off |= {"short", "unsigned short", "signed char", "unsigned char"}
        self.r = random.Random(seed)
        # Shapes added later draw from their own stream, so that the
        # programs of every seed stay what they were, plus the new parts.
        self.r_sweep = random.Random(seed * 1000003 + 17)
        self.arrays = []
        self.helpers = {}             # kind -> list of (name, info)
        self.helper_text = []
        self.kernel_text = []
        self.main_lines = []
        self.uses_gcount = False
        self.uses_hstate = False
        self.nhelper = 0
        self.clean = False
        self.stmt_hidden = False
        self.global_decls = []
        self.k_views, self.k_accs, self.k_reuse, self.k_tarrs = [], [], {}, []
        self.g_views = []
        self.nest_w, self.nest_read, self.nest_written = [], set(), set()

    # ---------------------------------------------------------------- utils
    def chance(self, p):
        return self.r.random() < p

    def on(self, feature):
        return feature not in self.off

    def pick(self, weights):
        """weights: dict item -> weight.  Items named in --disable get none."""
        items = [(k, 0 if k in self.off else w) for k, w in weights.items()]
        tot = sum(w for _, w in items)
        x = self.r.random() * tot
        for it, w in items:
            x -= w
            if x < 0:
                return it
        return items[-1][0]

    def const(self, ctx, lo=1, hi=15):
        c = self.r.randint(lo, hi)
        if ctx == "unsigned":
            return "%du" % c
        if ctx == "double":
            return "%d.0" % c
        return str(c)

    # --------------------------------------------------------------- arrays
    def make_arrays(self):
        r = self.r
        n1 = r.randint(3, 5)
        n2 = r.randint(1, 2)
        tys = ["int", "int", "unsigned", "double"]
        cnt = {}
        for _ in range(n1):
            ty = r.choice(tys)
            k = cnt.get((ty, 1), 0)
            cnt[(ty, 1)] = k + 1
            name = {"int": "ia", "unsigned": "ua", "double": "da"}[ty] + str(k)
            d = r.choice([64, 100, 128, 200, 256, 300, 400, 512, 640, 1024])
            self.arrays.append(Array(name, ty, [d]))
        for _ in range(n2):
            ty = r.choice(tys)
            k = cnt.get((ty, 2), 0)
            cnt[(ty, 2)] = k + 1
            name = {"int": "im", "unsigned": "um", "double": "dm"}[ty] + str(k)
            d0 = r.choice([64, 80, 96, 128, 160, 200, 256])
            d1 = d0 if self.chance(0.6) else r.choice([64, 80, 96, 128, 160, 200, 256])
            self.arrays.append(Array(name, ty, [d0, d1]))
        data = [a for a in self.arrays]
        idxmax = min(min(a.dims) for a in data)
        if self.chance(0.5):
            # doubles holding halves, read only by truncating int sums
            self.arrays.append(Array("dh0", "double", [r.choice([128, 256, 512, 1024])], role="half"))
        for k in range(r.randint(1, 2)):
            a = Array("ix%d" % k, "int", [r.choice([128, 256, 512, 1024])], role="idx")
            a.idxmax = idxmax
            a.perm = self.chance(0.5)
            self.arrays.append(a)

    def data_arrays(self, ty=None, ndim=None, local=True):
        """Arrays statements may read and write; with local, also the local
        pointer views of the current kernel (int *v0 = ia0 + 3)."""
        pool = self.arrays + self.g_views + (self.k_views if local else [])
        return [a for a in pool if a.role == "data" and (ty is None or a.ty == ty)
                and (ndim is None or len(a.dims) == ndim)]

    def half_arrays(self):
        return [a for a in self.arrays if a.role == "half"]

    def idx_arrays(self):
        return [a for a in self.arrays if a.role == "idx"]

    def init_text(self):
        r = self.r
        out = ["static void init(void)", "{"]
        for a in self.arrays:
            p, q, c, m = r.choice([3, 5, 7, 11, 13]), r.choice([1, 2, 3, 5]), r.randint(0, 9), r.choice([17, 19, 23, 29, 31])
            if a.role == "idx":
                d, k = a.dims[0], a.idxmax
                if a.perm:
                    # (i * P + c) % K: a permutation of each block of K values
                    P = r.choice([x for x in (3, 5, 7, 11, 13, 17) if k % x])
                    val = "(i * %d + %d) %% %d" % (P, c, k)
                else:
                    val = "(i * i + %d) %% %d" % (c, k)
                out.append("  for (int i = 0; i < %d; i++)" % d)
                out.append("    %s[i] = %s;" % (a.name, val))
                continue
            if a.role == "half":
                out.append("  for (int i = 0; i < %d; i++)" % a.dims[0])
                out.append("    %s[i] = (double)((i * %d + %d) %% %d) * 0.5;" % (a.name, p, c, m))
                continue
            if len(a.dims) == 1:
                expr = {"int": "(i * %d + %d) %% %d - %d" % (p, c, m, m // 3),
                        "unsigned": "(unsigned)(i * %d + %d) %% %du" % (p, c, m),
                        "double": "(double)((i * %d + %d) %% %d)" % (p, c, m)}[a.ty]
                out.append("  for (int i = 0; i < %d; i++)" % a.dims[0])
                out.append("    %s[i] = %s;" % (a.name, expr))
            else:
                expr = {"int": "(i * %d + j * %d + %d) %% %d - %d" % (p, q, c, m, m // 3),
                        "unsigned": "(unsigned)(i * %d + j * %d + %d) %% %du" % (p, q, c, m),
                        "double": "(double)((i * %d + j * %d + %d) %% %d)" % (p, q, c, m)}[a.ty]
                out.append("  for (int i = 0; i < %d; i++)" % a.dims[0])
                out.append("    for (int j = 0; j < %d; j++)" % a.dims[1])
                out.append("      %s[i][j] = %s;" % (a.name, expr))
        out.append("}")
        return out

    # ----------------------------------------------------------- conversions
    @staticmethod
    def conv(text, ty, ctx):
        """A value of type ty (int/unsigned/double, or an index type) as ctx."""
        if ty in ("long", "size_t"):
            if ctx == "int":
                return "(int)%s" % text
            if ctx == "unsigned":
                return "(unsigned)%s" % text
            return "(double)%s" % text
        if ty == ctx:
            return text
        if ty == "int":
            return "(unsigned)%s" % text if ctx == "unsigned" else "(double)%s" % text
        if ty == "unsigned":
            if ctx == "int":
                return "(int)(%s & 1023u)" % text
            return "(double)(%s & 1023u)" % text
        # double
        if ctx == "int":
            return "(int)%s" % text
        return "(unsigned)(int)%s" % text

    def store(self, e, ctx):
        """Wrap expression e (of type ctx) so the stored value stays small."""
        if ctx == "int":
            return self.r.choice(["(%s) %% 1009" % e, "(%s) %% 1009" % e, "(%s) & 1023" % e])
        if ctx == "double":
            return self.r.choice(["fmod(%s, 1009.0)" % e, "(double)((int)(%s) %% 1013)" % e])
        return self.r.choice([e, e, "(%s) & 65535u" % e, "(%s) * 2654435761u" % e])

    # ------------------------------------------------------------ subscripts
    def fit(self, subs, arr_dims, box):
        """Move the constant of each subscript into the window that keeps it
        in bounds; None when the variable part alone does not fit."""
        out = []
        for s, d in zip(subs, arr_dims):
            lo, hi = s.varrange(box)
            wlo, whi = -lo, d - 1 - hi
            if wlo > whi:
                return None
            c = min(max(s.const, wlo), whi)
            out.append(Aff(s.terms, c))
        return out

    def product_var(self, sc, a):
        """The pseudo variable 'n * a' (for a[n * i + j]), with its range."""
        v = "n * %s" % a
        nl, nh = sc.box["n"]
        al, ah = sc.box[a]
        sc.box[v] = (nl * al, nh * ah)
        sc.types[v] = sc.types[a] if sc.types[a] != "long" else "long"
        return v

    def lin_sub(self, d, sc):
        """W*i + j (+ c) with W about the span of j: a linearized 2-D
        subscript, exactly as wide as a row, or overlapping the next row."""
        r = self.r
        lv = sc.loopvars
        x, y = sorted(r.sample(range(len(lv)), 2))
        a, b = lv[x], lv[y]
        bl, bh = sc.box[b]
        if "n" in sc.box and self.chance(0.35):
            terms = {self.product_var(sc, a): 1, b: 1}
        else:
            terms = {a: max(1, bh - bl + 1 + self.pick({0: 4, 1: 2, 3: 1, -1: 1})), b: 1}
        s = Aff(terms, 0)
        lo, hi = s.varrange(sc.box)
        if hi - lo > d - 1:
            return None
        return Aff(terms, r.randint(-lo, d - 1 - hi))

    def fresh_sub(self, d, sc):
        r = self.r
        lv = sc.loopvars
        if len(lv) >= 2 and self.chance(0.12) and self.on("lin"):
            s = self.lin_sub(d, sc)
            if s is not None:
                return s
        nv = self.pick({0: 1, 1: 8, 2: 2}) if lv else 0
        terms = {}
        for v in r.sample(lv, min(nv, len(lv))):
            terms[v] = self.pick({1: 10, 2: 3, -1: 3, 3: 1, -2: 1})
        if "n" in sc.box and self.chance(0.05):
            terms["n"] = self.pick({1: 1, -1: 1})
        s = Aff(terms, 0)
        lo, hi = s.varrange(sc.box)
        if hi - lo > d - 1:
            return None
        return Aff(terms, r.randint(-lo, d - 1 - hi))

    def mutate(self, subs, sc):
        r = self.r
        subs = [Aff(s.terms, s.const) for s in subs]
        k = r.randrange(len(subs))
        m = self.pick({"off": 6, "swap": 2, "scale": 1, "var": 2, "same": 2})
        if m == "off":
            subs[k] = subs[k].add(r.choice([-2, -1, -1, 1, 1, 2]))
        elif m == "swap" and len(subs) == 2:
            subs = [subs[1], subs[0]]
        elif m == "scale":
            subs[k] = Aff({v: 2 * c for v, c in subs[k].terms.items()}, 2 * subs[k].const + r.randint(0, 1))
        elif m == "var" and subs[k].terms and len(sc.loopvars) > 1:
            v = r.choice(list(subs[k].terms))
            w = r.choice([x for x in sc.loopvars if x != v])
            t = dict(subs[k].terms)
            c = t.pop(v)
            t[w] = t.get(w, 0) + c
            subs[k] = Aff(t, subs[k].const)
        return subs

    def affine_subs(self, arr, sc):
        fams = self.nest_fams.setdefault(arr.name, [])
        usable = [f for f in fams if all(sc.in_scope(v) for s in f for v in s.terms)]
        for _ in range(10):
            if usable and self.chance(0.75):
                cand = self.mutate(self.r.choice(usable), sc)
            else:
                cand = [self.fresh_sub(d, sc) for d in arr.dims]
                if None in cand:
                    continue
            cand = self.fit(cand, arr.dims, sc.box)
            if cand is not None:
                fams.append(cand)
                return cand
        return [Aff({}, self.r.randrange(d)) for d in arr.dims]

    def read_pool(self):
        """Clean nests read only arrays they do not write."""
        return [a for a in self.data_arrays() if not (a.bases & self.nest_written)]

    def w_access(self, a, sc, read=False):
        """An access to a written array of a clean nest: one dimension is
        c*i + o for the outermost index i, the same in every write, so that
        iterations of i write disjoint elements.  Reads use the same
        dimension, or c*i + o + delta where delta is no multiple of c*step:
        an element no iteration writes."""
        r = self.r
        i = self.nest_outer
        if (a.name not in self.nest_wsub and len(a.dims) == 1 and len(sc.loopvars) >= 2 and self.chance(0.4)
                and self.on("lin")):
            # linearized: iteration i owns the block W*i + o + [jl, jl + W)
            j = sc.loopvars[1]
            jl, jh = sc.box[j]
            lj = sc.loops[j]
            sym = ("n" in sc.box and sc.box["n"][0] >= 1 and not lj.lo.terms and lj.lo.const >= 0
                   and list(lj.hi.terms.items()) == [("n", 1)] and lj.hi.const <= -1 and self.chance(0.6))
            if sym:
                terms, window = {self.product_var(sc, i): 1, j: 1}, None
            else:
                terms, window = {i: jh - jl + 1 + self.pick({0: 3, 1: 1, 4: 1}), j: 1}, (jl, jh)
            lo, hi = Aff(terms).varrange(sc.box)
            if hi - lo <= a.dims[0] - 1:
                s = Aff(terms, r.randint(-lo, a.dims[0] - 1 - hi))
                self.nest_wsub[a.name] = (0, s, (j, window))
        if a.name in self.nest_wsub and len(self.nest_wsub[a.name]) == 3:
            _, s, (j, window) = self.nest_wsub[a.name]
            # symbolic rows n*i + [0, n): only n*i + o itself is known to be inside
            wl, wh = window or (0, 0)
            if j in sc.loopvars:
                m = self.pick({"same": 4, "const": 1, "mirror": 1 if window else 0}) if read else "same"
                if m == "const":
                    s = Aff({v: c for v, c in s.terms.items() if v != j}, s.const + r.randint(wl, wh))
                elif m == "mirror":
                    t = dict(s.terms)
                    t[j] = -1
                    s = Aff(t, s.const + wl + wh)
            else:
                s = Aff({v: c for v, c in s.terms.items() if v != j}, s.const + r.randint(wl, wh))
            return a.name + "[%s]" % self.rsub(s, sc)
        if a.name not in self.nest_wsub:
            k = r.randrange(len(a.dims))
            for c in (self.pick({1: 5, 2: 3, -1: 2, 3: 1}), 1):
                s = Aff({i: c}, 0)
                lo, hi = s.varrange(sc.box)
                if hi - lo <= a.dims[k] - 1:
                    s = Aff({i: c}, r.randint(-lo, a.dims[k] - 1 - hi))
                    break
            else:
                s = Aff({i: 1}, 0)   # cannot happen: the loop range fits every hot array
            self.nest_wsub[a.name] = (k, s)
        k, s = self.nest_wsub[a.name]
        subs = self.affine_subs(a, sc)
        subs = list(subs)
        subs[k] = s
        if read and self.chance(0.6):
            c = abs(s.terms[i]) * sc.steps.get(i, 1)
            if c > 1:
                delta = r.choice([x for x in range(-c + 1, c) if x])
                t = s.add(delta)
                lo, hi = t.range(sc.box)
                if lo >= 0 and hi < a.dims[k]:
                    subs[k] = t
        return a.name + "".join("[%s]" % self.rsub(x, sc) for x in subs)

    def nonaffine_sub(self, d, sc):
        """A non-affine subscript of a dimension of size d, always in [0, d)."""
        r = self.r
        idx = [a for a in self.idx_arrays() if a.idxmax <= d]
        kinds = {"mod7": 3, "sq": 2, "div": 1, "min": 1, "mask": 1 if d >= 64 else 0,
                 "uchar": 1 if d >= 256 else 0}
        if idx:
            kinds["idx"] = 5
        if not sc.loopvars:
            kinds = {"idx": 1} if idx else {}
        if not kinds:
            return str(r.randrange(d))
        k = self.pick(kinds)
        if k == "idx":
            ia = r.choice(idx)
            s = self.affine_subs_nofam(ia, sc)
            return "%s[%s]" % (ia.name, s[0].render())
        v = r.choice(sc.loopvars)
        lo, hi = sc.box[v]
        if k == "mod7":
            return "(%s * %d + %d) %% %d" % (v, r.choice([3, 5, 7, 13]), r.randint(0, 9), d)
        if k == "sq":
            return "(%s * %s) %% %d" % (v, v, d)
        if k == "min":
            c = r.randint(0, min(d - 1, hi))
            return "(%s < %d ? %s : %d)" % (v, c, v, c)
        if k == "mask":
            return "(%s & 63)" % v
        if k == "uchar":
            # wraps at 256: iterations i and i + 256 meet
            return "(unsigned char)(%s + %d)" % (v, r.randint(0, 9))
        if hi // 2 < d:
            return "%s / 2" % v
        return "%s %% %d" % (v, d)

    def affine_subs_nofam(self, arr, sc):
        for _ in range(6):
            cand = [self.fresh_sub(d, sc) for d in arr.dims]
            if None not in cand:
                cand = self.fit(cand, arr.dims, sc.box)
                if cand:
                    return cand
        return [Aff({}, self.r.randrange(d)) for d in arr.dims]

    def rsub(self, aff, sc):
        wrap = (aff.const < 0 and all(sc.types.get(v) in ("int", "unsigned") for v in aff.terms)
                and self.chance(0.12) and self.on("wrap"))
        return aff.render(wrap)

    def access(self, arr, sc, affine_p=0.85):
        """Text of an element access arr[...][...] valid everywhere in sc."""
        if self.chance(affine_p):
            subs = self.affine_subs(arr, sc)
            return arr.name + "".join("[%s]" % self.rsub(s, sc) for s in subs)
        subs = self.affine_subs_nofam(arr, sc)
        k = self.r.randrange(len(arr.dims))
        parts = []
        for i, (s, d) in enumerate(zip(subs, arr.dims)):
            parts.append("[%s]" % (self.nonaffine_sub(d, sc) if i == k else self.rsub(s, sc)))
        return arr.name + "".join(parts)

    # --------------------------------------------------------------- helpers
    def helper(self, kind, **kw):
        """Name of a helper of this kind (created on first use)."""
        r = self.r
        lst = self.helpers.setdefault(kind, [])
        if lst and (kind in ("hidden", "count") or self.chance(0.7)):
            cands = [h for h in lst if all(h[1].get(k) == v for k, v in kw.items())]
            if cands:
                return r.choice(cands)
        name = "h%d" % self.nhelper
        self.nhelper += 1
        info = dict(kw)
        t = []
        if kind == "pure_i":
            a, b = r.randint(1, 7), r.randint(1, 7)
            if self.chance(0.3):
                t += ["static int %s(int x, int y)" % name, "{", "  int s = 0;",
                      "  for (int q = 0; q < 4; q++)", "    s += x * %d + q;" % a,
                      "  return (s + y * %d) %% 1009;" % b, "}"]
            else:
                t += ["static int %s(int x, int y)" % name, "{",
                      "  return (x * %d + y * %d + %d) %% 1009;" % (a, b, r.randint(0, 9)), "}"]
        elif kind == "pure_d":
            t += ["static double %s(double x)" % name, "{",
                  "  return fmod(x * %d.0 + %d.0, 1009.0);" % (r.randint(1, 5), r.randint(0, 9)), "}"]
        elif kind == "gread":
            g = r.choice(self.data_arrays(ndim=1, local=False))
            info["ty"] = g.ty
            info["arr"] = g.name
            t += ["static %s %s(int i)" % (g.ty, name), "{",
                  "  return %s[(unsigned)i %% %du];" % (g.name, g.dims[0]), "}"]
        elif kind == "pread":
            ty = kw["ty"]
            info["span"] = 2
            ctx_e = {"int": "(p[i] + 2 * p[i + 1]) % 1009",
                     "unsigned": "p[i] * 3u + p[i + 1]",
                     "double": "fmod(p[i] + 2.0 * p[i + 1], 1009.0)"}[ty]
            t += ["static %s %s(const %s *p, int i)" % (ty, name, ty), "{", "  return %s;" % ctx_e, "}"]
        elif kind == "hidden":
            self.uses_hstate = True
            t += ["static unsigned %s(unsigned x)" % name, "{",
                  "  hstate = hstate * 31u + x;", "  return hstate & 1023u;", "}"]
        elif kind == "set":
            ty, mode = kw["ty"], kw["mode"]
            w = {"int": "(%s) %% 1009", "unsigned": "%s", "double": "fmod(%s, 1009.0)"}[ty]
            one = {"int": "1", "unsigned": "1u", "double": "1.0"}[ty]
            body = {"plain": ["*p = v;"],
                    "update": ["*p = %s;" % (w % "*p + v")],
                    "pair": ["p[0] = v;", "p[1] = %s;" % (w % ("v + " + one))],
                    "shift": ["p[0] = %s;" % (w % "p[1] + v")],
                    "back": ["p[0] = %s;" % (w % "p[-1] + v")],
                    "loop3": ["for (int q = 0; q < 3; q++)", "  p[q] = %s;" % (w % ("v + (%s)q" % ty))]}[mode]
            t += ["static void %s(%s *p, %s v)" % (name, ty, ty), "{"] + ["  " + b for b in body] + ["}"]
        elif kind == "gwrite":
            w = r.choice(self.data_arrays(ndim=1, local=False))
            info["arr"] = w.name
            body = {"int": "%s[(unsigned)i %% %du] = v %% 1009;",
                    "unsigned": "%s[(unsigned)i %% %du] += (unsigned)v;",
                    "double": "%s[(unsigned)i %% %du] = (double)(v %% 1009);"}[w.ty] % (w.name, w.dims[0])
            t += ["static void %s(int i, int v)" % name, "{", "  " + body, "}"]
        elif kind == "count":
            self.uses_gcount = True
            t += ["static void %s(void)" % name, "{", "  gcount++;", "}"]
        self.helper_text.append(t)
        lst.append((name, info))
        return (name, info)

    # ----------------------------------------------------------- expressions
    def operand(self, ctx, sc, pure=False):
        r = self.r
        k = self.pick({"arr": 55, "var": 10 if sc.loopvars else 0, "temp": 10, "oldtemp": 1.5,
                       "inv": 3, "call": 8, "const": 10, "acc": 0.7})
        if k == "arr":
            if self.clean:
                if self.nest_w and self.chance(0.4):
                    a = r.choice(self.nest_w)
                    return self.conv(self.w_access(a, sc, read=True), a.ty, ctx)
                pool = self.read_pool()
            else:
                pool = self.nest_hot * 2 + self.data_arrays()
            if self.chance(0.1) or not pool:
                pool = self.idx_arrays()
            a = r.choice(pool)
            self.nest_read |= a.bases
            return self.conv(self.access(a, sc), a.ty, ctx)
        if k == "var":
            v = r.choice(sc.loopvars + (["n"] if "n" in sc.box and self.chance(0.2) else []))
            return self.conv(v, sc.types[v], ctx)
        if k == "temp":
            c = [t for t in sc.defined]
            if c:
                t = r.choice(sorted(c))
                return self.conv(t, self.k_types[t], ctx)
        if k == "oldtemp" and self.k_temps and not self.clean:
            # read a temp that may hold the previous iteration's value
            t = r.choice(self.k_temps)
            return self.conv(t, self.k_types[t], ctx)
        if k == "inv" and self.k_invariant:
            t = r.choice(self.k_invariant)
            return self.conv(t, self.k_types[t], ctx)
        if k == "acc" and self.k_accs and not self.clean:
            # reading an accumulator inside its loop: no longer a reduction
            t, ty = r.choice(self.k_accs)
            if ty in ("int", "unsigned", "double"):
                if ty == "int":
                    return self.conv("(%s & 1023)" % t, "int", ctx)
                if ty == "unsigned":
                    return self.conv(t, "unsigned", ctx)
        if k == "call":
            hk = self.pick({"pure_i": 4, "pure_d": 2, "gread": 0.5 if self.clean else 3,
                            "pread": 0.5 if self.clean else 3,
                            "hidden": 0 if pure or self.clean or self.stmt_hidden else 1})
            if hk == "pure_i":
                name, _ = self.helper("pure_i")
                return self.conv("%s(%s, %s)" % (name, self.operand("int", sc, True),
                                                  self.operand("int", sc, True)), "int", ctx)
            if hk == "pure_d":
                name, _ = self.helper("pure_d")
                return self.conv("%s(%s)" % (name, self.operand("double", sc, True)), "double", ctx)
            if hk == "gread":
                name, info = self.helper("gread")
                return self.conv("%s(%s)" % (name, self.operand("int", sc, True)), info["ty"], ctx)
            if hk == "pread":
                a = r.choice((self.read_pool() or self.idx_arrays()) if self.clean
                             else self.nest_hot + self.data_arrays())
                self.nest_read |= a.bases
                name, info = self.helper("pread", ty=a.ty)
                # p[i] and p[i + 1] of the last dimension
                dims = a.dims[:-1] + [a.dims[-1] - 1]
                fake = Array(a.name, a.ty, dims)
                subs = self.affine_subs_nofam(fake, sc)
                base = a.name + "".join("[%s]" % s.render() for s in subs[:-1])
                return self.conv("%s(%s, %s)" % (name, base, subs[-1].render()), a.ty, ctx)
            if hk == "hidden":
                # at most one per statement: two calls in one expression
                # would run in an unspecified order
                self.stmt_hidden = True
                name, _ = self.helper("hidden")
                return self.conv("%s(%s)" % (name, self.operand("unsigned", sc, True)), "unsigned", ctx)
        return self.const(ctx)

    def term(self, ctx, sc, pure):
        k = self.pick({"op": 6, "mul": 2, "mulc": 2, "tern": 1, "bit": 2 if ctx == "unsigned" else 0})
        if k == "op":
            return self.operand(ctx, sc, pure)
        if k == "mul":
            return "%s * %s" % (self.operand(ctx, sc, pure), self.operand(ctx, sc, pure))
        if k == "mulc":
            return "%s * %s" % (self.operand(ctx, sc, pure), self.const(ctx, 2, 7))
        if k == "tern":
            a, b = self.operand(ctx, sc, pure), self.operand(ctx, sc, pure)
            return "(%s > %s ? %s : %s)" % (a, b, self.operand(ctx, sc, pure), self.operand(ctx, sc, pure))
        op = self.r.choice(["^", "|", "<<", ">>"])
        if op in ("<<", ">>"):
            return "(%s %s %d)" % (self.operand(ctx, sc, pure), op, self.r.randint(1, 5))
        return "(%s %s %s)" % (self.operand(ctx, sc, pure), op, self.operand(ctx, sc, pure))

    def expr(self, ctx, sc, pure=False):
        n = self.pick({1: 4, 2: 4, 3: 2})
        s = self.term(ctx, sc, pure)
        for _ in range(n - 1):
            op = self.r.choice(["+", "-", "+"] + (["^"] if ctx == "unsigned" else []))
            s += " %s %s" % (op, self.term(ctx, sc, pure))
        return s

    def cond(self, sc):
        ctx = self.pick({"int": 5, "double": 2, "unsigned": 1})
        for _ in range(4):
            a = self.operand(ctx, sc)
            if not a[:1].isdigit():
                break           # a condition on constants alone is dead code
        k = self.pick({"cmp": 4, "mask": 2, "ne": 1})
        if k == "cmp":
            b = self.operand(ctx, sc) if self.chance(0.6) else self.const(ctx, 0, 600)
            return "%s %s %s" % (a, self.r.choice(["<", ">", "<=", ">="]), b)
        if k == "mask":
            if ctx == "double":
                return "%s > %s" % (a, self.const(ctx, 0, 600))
            return "(%s & %s) == %s" % (a, self.const(ctx, 1, 3), self.const(ctx, 0, 1))
        return "%s != %s" % (a, self.const(ctx, 0, 20))

    # ------------------------------------------------------------ statements
    def emit(self, ind, s):
        self.k_lines.append("  " * ind + s)

    def stmt(self, sc, ind, top):
        r = self.r
        self.stmt_hidden = False
        w = dict(self.flavor)
        if not top:
            w["continue"] = 0
            w["break"] = 0
        if sc.depth >= 2:
            w["if"] = 0
            w["switch"] = 0
        if not self.k_ind_ok(sc) or (self.clean and sc.cond):
            w["induct"] = 0
        k = self.pick(w)
        if k == "assign":
            if self.clean:
                a = r.choice(self.nest_w)
                lhs = self.w_access(a, sc)
            else:
                a = r.choice(self.nest_hot * 3 + self.data_arrays())
                lhs = self.access(a, sc, 0.8)
            m = self.pick({"plain": 5, "inplace": 3, "compound": 2 if a.ty == "unsigned" else 0})
            if m == "plain":
                self.emit(ind, "%s = %s;" % (lhs, self.store(self.expr(a.ty, sc), a.ty)))
            elif m == "inplace":
                self.emit(ind, "%s = %s;" % (lhs, self.store("%s %s %s" % (
                    lhs, r.choice(["+", "-", "+"]), self.expr(a.ty, sc)), a.ty)))
            else:
                op = r.choice(["+=", "^=", "-=", "|=", "*="])
                rhs = "3u" if op == "*=" else self.expr("unsigned", sc)
                self.emit(ind, "%s %s %s;" % (lhs, op, rhs))
        elif k == "temp":
            ty = self.pick({"int": 5, "double": 2, "unsigned": 2})
            e = self.store(self.expr(ty, sc), ty)
            if self.chance(0.3) or (self.clean and (sc.cond or sc.loopvars[-1] != self.nest_outer)):
                # block-local; sometimes shadowing a kernel temp of the same name
                # (never one its own initializer reads: int t0 = t0 + 1 reads
                # the new, uninitialized t0)
                shadow = [t for t in self.k_temps if "[" not in t and self.k_types[t] == ty
                          and t not in sc.declared and not t.startswith("g")
                          and not re.search(r"\b%s\b" % re.escape(t), e)]
                if shadow and self.chance(0.2) and self.on("shadow"):
                    name = r.choice(shadow)
                else:
                    name = "l%d" % self.k_ntemp
                    self.k_ntemp += 1
                    self.k_types[name] = ty
                sc.declared.add(name)
                self.emit(ind, "%s %s = %s;" % (ty, name, e))
            else:
                cand = [t for t in self.k_temps if self.k_types[t] == ty]
                if cand and self.chance(0.6):
                    name = r.choice(cand)
                else:
                    # a temp not used after the loop is private, else lastprivate
                    name = self.new_kvar("t", ty, "0" if ty != "double" else "0.0", self.chance(0.6))
                    self.k_temps.append(name)
                self.emit(ind, "%s = %s;" % (name, e))
            sc.defined.add(name)
        elif k == "reduce":
            self.reduction(sc, ind)
        elif k == "carried":
            if self.chance(0.5):
                c = self.new_kvar("c", "unsigned", "%du" % r.randint(0, 9))
                self.emit(ind, "%s = %s * %s + %s;" % (c, c, self.const("unsigned", 2, 5),
                                                       self.expr("unsigned", sc)))
            else:
                ty = self.pick({"int": 3, "double": 1})
                p = self.new_kvar("p", ty, "1" if ty == "int" else "1.0")
                a = r.choice(self.nest_hot * 2 + self.data_arrays(ty=ty) or self.nest_hot)
                lhs = self.access(a, sc)
                self.emit(ind, "%s = %s;" % (lhs, self.store("%s + %s" % (self.conv(p, ty, a.ty),
                                                                        self.expr(a.ty, sc)), a.ty)))
                self.emit(ind, "%s = %s;" % (p, self.store(self.expr(ty, sc), ty)))
        elif k == "if":
            self.emit(ind, "if (%s) {" % self.cond(sc))
            c1 = sc.child()
            for _ in range(r.randint(1, 2)):
                self.stmt(c1, ind + 1, False)
            if self.chance(0.5):
                self.emit(ind, "} else {")
                c2 = sc.child()
                for _ in range(r.randint(1, 2)):
                    self.stmt(c2, ind + 1, False)
                sc.defined |= (c1.defined & c2.defined)
            self.emit(ind, "}")
        elif k == "continue":
            self.emit(ind, "if (%s)" % self.cond(sc))
            self.emit(ind + 1, "continue;")
            sc.cond = True
        elif k == "break":
            self.emit(ind, "if (%s)" % self.cond(sc))
            self.emit(ind + 1, "break;")
        elif k == "induct":
            self.induction(sc, ind)
        elif k == "set":
            if self.clean:
                a = r.choice(self.nest_w)
                lhs = self.w_access(a, sc)
                mode = r.choice(["plain", "update"])
            else:
                # the helper writes (and reads) p[0], p[1], p[-1] or p[0..2]
                a = r.choice(self.nest_hot * 2 + self.data_arrays())
                mode = self.pick({"plain": 2, "update": 2, "pair": 1, "shift": 1, "back": 1, "loop3": 1})
                m0, m1 = {"pair": (0, 1), "shift": (0, 1), "back": (1, 0), "loop3": (0, 2)}.get(mode, (0, 0))
                if a.dims[-1] <= m0 + m1 + 1:
                    mode, m0, m1 = "plain", 0, 0
                fake = Array(a.name, a.ty, a.dims[:-1] + [a.dims[-1] - m0 - m1])
                subs = self.affine_subs(fake, sc)
                subs = subs[:-1] + [subs[-1].add(m0)]
                lhs = a.name + "".join("[%s]" % self.rsub(x, sc) for x in subs)
            name, _ = self.helper("set", ty=a.ty, mode=mode)
            self.emit(ind, "%s(&%s, %s);" % (name, lhs, self.store(self.expr(a.ty, sc), a.ty)))
        elif k == "gwrite":
            if self.chance(0.3):
                name, _ = self.helper("count")
                self.emit(ind, "%s();" % name)
            else:
                name, _ = self.helper("gwrite")
                self.emit(ind, "%s(%s, %s);" % (name, self.operand("int", sc), self.expr("int", sc)))
        elif k == "switch":
            self.emit(ind, "switch (%s) {" % self.r.choice([
                "%s & 3" % self.operand("int", sc), "%s %% 3u" % self.operand("unsigned", sc)]))
            for lab in r.sample(["case 0:", "case 1:", "case 2:", "default:"], r.randint(2, 4)):
                self.emit(ind, lab + " {")
                c = sc.child()
                for _ in range(r.randint(1, 2)):
                    self.stmt(c, ind + 1, False)
                end = self.pick({"break": 3, "fall": 2, "continue": 1 if top else 0})
                if end == "break":
                    self.emit(ind + 1, "break;")
                elif end == "continue":
                    self.emit(ind + 1, "continue;")
                self.emit(ind, "}")
            self.emit(ind, "}")
        elif k == "retarget":
            alts = [v for v in self.k_views if v.alts]
            if alts:
                v = r.choice(alts)
                if self.chance(0.6):
                    self.emit(ind, "%s = %s ? %s : %s;" % (v.name, self.cond(sc), v.alts[0], v.alts[1]))
                else:
                    self.emit(ind, "%s = %s;" % (v.name, r.choice(v.alts)))
        elif k == "tarr":
            # a small array in the kernel used as a temporary: shared by
            # all iterations unless privatized
            if not self.k_tarrs or self.chance(0.3):
                ty = self.pick({"int": 3, "double": 1})
                name = "w%d" % self.k_nvar
                self.k_nvar += 1
                self.k_decls.append("  %s %s[4] = {0};" % (ty, name))
                self.k_tarrs.append((name, ty))
                for e in (0, 3):
                    self.k_ret.append(("%s[%d]" % (name, e), ty))
            name, ty = r.choice(self.k_tarrs)
            el = "%s[%d]" % (name, r.randrange(4))
            self.k_types[el] = ty
            self.emit(ind, "%s = %s;" % (el, self.store(self.expr(ty, sc), ty)))
            sc.defined.add(el)
            if el not in self.k_temps:
                self.k_temps.append(el)
        elif k == "idxw":
            ia = r.choice(self.idx_arrays())
            s = self.affine_subs(ia, sc)
            self.emit(ind, "%s[%s] = (int)((%s) %% %du);" % (ia.name, s[0].render(),
                                                          self.expr("unsigned", sc), ia.idxmax))

    def reduction(self, sc, ind):
        r = self.r
        k = self.pick({"sum": 6, "prod": 1, "bit": 2, "minmax": 3, "logic": 1.5, "fake": 1.5,
                       "reuse": 1.5 if self.k_accs else 0,
                       "trunc": 0.7 if self.half_arrays() else 0, "cast": 1.5,
                       "elem": 0 if self.clean or not self.data_arrays("unsigned") else 0.7})
        if k == "elem":
            # accumulating into one array element: a dependence, not a scalar reduction
            a = r.choice(self.data_arrays("unsigned"))
            x = a.name + "".join("[%d]" % r.randrange(d) for d in a.dims)
            self.emit(ind, "%s %s %s;" % (x, r.choice(["+=", "^=", "+=", "*="]),
                                          self.expr("unsigned", sc) if self.chance(0.7) else "3u"))
            return
        if k == "reuse":
            # a second update of an accumulator of this nest, maybe with
            # another operator: + and - mix, + and * do not
            acc, ty = r.choice(self.k_accs)
            if self.k_reuse.get(acc, 0) >= 3:
                k = "sum"
            else:
                self.k_reuse[acc] = self.k_reuse.get(acc, 0) + 1
                if ty == "double":
                    op, e = r.choice(["+=", "-="]), self.expr("double", sc)
                elif ty in ("unsigned", "unsigned char", "unsigned short", "_Bool"):
                    op = r.choice(["+=", "-=", "*=", "^=", "|=", "&="])
                    e = self.expr("unsigned", sc)
                else:
                    op, e = r.choice(["+=", "-=", "^=", "|=", "&="]), self.operand("int", sc)
                self.emit(ind, "%s %s %s;" % (acc, op, e))
                return
        if k == "trunc":
            # int += double holding halves: truncated at every step
            ty = self.pick({"int": 2, "long": 1})
            acc = self.new_acc(ty, "0")
            x = self.access(r.choice(self.half_arrays()), sc, 0.9)
            self.emit(ind, r.choice(["%s += %s;" % (acc, x), "%s = %s + %s;" % (acc, acc, x),
                                     "%s -= %s;" % (acc, x)]))
            return
        if k == "cast":
            # the update converts to another type at every step: a narrower
            # one makes the result depend on the order of the steps
            f = self.pick({"arith": 4, "minmax": 1, "ifcast": 1})
            narrow = ["short", "unsigned short", "signed char", "unsigned char"]
            if f == "arith":
                ty = self.pick({"int": 3, "unsigned": 2, "long long": 1})
                T = self.pick({"short": 2, "unsigned short": 1, "signed char": 2, "unsigned char": 2,
                               "int": 1, "unsigned": 1})
                ops = ["+", "-", "+", "^", "|", "&"]
                if ty == "unsigned" or T in narrow:
                    ops.append("*")
                op = r.choice(ops)
                acc = self.new_acc(ty, "1" if op == "*" else "0")
                e = self.operand("int", sc)
                if op != "-" and self.chance(0.5):
                    self.emit(ind, "%s = (%s)(%s %s %s);" % (acc, T, e, op, acc))
                else:
                    self.emit(ind, "%s = (%s)(%s %s %s);" % (acc, T, acc, op, e))
            else:
                T = r.choice(["signed char", "unsigned char", "short"])
                mx = self.chance(0.5)
                acc = self.new_acc("int", "0")
                x = self.operand("int", sc, True)
                if f == "minmax":
                    self.emit(ind, "%s = (%s)(%s %s %s ? %s : %s);" % (acc, T, x, ">" if mx else "<",
                                                                       acc, x, acc))
                else:
                    self.emit(ind, "if (%s %s %s)" % (x, ">" if mx else "<", acc))
                    self.emit(ind + 1, "%s = (%s)%s;" % (acc, T, x))
            return
        if k == "fake":
            # look like reductions, are not
            f = self.pick({"sub": 1, "mod": 1, "maxplus": 1, "argmax": 2, "fmaxplus": 1, "mulxor": 1})
            if f == "sub":
                acc = self.new_acc("unsigned", "0u")
                self.emit(ind, "%s = %s - %s;" % (acc, self.operand("unsigned", sc), acc))
            elif f == "mod":
                acc = self.new_acc("unsigned", "0u")
                self.emit(ind, "%s = (%s + %s) %% 1009u;" % (acc, acc, self.operand("unsigned", sc)))
            elif f == "maxplus":
                acc = self.new_acc("int", "-30000")
                x = self.operand("int", sc, True)
                self.emit(ind, "if (%s > %s)" % (x, acc))
                self.emit(ind + 1, "%s = %s + 1;" % (acc, x))
            elif f == "argmax":
                acc = self.new_acc("int", "-30000")
                arg = self.new_kvar("g", "int", "-1")
                x = self.operand("int", sc, True)
                self.emit(ind, "if (%s %s %s) {" % (x, r.choice([">", ">="]), acc))
                self.emit(ind + 1, "%s = %s;" % (acc, x))
                self.emit(ind + 1, "%s = %s;" % (arg, self.conv(sc.loopvars[-1], sc.types[sc.loopvars[-1]], "int")
                                                 if sc.loopvars else "1"))
                self.emit(ind, "}")
            elif f == "fmaxplus":
                acc = self.new_acc("double", "0.0")
                self.emit(ind, "%s = fmax(%s, %s) + 1.0;" % (acc, acc, self.operand("double", sc, True)))
            else:
                acc = self.new_acc("unsigned", "1u")
                self.emit(ind, "%s = %s * 3u ^ %s;" % (acc, acc, self.operand("unsigned", sc)))
            return
        if k == "sum":
            ty = self.pick({"unsigned": 2, "long long": 2, "double": 2, "int": 1, "long": 0.5,
                            "unsigned short": 0.5, "unsigned char": 0.5})
            ctx = {"long long": "int", "long": "int", "unsigned short": "unsigned",
                   "unsigned char": "unsigned"}.get(ty, ty)
            acc = self.new_acc(ty, {"double": "0.0"}.get(ty, "0"))
            # int sums stay small: one bounded operand per iteration
            e = self.expr(ctx, sc) if ty != "int" else self.operand("int", sc)
            if ty in ("long long", "long"):
                e = "(%s)(%s)" % (ty, e)
            form = r.choice(["+=", "+=", "-=", "long"])
            if form == "long":
                self.emit(ind, "%s = %s + %s;" % (acc, acc, e))
            else:
                self.emit(ind, "%s %s %s;" % (acc, form, e))
        elif k == "prod":
            acc = self.new_acc("unsigned", "1u")
            self.emit(ind, "%s *= (%s) | 1u;" % (acc, self.expr("unsigned", sc)))
        elif k == "bit":
            ty = self.pick({"unsigned": 3, "int": 1, "unsigned char": 0.5, "unsigned short": 0.5})
            op = r.choice(["&=", "|=", "^="])
            acc = self.new_acc(ty, {"&=": "-1" if ty == "int" else "0xffffffffu"}.get(op, "0")
                               if ty in ("int", "unsigned") else {"&=": "255"}.get(op, "0"))
            e = self.expr(ty if ty == "int" else "unsigned", sc)
            if op == "&=":
                e = "(%s) | %s" % (e, "0x7f00" if ty == "int" else "0xff00u")
            self.emit(ind, "%s %s %s;" % (acc, op, e))
        elif k == "minmax":
            # char accumulators narrow the value at every step: a max over
            # int values stored in a char is not a max reduction
            ty = self.pick({"int": 3, "double": 2, "short": 1, "unsigned char": 0.7, "signed char": 0.7})
            mx = self.chance(0.5)
            init = {"unsigned char": ("0", "255"), "signed char": ("-128", "127"),
                    "double": ("-30000.0", "30000.0")}.get(ty, ("-30000", "30000"))
            acc = self.new_acc(ty, init[0] if mx else init[1])
            x = self.operand("double" if ty == "double" else "int", sc, True)
            form = r.choice(["if", "if", "tern"] + (["f"] if ty == "double" else []))
            cmp = ">" if mx else "<"
            rev = {">": "<", "<": ">"}[cmp]
            if form == "if":
                if self.chance(0.5):
                    self.emit(ind, "if (%s %s%s %s)" % (x, cmp, r.choice(["", "="]), acc))
                else:
                    self.emit(ind, "if (%s %s %s)" % (acc, rev, x))
                self.emit(ind + 1, "%s = %s;" % (acc, x))
            elif form == "tern":
                if self.chance(0.5):
                    self.emit(ind, "%s = %s %s %s ? %s : %s;" % (acc, x, cmp, acc, x, acc))
                else:
                    self.emit(ind, "%s = %s %s %s ? %s : %s;" % (acc, acc, cmp, x, acc, x))
            else:
                self.emit(ind, "%s = %s(%s, %s);" % (acc, "fmax" if mx else "fmin", acc, x))
        else:
            ty = self.pick({"int": 2, "_Bool": 1})
            andp = self.chance(0.5)
            acc = self.new_acc(ty, "1" if andp else "0")
            if ty == "_Bool" and self.chance(0.6):
                op = r.choice(["|=", "&=", "^=", "+=", "-=", "*="])
                e = self.cond(sc) if op in ("|=", "&=", "^=") else self.operand("int", sc)
                self.emit(ind, "%s %s %s;" % (acc, op, e))
            else:
                self.emit(ind, "%s = %s %s (%s);" % (acc, acc, "&&" if andp else "||", self.cond(sc)))

    def k_ind_ok(self, sc):
        return any(len(a.dims) == 1 and a.dims[0] > sc.count + 8 for a in self.data_arrays())

    def induction(self, sc, ind):
        """A counter advanced by a constant in each execution: a[k++] = ...,
        a[++k], a[k] = ...; k += 3, k -= 2; or an unsigned char counter that
        wraps around (a[k++] with k < 256 for ever)."""
        r = self.r
        step = r.choice([1, 1, 2, 3])
        down = self.chance(0.25)
        narrow = self.chance(0.15) and self.on("narrowind")
        # every value k takes, before or after an update, is in [k0 - need, k0 + need]
        need = sc.count * step + 1
        cands = [a for a in self.data_arrays(ndim=1) if a.dims[0] >= (256 if narrow else need + 1)]
        if self.clean:
            cands = [a for a in cands if not (a.bases & self.nest_read) and a not in self.nest_w]
        if not cands:
            return
        a = r.choice(cands)
        self.nest_written |= a.bases
        d = a.dims[0]
        if narrow:
            kty, k0 = "unsigned char", r.randrange(256)
            kmax = 255
        else:
            kty = "int"
            k0 = r.randint(need, d - 1) if down else r.randint(0, d - 1 - need)
            kmax = k0 if down else k0 + need
        k = self.new_kvar("k", kty, str(k0))
        rhs = self.store(self.expr(a.ty, sc), a.ty)
        form = self.pick({"post": 2, "pre": 1, "sep": 2, "before": 1, "sep2": 1})
        if form in ("post", "pre") and step == 1:
            op = "--" if down else "++"
            self.emit(ind, "%s[%s] = %s;" % (a.name, k + op if form == "post" else op + k, rhs))
            return
        upd = r.choice(["%s %s %d;" % (k, "-=" if down else "+=", step),
                        "%s = %s %s %d;" % (k, k, "-" if down else "+", step)])
        if form == "before":
            self.emit(ind, upd)
        self.emit(ind, "%s[%s] = %s;" % (a.name, k, rhs))
        if form == "sep2":
            b = r.choice([x for x in self.data_arrays(ndim=1) if x.dims[0] > kmax
                          and (not self.clean or not (x.bases & self.nest_written) or x is a)] or [a])
            t = self.pick({"int": 1, "double": 1})
            tv = self.new_kvar("t", t, "0" if t == "int" else "0.0")
            self.k_temps.append(tv)
            self.emit(ind, "%s = %s;" % (tv, self.store(self.conv("%s[%s]" % (b.name, k), b.ty, t), t)))
            sc.defined.add(tv)
        if form != "before":
            self.emit(ind, upd)

    # ------------------------------------------------------------ variables
    def new_kvar(self, prefix, ty, init, ret=True):
        name = "%s%d" % (prefix, self.k_nvar)
        self.k_nvar += 1
        # temps and accumulators may be file-scope or static locals
        storage = self.pick({"auto": 87, "global": 8, "static": 5}) if prefix in "ts" else "auto"
        if not self.on("globals") or (prefix == "s" and ty == "int"):
            # (an int accumulator that outlives one call could overflow when
            # the kernel runs twice)
            storage = "auto"
        if storage == "global":
            name = "g%d%s" % (self.k_idx, name)
            self.global_decls.append("static %s %s = %s;" % (ty, name, init))
        else:
            self.k_decls.append("  %s%s %s = %s;" % ("static " if storage == "static" else "", ty, name, init))
        self.k_types[name] = ty
        if ret:
            self.k_ret.append((name, ty))
        return name

    def new_acc(self, ty, init):
        name = self.new_kvar("s", ty, init)
        self.k_accs.append((name, ty))
        return name

    # ----------------------------------------------------------------- loops
    def make_loop(self, var, outer, box, types, E, trips, nparam):
        r = self.r
        for _ in range(12):
            ctype = r.choice(IDX_TYPES)
            step = self.pick({1: 7, 2: 2, 3: 1})
            down = self.chance(0.3)
            tri = outer and self.chance(0.4)
            if not tri:
                lo = Aff({}, r.randint(0, 3))
                hiv = E - r.randint(0, 3)
                maxtrip = max(1, BUDGET // trips)
                hiv = min(hiv, lo.const + maxtrip * step - 1)
                if hiv < lo.const:
                    continue
                if nparam and self.chance(0.5):
                    hi = Aff({"n": 1}, hiv - box["n"][1])
                else:
                    hi = Aff({}, hiv)
            else:
                o = r.choice(outer)
                _, omx = box[o.var]
                form = self.pick({"lt": 3, "le": 3, "gt": 3, "ge": 3, "lt2": 1, "half": 1,
                                  "nmi": 1 if "n" in box else 0})
                if form in ("lt", "le"):
                    lo = Aff({}, r.randint(0, 2))
                    hi = Aff({o.var: 1}, -1 if form == "lt" else 0)
                elif form == "lt2":           # j < 2 * i
                    lo = Aff({}, r.randint(0, 2))
                    hi = Aff({o.var: 2}, -1)
                elif form == "half":          # j <= i / 2
                    hv = "%s / 2" % o.var
                    box[hv] = (box[o.var][0] // 2, omx // 2)
                    types[hv] = types[o.var]
                    lo = Aff({}, r.randint(0, 2))
                    hi = Aff({hv: 1}, 0)
                elif form == "nmi":           # j < n - i
                    lo = Aff({}, r.randint(0, 2))
                    hi = Aff({"n": 1, o.var: -1}, -1)
                else:
                    lo = Aff({o.var: 1}, 1 if form == "gt" else 0)
                    hi = Aff({}, max(omx + 1, E - r.randint(0, 3)))
            cmp = (self.pick({"<": 5, "<=": 3, "!=": 1}) if not down else
                   self.pick({">=": 5, ">": 3, "!=": 1}))
            if r.random() < 0.35 and outer:
                ctype = "int"
            lp = Loop(var, ctype, lo, hi, step, down, cmp, self.chance(0.7))
            if (ctype in UNSIGNED_T and down and step == 1 and not lo.terms and lo.const == 0
                    and self.chance(0.4) and self.on("wrap")):
                lp.cmp, lp.wrap = "!=", True       # stops when i-- wraps around
                if self.loop_ok(lp, box, types):
                    return lp
                lp.cmp, lp.wrap = cmp, False
            if self.loop_ok(lp, box, types):
                return lp
        return Loop(var, "int", Aff({}, 0), Aff({}, min(E, BUDGET // trips)), 1, False, "<", True)

    def loop_ok(self, lp, box, types):
        if lp.wrap:
            return (lp.ctype in UNSIGNED_T and not lp.lo.terms and lp.lo.const == 0 and lp.step == 1
                    and lp.hi.range(box)[0] >= 0
                    and all(types[v] not in ("long", "size_t") for v in lp.hi.terms))
        lmin, _ = lp.lo.range(box)
        _, hmax = lp.hi.range(box)
        if lmin < 0 or hmax < lmin:
            return False
        bnd = lp.bound()
        uns = lp.ctype in UNSIGNED_T or any(types[v] in UNSIGNED_T for v in
                                             list(lp.lo.terms) + list(lp.hi.terms))
        if uns:
            if bnd.range(box)[0] < 0:
                return False
            init = lp.hi if lp.down else lp.lo
            if init.range(box)[0] < 0:
                return False
            if lp.down and lmin < lp.step:
                return False
        if lp.cmp == "!=":
            diff = lp.hi.sub(lp.lo).add(1)
            dl, _ = diff.range(box)
            if dl < 0:
                return False
            if lp.step != 1:
                if diff.terms or diff.const % lp.step:
                    return False
        return True

    def nest(self, depth, nparam, ind):
        """One loop nest; returns its lines (appended to k_lines)."""
        r = self.r
        glob = self.data_arrays(local=False)
        hot = r.sample(glob, min(len(glob), r.randint(1, 3)))
        if depth >= 2 and self.data_arrays(ndim=2) and self.chance(0.7):
            hot = [r.choice(self.data_arrays(ndim=2))] + hot[:1]
        self.nest_hot = hot
        self.nest_fams = {}
        self.nest_w = hot[:self.pick({1: 3, 2: 1})]
        self.nest_wsub = {}
        self.nest_read = set()
        self.nest_written = set().union(*(a.bases for a in self.nest_w))
        self.nest_outer = None
        mind = min(min(a.dims) for a in hot)
        E = mind // self.pick({1: 5, 2: 2, 3: 1}) - r.randint(1, 4)
        E = max(20, min(E, {1: 1100, 2: 300, 3: 60}[depth]))
        box = dict(self.k_box)
        types = dict(self.k_vtypes)
        if nparam:
            # the kernel is called with n = E + 1 and maybe with a small n
            # too (loops that run no iteration: lastprivate, firstprivate)
            nmax = E + 1
            nmin = self.pick({0: 2, 1: 1, 2: 1, 3: 1, nmax // 2: 2, nmax: 3})
            box["n"] = (nmin, nmax)
            types["n"] = "int"
            self.k_nval = [nmax] if nmin == nmax else r.sample([nmax, nmin], 2)
        trips = 1
        outer = []
        names = ["i", "j", "q"]
        self.flavor, self.clean = self.pick_flavor()
        # perfectly nested rectangular loops: candidates for collapse
        perfect = self.clean and depth >= 2 and self.chance(0.4)
        tri_ok = self.chance(0.4)
        self.k_accs = []

        def rec(d, sc, ind):
            nonlocal trips
            lp = self.make_loop(names[d], outer if not perfect or tri_ok else [], box, types, E, trips, nparam)
            noret = False
            if self.clean and d > 0:
                # an inner index declared outside but not used after: private
                if lp.var in self.k_loopvars_decl or self.chance(0.6):
                    lp.decl_inside = True
                else:
                    lp.decl_inside = False
                    noret = True
            if not lp.decl_inside:
                if lp.var not in self.k_loopvars_decl:
                    self.k_loopvars_decl[lp.var] = lp.ctype
                    self.k_decls.append("  %s %s = 0;" % (lp.ctype, lp.var))
                    if not noret:
                        self.k_ret.append((lp.var, lp.ctype))
                else:
                    lp.ctype = self.k_loopvars_decl[lp.var]
                    if not self.loop_ok(lp, box, types):
                        lp.decl_inside = True
                        lp.ctype = "int"
                        if not self.loop_ok(lp, box, types):
                            lp = Loop(lp.var, "int", Aff({}, 0), Aff({}, min(E, BUDGET // trips)), 1, False, "<", True)
            lmin, _ = lp.lo.range(box)
            _, hmax = lp.hi.range(box)
            box[lp.var] = (lmin, hmax)
            types[lp.var] = lp.ctype
            trip = (hmax - lmin) // lp.step + 1
            trips *= trip
            outer.append(lp)
            if d == 0:
                self.nest_outer = lp.var
            body = Scope(box, types, [l.var for l in outer], trips, set(sc.defined), 0, d > 0)
            body.steps = dict(sc.steps)
            body.steps[lp.var] = lp.step
            body.loops = dict(sc.loops)
            body.loops[lp.var] = lp
            self.emit(ind, lp.header(r) + " {")
            if d < depth - 1:
                for _ in range(0 if perfect else self.pick({0: 3, 1: 2, 2: 1})):
                    self.stmt(body, ind + 1, True)
                rec(d + 1, body, ind + 1)
                for _ in range(0 if perfect else self.pick({0: 3, 1: 1})):
                    self.stmt(body, ind + 1, True)
            else:
                for _ in range(r.randint(1, 4)):
                    self.stmt(body, ind + 1, True)
            self.emit(ind, "}")
            outer.pop()
            trips //= max(trip, 1)
            # the index itself keeps its range for later statements only via
            # k_ret (its final value), never as a subscript after the loop
            del box[lp.var]
            del types[lp.var]

        self.emit(ind, "/* %s nest */" % ("clean" if self.clean else "mixed"))
        rec(0, Scope(box, types, [], 1, set(), 0), ind)

    def pick_flavor(self):
        f = {"assign": 10, "temp": 4, "reduce": 3, "carried": 1, "if": 2, "continue": 1,
             "break": 0.2, "induct": 1, "set": 1, "gwrite": 0.5, "idxw": 0.3, "switch": 0.5,
             "tarr": 0.4, "retarget": 0.5 if any(v.alts for v in self.k_views) else 0}
        kind = self.pick({"clean": 5, "mixed": 4, "dirty": 1})
        if kind == "clean":
            f.update(carried=0, gwrite=0, idxw=0, tarr=0, retarget=0, **{"break": 0})
        elif kind == "dirty":
            f.update(carried=3, gwrite=1.5, idxw=1, **{"break": 0.5})
        return f, kind == "clean"

    def view_target(self, ty=None):
        """(initializer, length, base array, row) of a pointer into an array."""
        r = self.r
        base = r.choice([a for a in self.arrays if a.role == "data" and (ty is None or a.ty == ty)])
        if len(base.dims) == 1:
            off = r.randint(1, 8)
            init = r.choice(["%s + %d" % (base.name, off), "&%s[%d]" % (base.name, off)])
            return init, base.dims[0] - off, base, None
        row = r.randrange(base.dims[0])
        off = r.choice([0, 0, r.randint(1, 5)])
        init = "%s[%d]" % (base.name, row) if off == 0 else "&%s[%d][%d]" % (base.name, row, off)
        return init, base.dims[1] - off, base, row

    def make_view(self, glob=False):
        """A pointer into a global array, used like an array: local to the
        kernel (int *v0 = ia0 + 3), maybe pointed elsewhere in a loop (v0 =
        c ? ia0 + 3 : ia1 + 5), or file-scope (static int *gv0 = im0[4])."""
        init, n, base, row = self.view_target()
        name = ("gv%d" % len(self.g_views)) if glob else ("v%d" % self.k_nvar)
        if not glob:
            self.k_nvar += 1
        v = Array(name, base.ty, [n])
        v.bases, v.row, v.alts = {base.name}, row, []
        if not glob and self.chance(0.3):
            init2, n2, base2, _ = self.view_target(base.ty)
            v.alts = [init, init2]
            v.dims = [min(n, n2)]
            v.bases = {base.name, base2.name}
            v.row = "?"
        if glob:
            self.global_decls.append("static %s *%s = %s;" % (base.ty, name, init))
            self.g_views.append(v)
        else:
            self.k_decls.append("  %s *%s = %s;" % (base.ty, name, init))
            self.k_views.append(v)

    def kernel(self, idx):
        r = self.r
        name = "k%d" % idx
        self.k_idx = idx
        self.k_lines = []
        self.k_decls = []
        self.k_ret = []
        self.k_types = {}
        self.k_temps = []
        self.k_invariant = []
        self.k_accs = []
        self.k_nvar = 0
        self.k_ntemp = 0
        self.k_box = {}
        self.k_vtypes = {}
        self.k_loopvars_decl = {}
        self.k_tarrs = []
        self.k_reuse = {}
        self.k_views = []
        for _ in range(self.pick({0: 3, 1: 2, 2: 1}) if self.on("views") else 0):
            self.make_view()
        nparam = self.chance(0.35)
        self.k_nval = None
        nnest = self.pick({1: 3, 2: 1})
        for n in range(nnest):
            depth = self.pick({1: 4, 2: 4, 3: 3})
            if n and self.k_temps:
                # values left by the first nest are loop invariants of this one
                self.k_invariant = list(self.k_temps)
            self.nest(depth, nparam, 1)
            nparam = False     # one n per kernel: later nests use constants
        if self.on("sweep") and self.r_sweep.random() < 0.25:
            self.sweep_nest()
        out = ["static unsigned long long %s(%s)" % (name, "int n" if self.k_nval else "void"), "{"]
        out += self.k_decls
        out += self.k_lines
        parts = []
        for i, (v, ty) in enumerate(self.k_ret):
            x = ("(unsigned long long)(long long)%s" % v if ty == "double" else
                 "(unsigned long long)%s" % v)
            parts.append("%s * %dull" % (x, 2 * i + 3))
        out.append("  return %s;" % (" + ".join(parts) if parts else "0ull"))
        out.append("}")
        self.kernel_text.append(out)
        for nv in (self.k_nval or [""]):
            self.main_lines.append("  r = r * 1000003ull + %s(%s);" % (name, nv))

    def sweep_nest(self):
        """A column sweep, the shape loop interchange is for: the outer loop
        carries a dependence along a row of a 2-D int array, the inner one
        runs down the rows.  The read's row offset f makes the swap legal
        and parallel (0), legal but not parallel (-1) or illegal (1, a
        dependence of direction (<, >)); unsigned arithmetic, no UB."""
        r = self.r_sweep
        arrs = [a for a in self.data_arrays(ty="int", ndim=2, local=False) if a.row is None]
        if not arrs:
            return
        a = r.choice(arrs)
        d0, d1 = a.dims
        d = r.choice([1, 1, 2])
        f = r.choice([0, 0, 0, -1, 1])
        ilo, ihi = d, min(d1, r.randint(d + 8, d + 90))
        jlo, jhi = max(0, -f), min(d0, d0 - max(0, f), r.randint(8, 120))
        if ihi <= ilo or jhi <= jlo:
            return
        c = r.randint(0, 50)
        self.emit(1, "/* sweep nest */")
        self.emit(1, "for (int i = %d; i < %d; i++)" % (ilo, ihi))
        self.emit(2, "for (int j = %d; j < %d; j++)" % (jlo, jhi))
        self.emit(3, "%s[j][i] = (int)(((unsigned)%s[j + %d][i - %d] * 3u + (unsigned)%s[j][i] + %du) %% 1009u);"
                  % (a.name, a.name, f, d, a.name, c))

    # ------------------------------------------------------- pointer kernels
    def ptr_kernel(self, idx):
        r = self.r
        tys = [t for t in ("int", "unsigned", "double") if self.data_arrays(ty=t, local=False)]
        ty = r.choice(tys)
        np_ = r.choice([2, 3, 3])
        params = ["x", "y", "z"][:np_]
        # accesses: param -> list of (coef, off)
        acc = {p: [] for p in params}
        written = set()
        step = self.pick({1: 4, 2: 1})
        down = self.chance(0.3)
        lines = []
        # clean: each written parameter is written at one subscript c*i + o
        # only, and read there or at an offset no iteration writes; the
        # other parameters are only read.  Independent unless the call
        # passes overlapping pointers.
        clean = self.chance(0.6)
        wsub = {}
        if clean:
            for p in r.sample(params, self.pick({1: 3, 2: 1})):
                wsub[p] = (self.pick({1: 5, 2: 2}), r.randint(-2, 3))

        def ref(p, write=False):
            if p in wsub:
                c, o = wsub[p]
                if not write and c * step > 1 and self.chance(0.4):
                    o += r.choice([x for x in range(1 - c * step, c * step) if x])
            else:
                c = self.pick({1: 6, 2: 1})
                o = r.randint(-2, 3)
            acc[p].append((c, o))
            return "%s[%s]" % (p, Aff({"i": c}, o).render())

        def val():
            n = r.randint(1, 3)
            terms = []
            for _ in range(n):
                x = ref(r.choice(params)) if self.chance(0.8) else self.conv("i", "int", ty)
                if self.chance(0.25):
                    x = "%s * %s" % (x, self.const(ty, 2, 5))
                terms.append(x)
            return " + ".join(terms)
        red = self.chance(0.35)
        targets = list(wsub) if clean else [r.choice(params) for _ in range(r.randint(1, 2))]
        if clean and self.chance(0.3):
            targets.append(r.choice(targets))
        for p in targets:
            written.add(p)
            lhs = ref(p, True)
            lines.append("    %s = %s;" % (lhs, self.store(val(), ty)))
        if red:
            x = ref(r.choice(params))
            if ty == "double":
                x = "(long long)" + x
            lines.append("    s += (unsigned long long)%s;" % x)
        # calls
        objs = []
        for a in self.data_arrays(ty=ty, local=False):
            if len(a.dims) == 1:
                objs.append((a, a.row, a.dims[0]))
            else:
                for rr in r.sample(range(a.dims[0]), 3):
                    objs.append((a, rr, a.dims[1]))
        calls = []
        allow_restrict = True
        for _ in range(r.randint(1, 3)):
            for _ in range(20):
                pat = self.pick({"distinct": 5, "same": 1, "shift": 2, "mixed": 1} if clean else
                                {"distinct": 3, "same": 2, "shift": 3, "mixed": 2})
                args = []
                if pat == "distinct" and len(objs) >= np_:
                    chosen = r.sample(objs, np_)
                    args = [(o, r.randint(0, 3)) for o in chosen]
                elif pat == "same":
                    o = r.choice(objs)
                    b = r.randint(2, 4)
                    args = [(o, b)] * np_
                elif pat == "shift":
                    o = r.choice(objs)
                    b = r.randint(2, 4)
                    args = [(o, b + r.choice([0, 1, 1, 2, -1])) for _ in params]
                else:
                    o = r.choice(objs)
                    args = [(r.choice(objs) if self.chance(0.4) else o, r.randint(2, 4)) for _ in params]
                # largest n that keeps every access in bounds
                nmax = 10 ** 9
                okk = True
                for p, (o, b) in zip(params, args):
                    if not acc[p]:
                        continue
                    length = o[2]
                    if b + min(off for _, off in acc[p]) < 0:
                        okk = False
                        break
                    for c, off in acc[p]:
                        # c*(n-1) + off + b <= length - 1
                        nmax = min(nmax, (length - 1 - off - b) // c + 1)
                nmax = min(nmax, r.choice([40, 100, 200, 400, 1000]))
                if okk and nmax >= 1:
                    nval = r.randint(max(1, nmax // 2), nmax)
                    calls.append((args, nval))
                    # restrict needs objects that are surely distinct: a view
                    # is its array (or its row)
                    ids = [(min(o[0].bases), o[1]) for o, _ in args]
                    if len(set(ids)) < len(ids):
                        allow_restrict = False
                    break
        if not calls:
            return
        restrict = allow_restrict and self.chance(0.6)
        name = "p%d" % idx
        ps = []
        for p in params:
            q = "%s%s *%s%s" % ("const " if p not in written else "", ty, "restrict " if restrict else "", p)
            ps.append(q)
        linkage = "static " if self.chance(0.6) else ""
        out = ["%s%s %s(%s, int n)" % (linkage, "unsigned long long" if red else "void", name, ", ".join(ps)), "{"]
        if red:
            out.append("  unsigned long long s = 0;")
        if down:
            hdr = "  for (int i = n - 1; i >= 0; i -= %d) {" % step if step > 1 else \
                "  for (int i = n - 1; i >= 0; i--) {"
        else:
            hdr = "  for (int i = 0; i < n; i += %d) {" % step if step > 1 else "  for (int i = 0; i < n; i++) {"
        out.append(hdr)
        out += lines
        out.append("  }")
        if red:
            out.append("  return s;")
        out.append("}")
        self.kernel_text.append(out)
        for args, nval in calls:
            ss = []
            for (o, b) in args:
                a, row, _ = o
                base = a.name if row is None or len(a.dims) == 1 else "%s[%d]" % (a.name, row)
                if b == 0:
                    ss.append(base)
                elif self.chance(0.5):
                    ss.append("%s + %d" % (base, b))
                else:
                    ss.append("&%s[%d]" % (base, b))
            call = "%s(%s, %d)" % (name, ", ".join(ss), nval)
            if red:
                self.main_lines.append("  r = r * 1000003ull + %s;" % call)
            else:
                self.main_lines.append("  %s;" % call)

    # ------------------------------------------------------------- program
    def program(self):
        r = self.r
        self.make_arrays()
        for _ in range(self.pick({0: 3, 1: 1, 2: 1}) if self.on("views") else 0):
            self.make_view(glob=True)
        nk = r.randint(2, 3)
        npk = self.pick({0: 2, 1: 3, 2: 1})
        order = ["k"] * nk + ["p"] * npk
        r.shuffle(order)
        ki = pi = 0
        for o in order:
            if o == "k":
                self.kernel(ki)
                ki += 1
            else:
                self.ptr_kernel(pi)
                pi += 1
        out = ["/* parc fuzz program, seed %d */" % self.seed,
               "#include <math.h>", "#include <stdio.h>", ""]
        for a in self.arrays:
            out.append("static %s %s%s;" % (a.ty, a.name, "".join("[%d]" % d for d in a.dims)))
        out += self.global_decls
        if self.uses_gcount:
            out.append("static unsigned gcount;")
        if self.uses_hstate:
            out.append("static unsigned hstate;")
        out.append("")
        for t in self.helper_text:
            out += t + [""]
        out += self.init_text() + [""]
        for t in self.kernel_text:
            out += t + [""]
        out += ["static unsigned long long checksum(unsigned long long h)", "{"]
        for a in self.arrays:
            conv = "(unsigned long long)(long long)" if a.ty == "double" else "(unsigned long long)"
            if len(a.dims) == 1:
                out.append("  for (int i = 0; i < %d; i++)" % a.dims[0])
                out.append("    h = h * 31ull + %s%s[i];" % (conv, a.name))
            else:
                out.append("  for (int i = 0; i < %d; i++)" % a.dims[0])
                out.append("    for (int j = 0; j < %d; j++)" % a.dims[1])
                out.append("      h = h * 31ull + %s%s[i][j];" % (conv, a.name))
        if self.uses_gcount:
            out.append("  h = h * 31ull + gcount;")
        if self.uses_hstate:
            out.append("  h = h * 31ull + hstate;")
        out += ["  return h;", "}", ""]
        out += ["int main(void)", "{", "  unsigned long long r = 0;", "  init();"]
        out += self.main_lines
        out += ['  printf("checksum %llu\\n", checksum(r));', "  return 0;", "}"]
        return "\n".join(out) + "\n"


FEATURES = """Names for --disable: any statement, reduction, operand, helper or
subscript kind the generator picks by name (assign temp reduce carried if
continue break induct set gwrite idxw switch tarr; sum prod bit minmax logic
fake reuse trunc cast; oldtemp acc call hidden gread pread; mod7 sq div min
mask uchar idx; pair shift back loop3; clean mixed dirty), and: lin (a[W*i +
j]), wrap (4294967295u constants, i != (unsigned)-1 loops), views (int *v = a
+ 3), narrowind (unsigned char counters), shadow, globals (file-scope and
static temps), narrowacc (char and short accumulators)."""


def generate(seed, disable=()):
    return Gen(seed, disable).program()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("seed", type=int)
    ap.add_argument("-o", "--output")
    ap.add_argument("--disable", default="", help="comma-separated features not to generate; "
                    + FEATURES.replace("\n", " "))
    opts = ap.parse_args()
    text = generate(opts.seed, [x for x in opts.disable.split(",") if x])
    if opts.output:
        with open(opts.output, "w") as f:
            f.write(text)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
