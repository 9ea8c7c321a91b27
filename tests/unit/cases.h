/* cases.h - rows for test_analysis.c:
 *   { name, source, loop index, decision, reason kind or NULL, clauses or NULL } */

/* ---- deps-1: affine dependences */
{ "deps-1.1 map", "void f(double *restrict a, const double *restrict b, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = b[i] * 2; }\n", 0, "parallel", NULL, "" },
{ "deps-1.2 shift-flow", "void f(double *a, int n)\n"
  "{ for (int i = 1; i < n; i++) a[i] = a[i - 1] + 1; }\n", 0, "serial", "flow-dependence", NULL },
{ "deps-1.3 shift-anti", "void f(double *a, int n)\n"
  "{ for (int i = 0; i < n - 1; i++) a[i] = a[i + 1]; }\n", 0, "serial", "anti-dependence", NULL },
{ "deps-1.4 same-element", "void f(double *a, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = a[i] * a[i]; }\n", 0, "parallel", NULL, "" },
{ "deps-1.5 output-fixed", "double a[100];\nvoid f(int n)\n"
  "{ for (int i = 0; i < n; i++) a[0] = i; }\n", 0, "serial", "output-dependence", NULL },
{ "deps-1.6 shift-flow-3", "void f(double *a, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i + 3] = a[i]; }\n", 0, "serial", "flow-dependence", NULL },
{ "deps-1.7 shift-anti-3", "void f(double *a, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = a[i + 3]; }\n", 0, "serial", "anti-dependence", NULL },
{ "deps-1.8 even-odd", "void f(double *a, int n)\n"
  "{ for (int i = 0; i < n; i++) a[2 * i] = a[2 * i + 1]; }\n", 0, "parallel", NULL, "" },
{ "deps-1.9 even-even-next", "void f(double *a, int n)\n"
  "{ for (int i = 0; i < n; i++) a[2 * i] = a[2 * i + 2]; }\n", 0, "serial", "anti-dependence", NULL },
{ "deps-1.10 strided-odd", "void f(double *a, int n)\n"
  "{ for (int i = 0; i < n; i += 2) a[i] = a[i + 1]; }\n", 0, "parallel", NULL, "" },
{ "deps-1.11 strided-next", "void f(double *a, int n)\n"
  "{ for (int i = 0; i < n; i += 2) a[i] = a[i + 2]; }\n", 0, "serial", "anti-dependence", NULL },
{ "deps-1.12 param-offset", "void f(double *a, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i + n] = a[i]; }\n", 0, "parallel", NULL, "" },
{ "deps-1.13 param-offset-overlap", "void f(double *a, int n)\n"
  "{ for (int i = 0; i <= n; i++) a[i + n] = a[i]; }\n", 0, "serial", "flow-dependence", NULL },
{ "deps-1.14 reverse", "void f(double *a, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = a[n - i]; }\n", 0, "serial", NULL, NULL },
{ "deps-1.15 reverse-disjoint", "void f(double *a, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = a[2 * n - i]; }\n", 0, "parallel", NULL, "" },
{ "deps-1.16 down-map", "void f(double *restrict a, const double *restrict b, int n)\n"
  "{ for (int i = n - 1; i >= 0; i--) a[i] = b[i] + 1; }\n", 0, "parallel", NULL, "" },
{ "deps-1.17 down-flow", "void f(double *a, int n)\n"
  "{ for (int i = n - 1; i > 0; i--) a[i - 1] = a[i] * 2; }\n", 0, "serial", "flow-dependence", NULL },
{ "deps-1.18 down-anti", "void f(double *a, int n)\n"
  "{ for (int i = n - 1; i > 0; i--) a[i] = a[i - 1] * 2; }\n", 0, "serial", "anti-dependence", NULL },
{ "deps-1.19 le-inplace", "void f(double *a, int n)\n"
  "{ for (int i = 0; i <= n; i++) a[i] = a[i] + 1; }\n", 0, "parallel", NULL, "" },
{ "deps-1.20 read-first-unwritten", "void f(double *a, int n)\n"
  "{ for (int i = 1; i < n; i++) a[i] = a[0] * i; }\n", 0, "parallel", NULL, "" },
{ "deps-1.21 read-first-written", "void f(double *a, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = a[0] * i; }\n", 0, "serial", "flow-dependence", NULL },
{ "deps-1.22 gather", "void f(double *restrict a, const double *restrict b, const int *restrict idx, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = b[idx[i]]; }\n", 0, "parallel", NULL, "" },
{ "deps-1.23 scatter", "void f(double *restrict a, const double *restrict b, const int *restrict idx, int n)\n"
  "{ for (int i = 0; i < n; i++) a[idx[i]] = b[i]; }\n", 0, "serial", NULL, NULL },
{ "deps-1.24 linearized-dep", "void f(double *a, int n)\n"
  "{ for (int i = 1; i < n; i++) for (int j = 0; j < n; j++) a[i * n + j] = a[(i - 1) * n + j]; }\n",
  0, "serial", NULL, NULL },
{ "deps-1.25 struct-fields", "struct P { double x, y; };\nvoid f(struct P *a, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i].x = a[i].y * 2; }\n", 0, "parallel", NULL, "" },
{ "deps-1.26 struct-field-next", "struct P { double x, y; };\nvoid f(struct P *a, int n)\n"
  "{ for (int i = 0; i < n - 1; i++) a[i].x = a[i + 1].x * 2; }\n", 0, "serial", "anti-dependence", NULL },
{ "deps-1.27 struct-other-field-next", "struct P { double x, y; };\nvoid f(struct P *a, int n)\n"
  "{ for (int i = 0; i < n - 1; i++) a[i].x = a[i + 1].y * 2; }\n", 0, "parallel", NULL, "" },
{ "deps-1.28 member-array", "struct S { double v[100]; } s;\nvoid f(void)\n"
  "{ for (int i = 0; i < 100; i++) s.v[i] = s.v[i] * 2; }\n", 0, "parallel", NULL, "" },
{ "deps-1.29 member-array-flow", "struct S { double v[100]; } s;\nvoid f(void)\n"
  "{ for (int i = 1; i < 100; i++) s.v[i] = s.v[i - 1] * 2; }\n", 0, "serial", "flow-dependence", NULL },
{ "deps-1.30 struct-two-arrays", "struct S { double a[100]; double b[100]; } s;\nvoid f(void)\n"
  "{ for (int i = 0; i < 99; i++) s.a[i] = s.b[i + 1]; }\n", 0, "parallel", NULL, "" },
{ "deps-1.31 union-two-arrays", "union U { double a[100]; double b[100]; } u;\nvoid f(void)\n"
  "{ for (int i = 0; i < 99; i++) u.a[i] = u.b[i + 1]; }\n", 0, "serial", NULL, NULL },
{ "deps-1.32 union-elem-members", "union V { long l; double d; };\nvoid f(union V *u, int n)\n"
  "{ for (int i = 0; i < n - 1; i++) u[i].l = (long)u[i + 1].d; }\n", 0, "serial", NULL, NULL },
{ "deps-1.33 scalar-step-3", "void f(double *a, int n)\n"
  "{ for (int i = 0; i < n; i += 3) { a[i] = 1; a[i + 1] = 2; a[i + 2] = 3; } }\n", 0, "parallel", NULL, "" },
{ "deps-1.34 scalar-step-3-overlap", "void f(double *a, int n)\n"
  "{ for (int i = 0; i < n; i += 3) { a[i] = 1; a[i + 3] = 2; } }\n", 0, "serial", "output-dependence", NULL },
{ "deps-1.35 write-read-same-iter", "void f(double *a, int n)\n"
  "{ for (int i = 0; i < n; i++) { a[i] = i; a[i] = a[i] * 2; } }\n", 0, "parallel", NULL, "" },
{ "deps-1.36 copy-disjoint-halves", "double a[200];\nvoid f(void)\n"
  "{ for (int i = 0; i < 100; i++) a[i] = a[i + 100]; }\n", 0, "parallel", NULL, "" },
{ "deps-1.37 copy-overlap-halves", "double a[200];\nvoid f(void)\n"
  "{ for (int i = 0; i < 100; i++) a[i] = a[i + 99]; }\n", 0, "serial", "anti-dependence", NULL },
{ "deps-1.38 read-two-written-one", "void f(double *a, int n)\n"
  "{ for (int i = 0; i < n; i++) a[2 * i] = a[i]; }\n", 0, "serial", NULL, NULL },

/* ---- deps-2: multi-dimensional arrays and nests */
{ "deps-2.1 rows-flow-outer", "double a[100][100];\nvoid f(void)\n"
  "{ for (int i = 1; i < 100; i++) for (int j = 0; j < 100; j++) a[i][j] = a[i - 1][j] + 1; }\n",
  0, "serial", "flow-dependence", NULL },
{ "deps-2.2 rows-flow-inner", "double a[100][100];\nvoid f(void)\n"
  "{ for (int i = 1; i < 100; i++) for (int j = 0; j < 100; j++) a[i][j] = a[i - 1][j] + 1; }\n",
  1, "parallel", NULL, "" },
{ "deps-2.3 cols-flow-outer", "double a[100][100];\nvoid f(void)\n"
  "{ for (int i = 0; i < 100; i++) for (int j = 1; j < 100; j++) a[i][j] = a[i][j - 1] + 1; }\n",
  0, "parallel", NULL, "" },
{ "deps-2.4 cols-flow-inner", "double a[100][100];\nvoid f(void)\n"
  "{ for (int i = 0; i < 100; i++) for (int j = 1; j < 100; j++) a[i][j] = a[i][j - 1] + 1; }\n",
  1, "inner", NULL, NULL },
{ "deps-2.5 cols-anti-outer", "double a[100][100];\nvoid f(void)\n"
  "{ for (int i = 0; i < 100; i++) for (int j = 0; j < 99; j++) a[i][j] = a[i][j + 1]; }\n",
  0, "parallel", NULL, "" },
{ "deps-2.6 diag-outer", "double a[100][100];\nvoid f(void)\n"
  "{ for (int i = 1; i < 100; i++) for (int j = 1; j < 100; j++) a[i][j] = a[i - 1][j - 1]; }\n",
  0, "serial", "flow-dependence", NULL },
{ "deps-2.7 diag-inner", "double a[100][100];\nvoid f(void)\n"
  "{ for (int i = 1; i < 100; i++) for (int j = 1; j < 100; j++) a[i][j] = a[i - 1][j - 1]; }\n",
  1, "parallel", NULL, "" },
{ "deps-2.8 antidiag-inner", "double a[100][100];\nvoid f(void)\n"
  "{ for (int i = 1; i < 100; i++) for (int j = 0; j < 99; j++) a[i][j] = a[i - 1][j + 1]; }\n",
  1, "parallel", NULL, "" },
{ "deps-2.9 jacobi", "double a[100][100], b[100][100];\nvoid f(void)\n"
  "{ for (int i = 1; i < 99; i++) for (int j = 1; j < 99; j++)\n"
  "    b[i][j] = (a[i - 1][j] + a[i + 1][j] + a[i][j - 1] + a[i][j + 1]) / 4; }\n",
  0, "parallel", NULL, "" },
{ "deps-2.10 gauss-seidel-outer", "double a[100][100];\nvoid f(void)\n"
  "{ for (int i = 1; i < 99; i++) for (int j = 1; j < 99; j++)\n"
  "    a[i][j] = (a[i - 1][j] + a[i + 1][j] + a[i][j - 1] + a[i][j + 1]) / 4; }\n",
  0, "serial", NULL, NULL },
{ "deps-2.11 gauss-seidel-inner", "double a[100][100];\nvoid f(void)\n"
  "{ for (int i = 1; i < 99; i++) for (int j = 1; j < 99; j++)\n"
  "    a[i][j] = (a[i - 1][j] + a[i + 1][j] + a[i][j - 1] + a[i][j + 1]) / 4; }\n",
  1, "serial", NULL, NULL },
{ "deps-2.12 triangular-copy", "double a[100][100], b[100][100];\nvoid f(void)\n"
  "{ for (int i = 0; i < 100; i++) for (int j = 0; j < i; j++) a[i][j] = b[i][j]; }\n",
  0, "parallel", NULL, "schedule(static, parc_rt_static_chunk(100LL))" },
{ "deps-2.13 triangular-transpose", "double a[100][100];\nvoid f(void)\n"
  "{ for (int i = 0; i < 100; i++) for (int j = 0; j < i; j++) a[i][j] = a[j][i]; }\n",
  0, "parallel", NULL, "schedule(static, parc_rt_static_chunk(100LL))" },
{ "deps-2.14 square-transpose", "double a[100][100];\nvoid f(void)\n"
  "{ for (int i = 0; i < 100; i++) for (int j = 0; j < 100; j++) a[i][j] = a[j][i]; }\n",
  0, "serial", NULL, NULL },
{ "deps-2.15 triangular-rows-flow", "double a[100][100];\nvoid f(void)\n"
  "{ for (int i = 1; i < 100; i++) for (int j = 0; j < i; j++) a[i][j] = a[i - 1][j]; }\n",
  0, "serial", "flow-dependence", NULL },
{ "deps-2.16 triangular-rows-inner", "double a[100][100];\nvoid f(void)\n"
  "{ for (int i = 1; i < 100; i++) for (int j = 0; j < i; j++) a[i][j] = a[i - 1][j]; }\n",
  1, "parallel", NULL, "" },
{ "deps-2.17 param-nest", "void f(int n, int m, double a[n][m], double b[n][m])\n"
  "{ for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) a[i][j] = a[i][j] + 1; }\n",
  0, "parallel", NULL, "" },
{ "deps-2.18 3d-inner-dim-flow", "double a[8][50][50];\nvoid f(void)\n"
  "{ for (int i = 0; i < 8; i++) for (int j = 0; j < 50; j++) for (int k = 1; k < 50; k++)\n"
  "    a[i][j][k] = a[i][j][k - 1]; }\n", 0, "parallel", NULL, "collapse(2)" },
{ "deps-2.19 3d-outer-dim-flow", "double a[50][50][50];\nvoid f(void)\n"
  "{ for (int i = 1; i < 50; i++) for (int j = 0; j < 50; j++) for (int k = 0; k < 50; k++)\n"
  "    a[i][j][k] = a[i - 1][j][k]; }\n", 0, "serial", "flow-dependence", NULL },
{ "deps-2.20 3d-outer-dim-flow-j", "double a[50][50][50];\nvoid f(void)\n"
  "{ for (int i = 1; i < 50; i++) for (int j = 0; j < 50; j++) for (int k = 0; k < 50; k++)\n"
  "    a[i][j][k] = a[i - 1][j][k]; }\n", 1, "parallel", NULL, "" },
{ "deps-2.21 row-reverse", "double a[100][100];\nvoid f(void)\n"
  "{ for (int i = 0; i < 100; i++) for (int j = 0; j < 50; j++) a[i][j] = a[i][99 - j]; }\n",
  0, "parallel", NULL, "" },
{ "deps-2.22 row-reverse-inner", "double a[100][100];\nvoid f(void)\n"
  "{ for (int i = 0; i < 100; i++) for (int j = 0; j < 100; j++) a[i][j] = a[i][99 - j]; }\n",
  1, "inner", NULL, NULL },
{ "deps-2.23 column-sweep", "double a[100][100];\nvoid f(void)\n"
  "{ for (int j = 0; j < 100; j++) for (int i = 1; i < 100; i++) a[i][j] = a[i - 1][j] * 2; }\n",
  0, "parallel", NULL, "" },
{ "deps-2.24 row-fixed-col-read", "double a[100][100];\nvoid f(void)\n"
  "{ for (int i = 0; i < 100; i++) for (int j = 1; j < 100; j++) a[i][j] = a[i][0] + j; }\n",
  0, "parallel", NULL, "" },
{ "deps-2.25 row-fixed-col-read-inner", "double a[100][100];\nvoid f(void)\n"
  "{ for (int i = 0; i < 100; i++) for (int j = 0; j < 100; j++) a[i][j] = a[i][0] + j; }\n",
  0, "parallel", NULL, "" },

/* ---- scal-1: private, lastprivate, carried scalars */
{ "scal-1.1 private-temp", "void f(double *restrict a, const double *restrict b, int n)\n"
  "{ double t; for (int i = 0; i < n; i++) { t = b[i] * 2; a[i] = t + 1; } }\n",
  0, "parallel", NULL, "private(t)" },
{ "scal-1.2 lastprivate-temp", "double f(double *restrict a, const double *restrict b, int n)\n"
  "{ double t = 0; for (int i = 0; i < n; i++) { t = b[i] * 2; a[i] = t + 1; } return t; }\n",
  0, "parallel", NULL, "firstprivate(t) lastprivate(t)" },
{ "scal-1.3 carried-temp", "void f(double *restrict a, const double *restrict b, int n)\n"
  "{ double t = 0; for (int i = 0; i < n; i++) { a[i] = t; t = b[i]; } }\n",
  0, "serial", "scalar-dependence", NULL },
{ "scal-1.4 conditional-last", "double f(const double *a, int n)\n"
  "{ double t = 0; for (int i = 0; i < n; i++) if (a[i] > 0) t = a[i]; return t; }\n",
  0, "serial", "conditional-lastprivate", NULL },
{ "scal-1.5 conditional-dead", "void f(double *restrict a, const double *restrict b, int n)\n"
  "{ double t; for (int i = 0; i < n; i++) { t = 0; if (b[i] > 0) t = b[i]; a[i] = t; } }\n",
  0, "parallel", NULL, "private(t)" },
{ "scal-1.6 conditional-read-carried", "void f(double *restrict a, const double *restrict b, int n)\n"
  "{ double t = 0; for (int i = 0; i < n; i++) { if (b[i] > 0) t = b[i]; a[i] = t; } }\n",
  0, "serial", "scalar-dependence", NULL },
{ "scal-1.7 inner-index-outside", "double a[100][100];\nvoid f(void)\n"
  "{ int j; for (int i = 0; i < 100; i++) for (j = 0; j < 100; j++) a[i][j] = i + j; }\n",
  0, "parallel", NULL, "private(j)" },
{ "scal-1.8 index-used-after", "int f(double *a, int n)\n"
  "{ int i; for (i = 0; i < n; i++) a[i] = 0; return i; }\n",
  0, "serial", "conditional-lastprivate", NULL },
{ "scal-1.9 index-outside-dead", "void f(double *a, int n)\n"
  "{ int i; for (i = 0; i < n; i++) a[i] = 0; }\n",
  0, "parallel", NULL, "" },
{ "scal-1.10 body-local", "void f(double *restrict a, const double *restrict b, int n)\n"
  "{ for (int i = 0; i < n; i++) { double t = b[i] * b[i]; a[i] = t; } }\n",
  0, "parallel", NULL, "" },
{ "scal-1.11 counter-carried", "void f(double *restrict a, const double *restrict b, int n)\n"
  "{ int k = 0; for (int i = 0; i < n; i++) a[k++] = b[i]; }\n",
  0, "parallel", NULL, "linear(k)" },
{ "scal-1.12 two-privates", "void f(double *restrict a, const double *restrict b, int n)\n"
  "{ double t, u; for (int i = 0; i < n; i++) { u = b[i] + 1; t = u * 2; a[i] = t + u; } }\n",
  0, "parallel", NULL, "private(u,t)" },
{ "scal-1.13 private-and-lastprivate", "double f(double *restrict a, const double *restrict b, int n)\n"
  "{ double t, u; for (int i = 0; i < n; i++) { t = b[i]; u = t * t; a[i] = u; } return u; }\n",
  0, "parallel", NULL, "private(t) firstprivate(u) lastprivate(u)" },
{ "scal-1.14 inner-index-and-temp", "double a[100][100];\nvoid f(void)\n"
  "{ int j; double t;\n"
  "  for (int i = 0; i < 100; i++) for (j = 0; j < 100; j++) { t = i * j; a[i][j] = t; } }\n",
  0, "parallel", NULL, "private(j,t)" },
{ "scal-1.15 read-only-scalar", "void f(double *restrict a, const double *restrict b, int n, double c)\n"
  "{ for (int i = 0; i < n; i++) a[i] = b[i] * c; }\n",
  0, "parallel", NULL, "" },
{ "scal-1.16 written-after-read-same-value", "void f(double *restrict a, const double *restrict b, int n)\n"
  "{ double t = 0; for (int i = 0; i < n; i++) { a[i] = b[i] + t; t = 5; } }\n",
  0, "serial", "scalar-dependence", NULL },
{ "scal-1.17 index-lastprivate-and-temp", "int f(double *restrict a, const double *restrict b, int n)\n"
  "{ int i; double t; for (i = 0; i < n; i++) { t = b[i]; a[i] = t; } return i; }\n",
  0, "serial", "conditional-lastprivate", NULL },
{ "scal-1.19 carried-prev-value", "void f(double *restrict a, const double *restrict b, int n)\n"
  "{ double prev = 0; for (int i = 0; i < n; i++) { a[i] = b[i] - prev; prev = b[i]; } }\n",
  0, "serial", "scalar-dependence", NULL },
{ "scal-1.20 inner-private-temp", "double a[100][100];\nvoid f(void)\n"
  "{ for (int i = 0; i < 100; i++) { double s = 0; for (int j = 0; j < 100; j++) s += a[i][j]; a[i][0] = s; } }\n",
  0, "parallel", NULL, "" },

/* ---- scal-2: reductions */
{ "scal-2.1 sum-compound", "double f(const double *a, int n)\n"
  "{ double s = 0; for (int i = 0; i < n; i++) s += a[i]; return s; }\n",
  0, "parallel", NULL, "reduction(+:s)" },
{ "scal-2.2 sum-explicit", "double f(const double *a, int n)\n"
  "{ double s = 0; for (int i = 0; i < n; i++) s = s + a[i]; return s; }\n",
  0, "parallel", NULL, "reduction(+:s)" },
{ "scal-2.3 sum-commuted", "double f(const double *a, int n)\n"
  "{ double s = 0; for (int i = 0; i < n; i++) s = a[i] + s; return s; }\n",
  0, "parallel", NULL, "reduction(+:s)" },
{ "scal-2.4 minus-compound", "double f(const double *a, int n)\n"
  "{ double s = 0; for (int i = 0; i < n; i++) s -= a[i]; return s; }\n",
  0, "parallel", NULL, "reduction(+:s)" },
{ "scal-2.5 minus-explicit", "double f(const double *a, int n)\n"
  "{ double s = 0; for (int i = 0; i < n; i++) s = s - a[i]; return s; }\n",
  0, "parallel", NULL, "reduction(+:s)" },
{ "scal-2.6 minus-reversed", "double f(const double *a, int n)\n"
  "{ double s = 0; for (int i = 0; i < n; i++) s = a[i] - s; return s; }\n",
  0, "serial", "scalar-dependence", NULL },
{ "scal-2.7 product", "long f(const long *a, int n)\n"
  "{ long p = 1; for (int i = 0; i < n; i++) p *= a[i]; return p; }\n",
  0, "parallel", NULL, "reduction(*:p)" },
{ "scal-2.8 product-explicit", "unsigned f(const unsigned *a, int n)\n"
  "{ unsigned p = 1; for (int i = 0; i < n; i++) p = p * a[i]; return p; }\n",
  0, "parallel", NULL, "reduction(*:p)" },
{ "scal-2.8a float-product-serial", "double f(const double *a, int n)\n"
  "{ double p = 1; for (int i = 0; i < n; i++) p *= a[i]; return p; }\n",
  0, "serial", "scalar-dependence", NULL },
{ "scal-2.8b float-product-explicit-serial", "float f(const float *a, int n)\n"
  "{ float p = 1; for (int i = 0; i < n; i++) p = a[i] * p; return p; }\n",
  0, "serial", "scalar-dependence", NULL },
{ "scal-2.9 divide", "double f(const double *a, int n)\n"
  "{ double p = 1; for (int i = 0; i < n; i++) p /= a[i]; return p; }\n",
  0, "serial", "scalar-dependence", NULL },
{ "scal-2.10 bit-and", "unsigned f(const unsigned *a, int n)\n"
  "{ unsigned m = ~0u; for (int i = 0; i < n; i++) m &= a[i]; return m; }\n",
  0, "parallel", NULL, "reduction(&:m)" },
{ "scal-2.11 bit-or", "unsigned f(const unsigned *a, int n)\n"
  "{ unsigned m = 0; for (int i = 0; i < n; i++) m |= a[i]; return m; }\n",
  0, "parallel", NULL, "reduction(|:m)" },
{ "scal-2.12 bit-xor", "unsigned f(const unsigned *a, int n)\n"
  "{ unsigned m = 0; for (int i = 0; i < n; i++) m ^= a[i]; return m; }\n",
  0, "parallel", NULL, "reduction(^:m)" },
{ "scal-2.13 bit-or-explicit", "unsigned f(const unsigned *a, int n)\n"
  "{ unsigned m = 0; for (int i = 0; i < n; i++) m = m | a[i]; return m; }\n",
  0, "parallel", NULL, "reduction(|:m)" },
{ "scal-2.14 shift-not-reduction", "unsigned f(const unsigned *a, int n)\n"
  "{ unsigned m = 0; for (int i = 0; i < n; i++) m = (m << 1) | a[i]; return m; }\n",
  0, "serial", "scalar-dependence", NULL },
{ "scal-2.15 logical-and", "int f(const double *a, int n)\n"
  "{ int all = 1; for (int i = 0; i < n; i++) all = all && a[i] > 0; return all; }\n",
  0, "parallel", NULL, "reduction(&&:all)" },
{ "scal-2.16 logical-or", "int f(const double *a, int n)\n"
  "{ int any = 0; for (int i = 0; i < n; i++) any = any || a[i] > 0; return any; }\n",
  0, "parallel", NULL, "reduction(||:any)" },
{ "scal-2.17 logical-mixed", "int f(const double *a, int n)\n"
  "{ int v = 0; for (int i = 0; i < n; i++) v = (v || a[i] > 0) && a[i] < 9; return v; }\n",
  0, "serial", "scalar-dependence", NULL },
{ "scal-2.18 max-if", "double f(const double *a, int n)\n"
  "{ double m = a[0]; for (int i = 1; i < n; i++) if (a[i] > m) m = a[i]; return m; }\n",
  0, "parallel", NULL, "reduction(max:m)" },
{ "scal-2.19 min-if", "double f(const double *a, int n)\n"
  "{ double m = a[0]; for (int i = 1; i < n; i++) if (a[i] < m) m = a[i]; return m; }\n",
  0, "parallel", NULL, "reduction(min:m)" },
{ "scal-2.20 max-if-reversed", "double f(const double *a, int n)\n"
  "{ double m = a[0]; for (int i = 1; i < n; i++) if (m < a[i]) m = a[i]; return m; }\n",
  0, "parallel", NULL, "reduction(max:m)" },
{ "scal-2.21 max-if-wrong-value", "double f(const double *a, const double *b, int n)\n"
  "{ double m = 0; for (int i = 0; i < n; i++) if (a[i] > m) m = b[i]; return m; }\n",
  0, "serial", NULL, NULL },
{ "scal-2.22 max-ternary", "double f(const double *a, int n)\n"
  "{ double m = a[0]; for (int i = 1; i < n; i++) m = a[i] > m ? a[i] : m; return m; }\n",
  0, "parallel", NULL, "reduction(max:m)" },
{ "scal-2.23 min-ternary", "double f(const double *a, int n)\n"
  "{ double m = a[0]; for (int i = 1; i < n; i++) m = m < a[i] ? m : a[i]; return m; }\n",
  0, "parallel", NULL, "reduction(min:m)" },
{ "scal-2.24 fmax", "#include <math.h>\ndouble f(const double *a, int n)\n"
  "{ double m = a[0]; for (int i = 1; i < n; i++) m = fmax(m, a[i]); return m; }\n",
  0, "parallel", NULL, "reduction(max:m)" },
{ "scal-2.25 fmin", "#include <math.h>\ndouble f(const double *a, int n)\n"
  "{ double m = a[0]; for (int i = 1; i < n; i++) m = fmin(a[i], m); return m; }\n",
  0, "parallel", NULL, "reduction(min:m)" },
{ "scal-2.26 fmax-of-other", "#include <math.h>\ndouble f(const double *a, int n)\n"
  "{ double m = a[0]; for (int i = 1; i < n; i++) m = fmax(a[i - 1], a[i]); return m; }\n",
  0, "parallel", NULL, "firstprivate(m) lastprivate(m)" },
{ "scal-2.27 sum-read-elsewhere", "void f(double *restrict b, const double *restrict a, int n)\n"
  "{ double s = 0; for (int i = 0; i < n; i++) { s += a[i]; b[i] = s; } }\n",
  0, "serial", "scalar-dependence", NULL },
{ "scal-2.28 sum-mixed-ops", "double f(const double *a, int n)\n"
  "{ double s = 0; for (int i = 0; i < n; i++) { s += a[i]; s *= 2; } return s; }\n",
  0, "serial", "scalar-dependence", NULL },
{ "scal-2.29 horner", "double f(const double *a, int n)\n"
  "{ double s = 0; for (int i = 0; i < n; i++) s = s * 2 + a[i]; return s; }\n",
  0, "serial", "scalar-dependence", NULL },
{ "scal-2.30 two-reductions", "long f(const long *a, int n)\n"
  "{ long s = 0, p = 1; for (int i = 0; i < n; i++) { s += a[i]; p *= a[i]; } return s + p; }\n",
  0, "parallel", NULL, "reduction(+:s) reduction(*:p)" },
{ "scal-2.31 private-then-reduction", "double f(const double *a, int n)\n"
  "{ double s = 0, t; for (int i = 0; i < n; i++) { t = a[i] * a[i]; s += t; } return s; }\n",
  0, "parallel", NULL, "private(t) reduction(+:s)" },
{ "scal-2.32 nested-sum", "double a[100][100];\ndouble f(void)\n"
  "{ double s = 0; for (int i = 0; i < 100; i++) for (int j = 0; j < 100; j++) s += a[i][j]; return s; }\n",
  0, "parallel", NULL, "reduction(+:s)" },
{ "scal-2.33 count-if", "int f(const double *a, int n)\n"
  "{ int c = 0; for (int i = 0; i < n; i++) if (a[i] > 0) c++; return c; }\n",
  0, "parallel", NULL, "reduction(+:c)" },
{ "scal-2.34 sum-if", "double f(const double *a, int n)\n"
  "{ double s = 0; for (int i = 0; i < n; i++) if (a[i] > 0) s += a[i]; return s; }\n",
  0, "parallel", NULL, "reduction(+:s)" },
{ "scal-2.35 argmax", "int f(const double *a, int n)\n"
  "{ double m = a[0]; int k = 0;\n"
  "  for (int i = 1; i < n; i++) if (a[i] > m) { m = a[i]; k = i; } return k; }\n",
  0, "serial", NULL, NULL },
{ "scal-2.36 sum-twice", "double f(const double *a, int n)\n"
  "{ double s = 0; for (int i = 0; i < n; i++) { s += a[i]; s += 1; } return s; }\n",
  0, "parallel", NULL, "reduction(+:s)" },
{ "scal-2.37 sum-plus-minus", "double f(const double *a, int n)\n"
  "{ double s = 0; for (int i = 0; i < n; i++) { s += a[i]; s -= 1; } return s; }\n",
  0, "parallel", NULL, "reduction(+:s)" },
{ "scal-2.38 count-read-in-cond", "int f(const double *a, int n)\n"
  "{ int c = 0; for (int i = 0; i < n; i++) if (c < 10) c++; return c; }\n",
  0, "serial", "conditional-induction", NULL },
{ "scal-2.39 int-sum-increment", "int f(const int *a, int n)\n"
  "{ int s = 0; for (int i = 0; i < n; i++) s++; return s; }\n",
  0, "parallel", NULL, "reduction(+:s)" },
{ "scal-2.40 sum-assign-overwrite", "double f(const double *a, int n)\n"
  "{ double s = 0; for (int i = 0; i < n; i++) { s += a[i]; s = 0; } return s; }\n",
  0, "serial", NULL, NULL },
{ "scal-2.41 reduction-dead-after", "void f(const double *a, int n)\n"
  "{ double s = 0; for (int i = 0; i < n; i++) s += a[i]; }\n",
  0, "parallel", NULL, "reduction(+:s)" },

{ "scal-2.42 narrowing-cast-sum", "int f(const int *a, int n)\n"
  "{ int s = 0; for (int i = 0; i < n; i++) s = (unsigned char)(s + a[i]); return s; }\n",
  0, "serial", "scalar-dependence", NULL },
{ "scal-2.43 narrowing-cast-ushort", "int f(int n)\n"
  "{ int s = 0; for (int i = 0; i < n; i++) s = (unsigned short)(s + 4); return s; }\n",
  0, "serial", "scalar-dependence", NULL },
{ "scal-2.44 cast-to-own-type", "int f(const int *a, int n)\n"
  "{ unsigned char s = 0; for (int i = 0; i < n; i++) s = (unsigned char)(s + a[i]); return s; }\n",
  0, "parallel", NULL, "reduction(+:s)" },
{ "scal-2.45 widening-cast-sum", "long f(const int *a, int n)\n"
  "{ long s = 0; for (int i = 0; i < n; i++) s = (long long)(s + a[i]); return s; }\n",
  0, "parallel", NULL, "reduction(+:s)" },
{ "scal-2.46 narrowing-leaf", "long f(const int *a, int n)\n"
  "{ long s = 0; for (int i = 0; i < n; i++) s = (int)s + a[i]; return s; }\n",
  0, "serial", "scalar-dependence", NULL },
{ "scal-2.47 max-stores-truncated", "int f(const int *a, int n)\n"
  "{ int q = 0; for (int i = 0; i < n; i++) if (a[i] > q) q = (signed char)a[i]; return q; }\n",
  0, "serial", "scalar-dependence", NULL },
{ "scal-2.48 max-compares-truncated", "int f(const int *a, int n)\n"
  "{ int q = 0; for (int i = 0; i < n; i++) q = a[i] > (signed char)q ? a[i] : q; return q; }\n",
  0, "serial", "scalar-dependence", NULL },
{ "scal-2.49 max-same-cast-both", "int f(const int *a, int n)\n"
  "{ int q = 0; for (int i = 0; i < n; i++) if ((signed char)a[i] > q) q = (signed char)a[i]; return q; }\n",
  0, "parallel", NULL, "reduction(max:q)" },
{ "scal-2.50 max-different-casts", "int f(const int *a, int n)\n"
  "{ int q = 0; for (int i = 0; i < n; i++) if ((short)a[i] > q) q = (signed char)a[i]; return q; }\n",
  0, "serial", "scalar-dependence", NULL },
{ "scal-2.51 double-through-float", "double f(const double *a, int n)\n"
  "{ double s = 0; for (int i = 0; i < n; i++) s = (float)(s + a[i]); return s; }\n",
  0, "serial", "scalar-dependence", NULL },

/* ---- call-1: calls */
{ "call-1.1 sqrt", "#include <math.h>\nvoid f(double *restrict a, const double *restrict b, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = sqrt(b[i]); }\n", 0, "parallel", NULL, "" },
{ "call-1.2 libm-mix", "#include <math.h>\nvoid f(double *restrict a, const double *restrict b, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = fabs(sin(b[i])) + pow(b[i], 2.0) + exp(-b[i]); }\n",
  0, "parallel", NULL, "" },
{ "call-1.3 pure-helper", "static double sq(double x) { return x * x; }\n"
  "void f(double *restrict a, const double *restrict b, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = sq(b[i]); }\n", 0, "parallel", NULL, "" },
{ "call-1.4 pure-recursive", "static int fib(int k) { return k < 2 ? k : fib(k - 1) + fib(k - 2); }\n"
  "void f(int *a, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = fib(i % 20); }\n", 0, "parallel", NULL, "" },
{ "call-1.5 helper-writes-global", "int cnt;\nstatic double g(double x) { cnt++; return x; }\n"
  "void f(double *restrict a, const double *restrict b, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = g(b[i]); }\n", 0, "serial", "unknown-call", NULL },
{ "call-1.6 helper-reads-global", "int scale = 3;\nstatic double g(double x) { return x * scale; }\n"
  "void f(double *restrict a, const double *restrict b, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = g(b[i]); }\n", 0, "parallel", NULL, "" },
{ "call-1.7 printf", "#include <stdio.h>\nvoid f(const double *a, int n)\n"
  "{ for (int i = 0; i < n; i++) printf(\"%f\\n\", a[i]); }\n", 0, "serial", "io-call", NULL },
{ "call-1.8 puts", "#include <stdio.h>\nvoid f(double *a, int n)\n"
  "{ for (int i = 0; i < n; i++) { a[i] = 0; puts(\"x\"); } }\n", 0, "serial", "io-call", NULL },
{ "call-1.9 helper-prints", "#include <stdio.h>\nstatic double g(double x) { printf(\"%f\\n\", x); return x; }\n"
  "void f(double *restrict a, const double *restrict b, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = g(b[i]); }\n", 0, "serial", NULL, NULL },
{ "call-1.10 rand", "#include <stdlib.h>\nvoid f(int *a, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = rand(); }\n", 0, "serial", "unknown-call", NULL },
{ "call-1.11 strtok", "#include <string.h>\nvoid f(char **out, int n)\n"
  "{ char buf[64] = \"a b c\"; for (int i = 0; i < n; i++) out[i] = strtok(i ? 0 : buf, \" \"); }\n",
  0, "serial", "unknown-call", NULL },
{ "call-1.12 fn-pointer", "void f(double *restrict a, const double *restrict b, double (*fp)(double), int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = fp(b[i]); }\n", 0, "serial", "unknown-call", NULL },
{ "call-1.13 const-attr-decl", "__attribute__((const)) double h(double);\n"
  "void f(double *restrict a, const double *restrict b, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = h(b[i]); }\n", 0, "parallel", NULL, "" },
{ "call-1.14 unknown-decl", "double h(double);\n"
  "void f(double *restrict a, const double *restrict b, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = h(b[i]); }\n", 0, "serial", "unknown-call", NULL },
{ "call-1.15 exit", "#include <stdlib.h>\nvoid f(double *a, int n)\n"
  "{ for (int i = 0; i < n; i++) { if (a[i] < 0) exit(1); a[i] = 1 / a[i]; } }\n",
  0, "serial", "early-exit", NULL },
{ "call-1.16 abort", "#include <stdlib.h>\nvoid f(double *a, int n)\n"
  "{ for (int i = 0; i < n; i++) { if (a[i] < 0) abort(); a[i] = 1 / a[i]; } }\n",
  0, "serial", "early-exit", NULL },
{ "call-1.17 helper-reads-written-global", "double tab[101];\nstatic double rd(int k) { return tab[k + 1]; }\n"
  "void f(void)\n{ for (int i = 0; i < 100; i++) tab[i] = rd(i); }\n", 0, "serial", NULL, NULL },
{ "call-1.20 helper-calls-rand", "#include <stdlib.h>\nstatic int g(int x) { return x + rand(); }\n"
  "void f(int *a, int n)\n{ for (int i = 0; i < n; i++) a[i] = g(i); }\n",
  0, "serial", "unknown-call", NULL },
{ "call-1.21 pure-helper-chain", "static double sq(double x) { return x * x; }\n"
  "static double quad(double x) { return sq(sq(x)); }\n"
  "void f(double *restrict a, const double *restrict b, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = quad(b[i]); }\n", 0, "parallel", NULL, "" },
{ "call-1.22 helper-static-local", "static int g(int x) { static int calls; calls++; return x; }\n"
  "void f(int *a, int n)\n{ for (int i = 0; i < n; i++) a[i] = g(i); }\n",
  0, "serial", "unknown-call", NULL },
{ "call-1.23 helper-local-loop", "static double poly(double x) { double r = 0; for (int k = 0; k < 4; k++) r = r * x + k; return r; }\n"
  "void f(double *restrict a, const double *restrict b, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = poly(b[i]); }\n", 1, "parallel", NULL, "" },
{ "call-1.24 fprintf-stderr", "#include <stdio.h>\nvoid f(const double *a, int n)\n"
  "{ for (int i = 0; i < n; i++) if (a[i] < 0) fprintf(stderr, \"neg\\n\"); }\n", 0, "serial", "io-call", NULL },

/* ---- alias-1: pointers and aliasing */
{ "alias-1.1 two-params", "void f(double *a, const double *b, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = b[i] * 2; }\n", 0, "parallel", "runtime-alias-check", NULL },
{ "alias-1.2 two-restrict-params", "void f(double *restrict a, const double *restrict b, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = b[i] * 2; }\n", 0, "parallel", NULL, "" },
{ "alias-1.3 global-arrays", "double A[1000], B[1000];\nvoid f(void)\n"
  "{ for (int i = 0; i < 1000; i++) A[i] = B[i] * 2; }\n", 0, "parallel", NULL, "" },
{ "alias-1.4 global-array-shifted-other", "double A[1000], B[1000];\nvoid f(void)\n"
  "{ for (int i = 0; i < 999; i++) A[i] = B[i + 1] * 2; }\n", 0, "parallel", NULL, "" },
{ "alias-1.5 mallocs", "#include <stdlib.h>\nvoid f(int n)\n"
  "{ double *a = malloc(n * sizeof *a), *b = malloc(n * sizeof *b);\n"
  "  for (int i = 0; i < n; i++) b[i] = i;\n"
  "  for (int i = 0; i < n; i++) a[i] = b[i] * 2;\n"
  "  free(a); free(b); }\n", 1, "parallel", NULL, "" },
{ "alias-1.6 malloc-offset-view", "#include <stdlib.h>\nvoid f(int n)\n"
  "{ double *a = malloc((n + 1) * sizeof *a); double *b = a + 1;\n"
  "  for (int i = 0; i < n; i++) a[i] = b[i] * 2;\n"
  "  free(a); }\n", 0, "serial", "may-alias", NULL },
{ "alias-1.7 global-vs-param", "double G[1000];\nvoid f(const double *p)\n"
  "{ for (int i = 0; i < 1000; i++) G[i] = p[i] * 2; }\n", 0, "parallel", "runtime-alias-check", NULL },
{ "alias-1.8 global-vs-restrict-param", "double G[1000];\nvoid f(const double *restrict p)\n"
  "{ for (int i = 0; i < 1000; i++) G[i] = p[i] * 2; }\n", 0, "parallel", NULL, "" },
{ "alias-1.9 local-vs-param", "void f(double *p)\n"
  "{ double t[1000]; for (int i = 0; i < 1000; i++) t[i] = i;\n"
  "  for (int i = 0; i < 1000; i++) p[i] = t[i] * 2; }\n", 1, "parallel", NULL, "" },
{ "alias-1.10 int-vs-double", "void f(int *a, const double *b, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = (int)b[i]; }\n", 0, "parallel", "runtime-alias-check", NULL },
{ "alias-1.11 float-vs-double", "void f(float *a, const double *b, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = (float)b[i]; }\n", 0, "parallel", "runtime-alias-check", NULL },
{ "alias-1.12 char-vs-int", "void f(char *a, const int *b, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = (char)b[i]; }\n", 0, "parallel", "runtime-alias-check", NULL },
{ "alias-1.13 int-vs-char-write", "void f(int *a, const char *b, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = b[i]; }\n", 0, "parallel", "runtime-alias-check", NULL },
{ "alias-1.14 unsigned-vs-int", "void f(unsigned *a, const int *b, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = (unsigned)b[i] + 1; }\n", 0, "parallel", "runtime-alias-check", NULL },
{ "alias-1.15 long-vs-long", "void f(long *a, const long *b, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = b[i] + 1; }\n", 0, "parallel", "runtime-alias-check", NULL },
{ "alias-1.16 read-only-params", "void f(double *restrict c, const double *a, const double *b, int n)\n"
  "{ for (int i = 0; i < n; i++) c[i] = a[i] + b[i]; }\n", 0, "parallel", NULL, "" },
{ "alias-1.17 restrict-written-only", "void f(double *restrict a, const double *b, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = b[i] * 2; }\n", 0, "parallel", NULL, "" },
{ "alias-1.18 struct-array-members", "struct P { double x[100]; double y[100]; };\nvoid f(struct P *p)\n"
  "{ for (int i = 0; i < 100; i++) p->x[i] = p->y[i] * 2; }\n", 0, "parallel", NULL, "" },
{ "alias-1.19 struct-pointer-members", "struct P { double *x; double *y; };\nvoid f(struct P *p, int n)\n"
  "{ for (int i = 0; i < n; i++) p->x[i] = p->y[i] * 2; }\n", 0, "serial", NULL, NULL },
{ "alias-1.20 global-pointer-vs-param", "double *gp;\nvoid f(const double *p, int n)\n"
  "{ for (int i = 0; i < n; i++) gp[i] = p[i]; }\n", 0, "parallel", "runtime-alias-check", NULL },
{ "alias-1.21 same-param-twice", "void g(double *a, const double *b, int n);\n"
  "void f(double *x, int n)\n{ for (int i = 0; i < n; i++) x[i] = x[i] + 1; }\n", 0, "parallel", NULL, "" },
{ "alias-1.22 pointer-rows", "void f(double **a, int n)\n"
  "{ for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) a[i][j] = 0; }\n", 0, "serial", NULL, NULL },
{ "alias-1.23 local-arrays", "double f(int n)\n"
  "{ double x[1000], y[1000];\n"
  "  for (int i = 0; i < 1000; i++) y[i] = i;\n"
  "  for (int i = 0; i < 1000; i++) x[i] = y[i] * 2;\n"
  "  return x[5]; }\n", 1, "parallel", NULL, "" },
{ "alias-1.24 local-pointer-into-global", "double G[1000];\nvoid f(void)\n"
  "{ double *p = G + 1; for (int i = 0; i < 999; i++) G[i] = p[i]; }\n", 0, "serial", "may-alias", NULL },
{ "alias-1.25 malloc-vs-param", "#include <stdlib.h>\ndouble *f(const double *p, int n)\n"
  "{ double *a = malloc(n * sizeof *a); for (int i = 0; i < n; i++) a[i] = p[i] * 2; return a; }\n",
  0, "parallel", NULL, "" },
{ "alias-1.26 uchar-vs-int", "void f(unsigned char *a, const int *b, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = (unsigned char)b[i]; }\n", 0, "parallel", "runtime-alias-check", NULL },
{ "alias-1.27 struct-vs-double", "struct P { double x, y; };\nvoid f(struct P *a, const double *b, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i].x = b[i]; }\n", 0, "parallel", "runtime-alias-check", NULL },
{ "alias-1.28 typedef-same-type", "typedef double real;\nvoid f(double *a, const real *b, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = b[i] + 1; }\n", 0, "parallel", "runtime-alias-check", NULL },
{ "alias-1.29 void-pointer-cast", "void f(double *a, void *v, int n)\n"
  "{ double *b = v; for (int i = 0; i < n; i++) a[i] = b[i] + 1; }\n", 0, "parallel", "runtime-alias-check", NULL },
{ "alias-1.30 local-pointer-from-param", "void f(double *a, int n)\n"
  "{ double *q = a + 1; for (int i = 0; i < n; i++) a[i] = q[i] + 1; }\n", 0, "parallel", "runtime-alias-check", NULL },
{ "alias-1.31 int-vs-long", "void f(int *a, const long *b, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = (int)b[i]; }\n", 0, "parallel", "runtime-alias-check", NULL },
{ "alias-1.32 int-vs-const-int", "void f(int *a, const int *b, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = b[i] + 1; }\n", 0, "parallel", "runtime-alias-check", NULL },
{ "alias-1.33 int32-vs-int", "#include <stdint.h>\nvoid f(int *a, const int32_t *b, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = b[i] + 1; }\n", 0, "parallel", "runtime-alias-check", NULL },
{ "alias-1.34 param-and-global-pointer-array", "double G[1000];\nvoid f(double *p)\n"
  "{ for (int i = 0; i < 999; i++) p[i] = G[i + 1]; }\n", 0, "parallel", "runtime-alias-check", NULL },
{ "alias-1.35 restrict-self-shift", "void f(double *restrict a, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = a[i + 1]; }\n", 0, "serial", "anti-dependence", NULL },
{ "alias-1.36 local-pointer-to-global-row", "double G[100][100];\nvoid f(void)\n"
  "{ for (int i = 1; i < 100; i++) { double *r = G[i - 1]; for (int j = 0; j < 100; j++) G[i][j] = r[j]; } }\n",
  0, "serial", NULL, NULL },

/* ---- hz-1: hazards */
{ "hz-1.1 break", "void f(double *a, int n)\n"
  "{ for (int i = 0; i < n; i++) { if (a[i] < 0) break; a[i] = 1; } }\n", 0, "serial", "early-exit", NULL },
{ "hz-1.2 return", "int f(double *a, int n)\n"
  "{ for (int i = 0; i < n; i++) { if (a[i] < 0) return i; a[i] = 1; } return -1; }\n",
  0, "serial", "early-exit", NULL },
{ "hz-1.3 goto-out", "void f(double *a, int n)\n"
  "{ for (int i = 0; i < n; i++) { if (a[i] < 0) goto out; a[i] = 1; }\nout:;\n}\n",
  0, "serial", "early-exit", NULL },
{ "hz-1.4 break-in-inner", "double a[100][100];\nvoid f(void)\n"
  "{ for (int i = 0; i < 100; i++) for (int j = 0; j < 100; j++) { if (a[i][j] < 0) break; a[i][j] = 1; } }\n",
  0, "parallel", NULL, "schedule(dynamic, parc_rt_chunk(100LL))" },
{ "hz-1.5 break-in-inner-inner-loop", "double a[100][100];\nvoid f(void)\n"
  "{ for (int i = 0; i < 100; i++) for (int j = 0; j < 100; j++) { if (a[i][j] < 0) break; a[i][j] = 1; } }\n",
  1, "inner", NULL, NULL },
{ "hz-1.6 break-in-switch", "void f(double *a, const int *k, int n)\n"
  "{ for (int i = 0; i < n; i++) switch (k[i]) { case 0: a[i] = 1; break; default: a[i] = 2; break; } }\n",
  0, "parallel", "runtime-alias-check", NULL },
{ "hz-1.7 continue", "void f(double *a, int n)\n"
  "{ for (int i = 0; i < n; i++) { if (a[i] < 0) continue; a[i] = a[i] * 2; } }\n", 0, "parallel", NULL, "" },
{ "hz-1.8 volatile-read", "volatile int v;\nvoid f(int *a, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = v; }\n", 0, "serial", "volatile", NULL },
{ "hz-1.9 volatile-pointer", "void f(volatile double *a, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = 0; }\n", 0, "serial", "volatile", NULL },
{ "hz-1.10 atomic-counter", "_Atomic int c;\nvoid f(const int *a, int n)\n"
  "{ for (int i = 0; i < n; i++) c += a[i]; }\n", 0, "serial", "atomic", NULL },
{ "hz-1.11 inline-asm", "void f(int *a, int n)\n"
  "{ for (int i = 0; i < n; i++) { a[i] = 0; __asm__ volatile(\"\" ::: \"memory\"); } }\n",
  0, "serial", "inline-asm", NULL },
{ "hz-1.12 index-modified", "void f(double *a, int n)\n"
  "{ for (int i = 0; i < n; i++) { a[i] = 0; if (a[i + 1] < 0) i++; } }\n", 0, "serial", "index-modified", NULL },
{ "hz-1.13 index-assigned", "void f(double *a, int n)\n"
  "{ for (int i = 0; i < n; i++) { a[i] = 0; i = i + 1; } }\n", 0, "serial", "index-modified", NULL },
{ "hz-1.14 bound-modified", "void f(double *a, int n)\n"
  "{ for (int i = 0; i < n; i++) { a[i] = 0; if (i == 3) n--; } }\n", 0, "serial", "bound-modified", NULL },
{ "hz-1.15 bound-read-only", "void f(double *a, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = n - i; }\n", 0, "parallel", NULL, "" },
{ "hz-1.16 bound-global-written", "int gn;\nvoid f(double *a)\n"
  "{ for (int i = 0; i < gn; i++) { a[i] = 0; gn = 5; } }\n", 0, "serial", NULL, NULL },
{ "hz-1.17 index-address-taken", "void g(int *);\nvoid f(double *a, int n)\n"
  "{ for (int i = 0; i < n; i++) { a[i] = 0; g(&i); } }\n", 0, "serial", NULL, NULL },
{ "hz-1.18 while-inner", "double a[100][100];\nvoid f(void)\n"
  "{ for (int i = 0; i < 100; i++) { int j = 0; while (j < 100) { a[i][j] = 0; j++; } } }\n",
  0, "parallel", NULL, "schedule(dynamic, parc_rt_chunk(100LL))" },
{ "hz-1.19 break-in-while-inner", "void f(double *restrict a, const int *restrict len, int n)\n"
  "{ for (int i = 0; i < n; i++) { int k = 0; while (1) { if (k >= len[i]) break; k++; } a[i] = k; } }\n",
  0, "parallel", NULL, "schedule(dynamic, parc_rt_chunk((long long)n))" },
{ "hz-1.20 return-in-inner", "double a[100][100];\nint f(void)\n"
  "{ for (int i = 0; i < 100; i++) for (int j = 0; j < 100; j++) { if (a[i][j] < 0) return 1; a[i][j] = 1; } return 0; }\n",
  0, "serial", "early-exit", NULL },
{ "hz-1.21 volatile-local", "void f(int *a, int n)\n"
  "{ volatile int t; for (int i = 0; i < n; i++) { t = i; a[i] = t; } }\n", 0, "serial", "volatile", NULL },
{ "hz-1.22 atomic-pointer", "void f(_Atomic int *a, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = i; }\n", 0, "serial", "atomic", NULL },

/* ---- canon-1: loop shapes */
{ "canon-1.1 long-index", "void f(double *a, long n)\n"
  "{ for (long i = 0; i < n; i++) a[i] = 0; }\n", 0, "parallel", NULL, "" },
{ "canon-1.2 size_t-index", "#include <stddef.h>\nvoid f(double *a, size_t n)\n"
  "{ for (size_t i = 0; i < n; i++) a[i] = 0; }\n", 0, "parallel", NULL, "" },
{ "canon-1.3 unsigned-index", "void f(double *a, unsigned n)\n"
  "{ for (unsigned i = 0; i < n; i++) a[i] = 0; }\n", 0, "parallel", NULL, "" },
{ "canon-1.4 int64-index", "#include <stdint.h>\nvoid f(double *a, int64_t n)\n"
  "{ for (int64_t i = 0; i < n; i++) a[i] = 0; }\n", 0, "parallel", NULL, "" },
{ "canon-1.5 le", "void f(double *a, int n)\n"
  "{ for (int i = 0; i <= n; i++) a[i] = 0; }\n", 0, "parallel", NULL, "" },
{ "canon-1.6 gt-down", "void f(double *a, int n)\n"
  "{ for (int i = n; i > 0; i--) a[i] = 0; }\n", 0, "parallel", NULL, "" },
{ "canon-1.7 ge-down", "void f(double *a, int n)\n"
  "{ for (int i = n - 1; i >= 0; i--) a[i] = 0; }\n", 0, "parallel", NULL, "" },
{ "canon-1.8 ne-step1", "void f(double *a, int n)\n"
  "{ for (int i = 0; i != n; i++) a[i] = 0; }\n", 0, "parallel", NULL, "" },
{ "canon-1.9 ne-step2", "void f(double *a, int n)\n"
  "{ for (int i = 0; i != n; i += 2) a[i] = 0; }\n", 0, "serial", "non-canonical-loop", NULL },
{ "canon-1.10 ne-down", "void f(double *a, int n)\n"
  "{ for (int i = n; i != 0; i--) a[i] = 0; }\n", 0, "parallel", NULL, "" },
{ "canon-1.11 plus-eq-3", "void f(double *a, int n)\n"
  "{ for (int i = 0; i < n; i += 3) a[i] = 0; }\n", 0, "parallel", NULL, "" },
{ "canon-1.12 minus-eq-2", "void f(double *a, int n)\n"
  "{ for (int i = n; i > 0; i -= 2) a[i] = 0; }\n", 0, "parallel", NULL, "" },
{ "canon-1.13 i-eq-i-plus", "void f(double *a, int n)\n"
  "{ for (int i = 0; i < n; i = i + 2) a[i] = 0; }\n", 0, "parallel", NULL, "" },
{ "canon-1.14 forever", "void f(double *a, int n)\n"
  "{ for (;;) { if (n <= 0) break; a[--n] = 0; } }\n", 0, "serial", "non-canonical-loop", NULL },
{ "canon-1.15 no-cond", "void f(double *a, int n)\n"
  "{ int i; for (i = 0; ; i++) { if (i >= n) break; a[i] = 0; } }\n", 0, "serial", "non-canonical-loop", NULL },
{ "canon-1.16 no-init", "void f(double *a, int n)\n"
  "{ int i = 0; for (; i < n; i++) a[i] = 0; }\n", 0, "serial", "non-canonical-loop", NULL },
{ "canon-1.17 no-step", "void f(double *a, int n)\n"
  "{ for (int i = 0; i < n;) { a[i] = 0; i++; } }\n", 0, "serial", "non-canonical-loop", NULL },
{ "canon-1.18 step-away", "void f(double *a, int n)\n"
  "{ for (int i = 0; i < n; i--) a[i & 15] = 0; }\n", 0, "serial", "non-canonical-loop", NULL },
{ "canon-1.19 step-away-down", "void f(double *a, int n)\n"
  "{ for (int i = n; i > 0; i++) a[i & 15] = 0; }\n", 0, "serial", "non-canonical-loop", NULL },
{ "canon-1.20 float-index", "void f(double *a, int n)\n"
  "{ for (float x = 0; x < n; x += 1) a[(int)x] = 0; }\n", 0, "serial", "non-canonical-loop", NULL },
{ "canon-1.21 double-index", "void f(double *a, int n)\n"
  "{ for (double x = 0; x < n; x++) a[(int)x] = x; }\n", 0, "serial", "non-canonical-loop", NULL },
{ "canon-1.22 global-index", "int gi;\nvoid f(double *a, int n)\n"
  "{ for (gi = 0; gi < n; gi++) a[gi] = 0; }\n", 0, "serial", "non-canonical-loop", NULL },
{ "canon-1.23 times-step", "void f(double *a, int n)\n"
  "{ for (int i = 1; i < n; i *= 2) a[i] = 0; }\n", 0, "serial", "non-canonical-loop", NULL },
{ "canon-1.24 comma-two-indices", "void f(double *restrict a, const double *restrict b, int n)\n"
  "{ int i, j; for (i = 0, j = n - 1; i < n; i++, j--) a[i] = b[j]; }\n", 0, "serial", "non-canonical-loop", NULL },
{ "canon-1.25 and-condition", "void f(double *a, int n, int m)\n"
  "{ for (int i = 0; i < n && i < m; i++) a[i] = 0; }\n", 0, "serial", "non-canonical-loop", NULL },
{ "canon-1.26 bound-expression", "void f(double *a, int n)\n"
  "{ for (int i = 0; i < 2 * n + 1; i++) a[i] = 0; }\n", 0, "parallel", NULL, "" },
{ "canon-1.27 param-start", "void f(double *a, int lo, int hi)\n"
  "{ for (int i = lo; i < hi; i++) a[i] = 0; }\n", 0, "parallel", NULL, "" },
{ "canon-1.28 unsigned-down", "void f(double *a, unsigned n)\n"
  "{ for (unsigned i = n; i > 0; i--) a[i - 1] = 0; }\n", 0, "parallel", NULL, "" },
{ "canon-1.29 size_t-step-2", "#include <stddef.h>\nvoid f(double *a, size_t n)\n"
  "{ for (size_t i = 0; i < n; i += 2) a[i] = a[i + 1]; }\n", 0, "parallel", NULL, "" },
{ "canon-1.30 long-index-outside", "long f(double *a, long n)\n"
  "{ long i; for (i = 0; i < n; i++) a[i] = 0; return i; }\n", 0, "serial", "conditional-lastprivate", NULL },
{ "canon-1.31 ne-step-minus-2", "void f(double *a, int n)\n"
  "{ for (int i = n; i != 0; i -= 2) a[i] = 0; }\n", 0, "serial", "non-canonical-loop", NULL },
{ "canon-1.32 char-index", "void f(double *a)\n"
  "{ for (unsigned char c = 0; c < 200; c++) a[c] = 0; }\n", 0, "parallel", NULL, "" },

/* ---- dec-1: decisions, collapse, profitability, pragmas, macros */
{ "dec-1.1 outermost-chosen", "double a[100][100];\nvoid f(void)\n"
  "{ for (int i = 0; i < 100; i++) for (int j = 0; j < 100; j++) a[i][j] = i * j; }\n",
  0, "parallel", NULL, "" },
{ "dec-1.2 outermost-inner", "double a[100][100];\nvoid f(void)\n"
  "{ for (int i = 0; i < 100; i++) for (int j = 0; j < 100; j++) a[i][j] = i * j; }\n",
  1, "inner", NULL, NULL },
{ "dec-1.3 matmul-collapse-short-outer", "double a[16][64], b[64][64], c[16][64];\nvoid f(void)\n"
  "{ for (int i = 0; i < 16; i++) for (int j = 0; j < 64; j++) for (int k = 0; k < 64; k++)\n"
  "    c[i][j] += a[i][k] * b[k][j]; }\n", 0, "parallel", NULL, "collapse(2)" },
{ "dec-1.3a matmul-no-collapse-long-outer", "double a[64][64], b[64][64], c[64][64];\nvoid f(void)\n"
  "{ for (int i = 0; i < 64; i++) for (int j = 0; j < 64; j++) for (int k = 0; k < 64; k++)\n"
  "    c[i][j] += a[i][k] * b[k][j]; }\n", 0, "parallel", NULL, "" },
{ "dec-1.3b no-collapse-symbolic-outer", "void f(int n, double c[n][64], double a[n][64])\n"
  "{ for (int i = 0; i < n; i++) for (int j = 0; j < 64; j++) for (int k = 0; k < 64; k++)\n"
  "    c[i][j] += a[i][k]; }\n", 0, "parallel", NULL, NULL },
{ "dec-1.3c collapse-31", "double a[31][64], b[64][64], c[31][64];\nvoid f(void)\n"
  "{ for (int i = 0; i < 31; i++) for (int j = 0; j < 64; j++) for (int k = 0; k < 64; k++)\n"
  "    c[i][j] += a[i][k] * b[k][j]; }\n", 0, "parallel", NULL, "collapse(2)" },
{ "dec-1.3d no-collapse-32", "double a[32][64], b[64][64], c[32][64];\nvoid f(void)\n"
  "{ for (int i = 0; i < 32; i++) for (int j = 0; j < 64; j++) for (int k = 0; k < 64; k++)\n"
  "    c[i][j] += a[i][k] * b[k][j]; }\n", 0, "parallel", NULL, "" },
{ "dec-1.4 matmul-j-inner", "double a[64][64], b[64][64], c[64][64];\nvoid f(void)\n"
  "{ for (int i = 0; i < 64; i++) for (int j = 0; j < 64; j++) for (int k = 0; k < 64; k++)\n"
  "    c[i][j] += a[i][k] * b[k][j]; }\n", 1, "inner", NULL, NULL },
{ "dec-1.5 matmul-k-inner", "double a[64][64], b[64][64], c[64][64];\nvoid f(void)\n"
  "{ for (int i = 0; i < 64; i++) for (int j = 0; j < 64; j++) for (int k = 0; k < 64; k++)\n"
  "    c[i][j] += a[i][k] * b[k][j]; }\n", 2, "inner", NULL, NULL },
{ "dec-1.6 matmul-sum-collapse", "double a[8][64], b[64][64], c[8][64];\nvoid f(void)\n"
  "{ for (int i = 0; i < 8; i++) for (int j = 0; j < 64; j++) {\n"
  "    double s = 0; for (int k = 0; k < 64; k++) s += a[i][k] * b[k][j]; c[i][j] = s; } }\n",
  0, "parallel", NULL, "collapse(2)" },
{ "dec-1.7 matmul-outside-indices", "double a[64][64], b[64][64], c[64][64];\nvoid f(void)\n"
  "{ int i, j, k; for (i = 0; i < 64; i++) for (j = 0; j < 64; j++) for (k = 0; k < 64; k++)\n"
  "    c[i][j] += a[i][k] * b[k][j]; }\n", 0, "parallel", NULL, NULL },
{ "dec-1.8 two-deep-no-collapse", "double a[64][64];\nvoid f(void)\n"
  "{ for (int i = 0; i < 64; i++) for (int j = 0; j < 64; j++) a[i][j] = 0; }\n",
  0, "parallel", NULL, "" },
{ "dec-1.9 triangular-no-collapse", "double a[64][64], b[64][64], c[64][64];\nvoid f(void)\n"
  "{ for (int i = 0; i < 64; i++) for (int j = 0; j < i; j++) for (int k = 0; k < 64; k++)\n"
  "    c[i][j] += a[i][k] * b[k][j]; }\n", 0, "parallel", NULL, "schedule(static, parc_rt_static_chunk(64LL))" },
{ "dec-1.10 imperfect-no-collapse", "double a[64][64], b[64][64], c[64][64], d[64];\nvoid f(void)\n"
  "{ for (int i = 0; i < 64; i++) { d[i] = 0; for (int j = 0; j < 64; j++) for (int k = 0; k < 64; k++)\n"
  "    c[i][j] += a[i][k] * b[k][j]; } }\n", 0, "parallel", NULL, "" },
{ "dec-1.11 collapse-blocked-by-j-dep", "double a[64][64], b[64][64];\nvoid f(void)\n"
  "{ for (int i = 0; i < 64; i++) for (int j = 1; j < 64; j++) for (int k = 0; k < 64; k++)\n"
  "    a[i][j] += a[i][j - 1] * b[j][k]; }\n", 0, "parallel", NULL, "" },
/* Profitability rows use the cost model (last field true): a[i] = b[i]
 * costs 5 units plus 1, so 16384 units need 2731 iterations. */
{ "dec-1.12 small-trip", "double a[100], b[100];\nvoid f(void)\n"
  "{ for (int i = 0; i < 8; i++) a[i] = b[i]; }\n", 0, "serial", "not-profitable", NULL, true },
{ "dec-1.13 trip-2730", "double a[4000], b[4000];\nvoid f(void)\n"
  "{ for (int i = 0; i < 2730; i++) a[i] = b[i]; }\n", 0, "serial", "not-profitable", NULL, true },
{ "dec-1.14 trip-2731", "double a[4000], b[4000];\nvoid f(void)\n"
  "{ for (int i = 0; i < 2731; i++) a[i] = b[i]; }\n", 0, "parallel", NULL, "", true },
{ "dec-1.15 trip-le-2729", "double a[4000], b[4000];\nvoid f(void)\n"
  "{ for (int i = 0; i <= 2729; i++) a[i] = b[i]; }\n", 0, "serial", "not-profitable", NULL, true },
{ "dec-1.16 trip-le-2730", "double a[4000], b[4000];\nvoid f(void)\n"
  "{ for (int i = 0; i <= 2730; i++) a[i] = b[i]; }\n", 0, "parallel", NULL, "", true },
{ "dec-1.17 small-trip-stride", "double a[100], b[100];\nvoid f(void)\n"
  "{ for (int i = 0; i < 40; i += 4) a[i] = b[i]; }\n", 0, "serial", "not-profitable", NULL, true },
{ "dec-1.18 small-trip-with-inner", "double a[4][1000];\nvoid f(int n)\n"
  "{ for (int i = 0; i < 4; i++) for (int j = 0; j < n; j++) a[i][j] = j; }\n", 0, "parallel", NULL, "", true },
{ "dec-1.19 small-inner-trip", "double a[1000][4];\nvoid f(int n)\n"
  "{ for (int i = 0; i < n; i++) for (int j = 0; j < 4; j++) a[i][j] = j; }\n", 0, "parallel", NULL,
  "if((long long)n >= 565LL)", true },
{ "dec-1.19a guard-symbolic", "void f(double *restrict a, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = 0; }\n", 0, "parallel", NULL, "if((long long)n >= 4096LL)", true },
{ "dec-1.19b guard-two-bounds", "void f(double *restrict a, int m, int n)\n"
  "{ for (int i = m; i <= n; i++) a[i] = 0; }\n", 0, "parallel", NULL,
  "if((long long)n - (long long)m >= 4095LL)", true },
{ "dec-1.19c guard-downward", "void f(double *restrict a, int n)\n"
  "{ for (int i = n; i > 0; i--) a[i] = 0; }\n", 0, "parallel", NULL, "if((long long)n >= 4096LL)", true },
{ "dec-1.19d guard-stride", "void f(double *restrict a, long n)\n"
  "{ for (long i = 0; i < n; i += 4) a[i] = 0; }\n", 0, "parallel", NULL, "if((long long)n >= 16384LL)", true },
{ "dec-1.19i guard-member-bound", "struct l { int n; int *v; };\nint f(struct l *p)\n"
  "{ int m = 0; for (int i = 0; i < p->n; i++) m |= p->v[i]; return m; }\n", 0, "parallel", NULL,
  "reduction(|:m) if((long long)(p->n) >= 2731LL)", true },
{ "dec-1.19e no-guard-call-bound", "int g(void) __attribute__((const));\nvoid f(double *restrict a)\n"
  "{ for (int i = 0; i < g(); i++) a[i] = 0; }\n", 0, "parallel", NULL, "", true },
{ "dec-1.19f guard-libm-cost", "#include <math.h>\nvoid f(double *restrict a, const double *restrict b, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = sqrt(b[i]); }\n", 0, "parallel", NULL, "if((long long)n >= 456LL)", true },
{ "dec-1.19g no-guard-unknown-inner", "double a[1000][1000];\nvoid f(int n, int m)\n"
  "{ for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) a[i][j] = j; }\n", 0, "parallel", NULL, "", true },
{ "dec-1.19h guard-with-overlap-test", "void f(double *a, const double *b, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = b[i]; }\n", 0, "parallel", NULL, NULL, true },
{ "dec-1.20 macro-loop", "#define LOOP(i, n) for (i = 0; i < n; i++)\n"
  "void f(double *a, int n)\n{ int i; LOOP(i, n) a[i] = 0; }\n", 0, "skipped", "macro-loop", NULL },
{ "dec-1.21 macro-in-body", "#define SQR(x) ((x) * (x))\n"
  "void f(double *restrict a, const double *restrict b, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = SQR(b[i]); }\n", 0, "parallel", NULL, "" },
{ "dec-1.22 macro-bound", "#define N 1000\ndouble a[N];\nvoid f(void)\n"
  "{ for (int i = 0; i < N; i++) a[i] = i; }\n", 0, "parallel", NULL, "" },
{ "dec-1.23 existing-pragma", "void f(double *a, int n)\n"
  "{\n#pragma omp parallel for\n  for (int i = 0; i < n; i++) a[i] = 0;\n}\n", 0, "skipped", "existing-pragma", NULL },
{ "dec-1.24 existing-pragma-serial-body", "void f(double *a, int n)\n"
  "{\n#pragma omp parallel for\n  for (int i = 1; i < n; i++) a[i] = a[i - 1];\n}\n", 0, "skipped", "existing-pragma", NULL },
{ "dec-1.25 inside-parallel-region", "void f(double *a, int n)\n"
  "{\n#pragma omp parallel\n  {\n    for (int i = 0; i < n; i++) a[i] = 0;\n  }\n}\n",
  0, "skipped", "existing-pragma", NULL },
{ "dec-1.26 after-existing-pragma", "void f(double *restrict a, double *restrict b, int n)\n"
  "{\n#pragma omp parallel for\n  for (int i = 0; i < n; i++) a[i] = 0;\n"
  "  for (int i = 0; i < n; i++) b[i] = 1;\n}\n", 1, "parallel", NULL, "" },
{ "dec-1.27 inner-of-existing-pragma", "double a[100][100];\nvoid f(void)\n"
  "{\n#pragma omp parallel for\n  for (int i = 0; i < 100; i++) for (int j = 0; j < 100; j++) a[i][j] = 0;\n}\n",
  1, "skipped", "existing-pragma", NULL },
{ "dec-1.28 serial-outer-io-inner-parallel", "#include <stdio.h>\ndouble a[100][100];\nvoid f(void)\n"
  "{ for (int i = 0; i < 100; i++) { printf(\"%d\\n\", i); for (int j = 0; j < 100; j++) a[i][j] = 0; } }\n",
  1, "parallel", NULL, "" },
{ "dec-1.29 serial-outer-io", "#include <stdio.h>\ndouble a[100][100];\nvoid f(void)\n"
  "{ for (int i = 0; i < 100; i++) { printf(\"%d\\n\", i); for (int j = 0; j < 100; j++) a[i][j] = 0; } }\n",
  0, "serial", "io-call", NULL },
{ "dec-1.30 for-in-while", "void f(double *restrict a, const double *restrict b, int n)\n"
  "{ int t = 0; while (t < 10) { for (int i = 0; i < n; i++) a[i] = b[i] + t; t++; } }\n",
  1, "parallel", NULL, "" },
{ "dec-1.31 second-function", "void g(double *a, int n)\n{ for (int i = 1; i < n; i++) a[i] = a[i - 1]; }\n"
  "void f(double *a, int n)\n{ for (int i = 0; i < n; i++) a[i] = 0; }\n", 1, "parallel", NULL, "" },
{ "dec-1.32 three-deep-middle", "double a[50][50][50];\nvoid f(void)\n"
  "{ for (int i = 1; i < 50; i++) for (int j = 0; j < 50; j++) for (int k = 1; k < 50; k++)\n"
  "    a[i][j][k] = a[i - 1][j][k - 1]; }\n", 1, "parallel", NULL, "" },
{ "dec-1.33 macro-loop-inner", "#define LOOP(i, n) for (i = 0; i < n; i++)\ndouble a[100][100];\n"
  "void f(void)\n{ int j; for (int i = 0; i < 100; i++) LOOP(j, 100) a[i][j] = 0; }\n",
  0, "parallel", NULL, "private(j)" },
{ "dec-1.34 sequential-loops", "void f(double *restrict a, double *restrict b, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = i;\n  for (int i = 1; i < n; i++) b[i] = b[i - 1] + a[i]; }\n",
  1, "serial", "flow-dependence", NULL },

/* ---- deps-3: subscripts parc must not treat as affine */
{ "deps-3.1 modulo-subscript", "void f(double *a, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i % 10] = i; }\n", 0, "serial", "output-dependence", NULL },
{ "deps-3.2 divide-subscript", "void f(double *a, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i / 2] = i; }\n", 0, "serial", "output-dependence", NULL },
{ "deps-3.3 square-subscript", "void f(double *a, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i * i] = i; }\n", 0, "serial", NULL, NULL },
{ "deps-3.4 mask-subscript", "void f(double *a, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i & 7] = i; }\n", 0, "serial", "output-dependence", NULL },
{ "deps-3.5 uchar-cast-subscript", "double A[300];\nvoid f(void)\n"
  "{ for (int i = 0; i < 300; i++) A[(unsigned char)i] = i; }\n", 0, "serial", NULL, NULL },
{ "deps-3.6 uchar-cast-param-bound", "void f(double *a, int n)\n"
  "{ for (int i = 0; i < n; i++) a[(unsigned char)i] = i; }\n", 0, "serial", NULL, NULL },
{ "deps-3.7 short-cast-subscript", "void f(double *a, int n)\n"
  "{ for (int i = 0; i < n; i++) a[(short)i] = i; }\n", 0, "serial", NULL, NULL },
{ "deps-3.8 bool-cast-subscript", "void f(double *a, int n)\n"
  "{ for (int i = 0; i < n; i++) a[(_Bool)i] = 1; }\n", 0, "serial", NULL, NULL },
{ "deps-3.9 uchar-local-subscript", "void f(double *a, int n)\n"
  "{ for (int i = 0; i < n; i++) { unsigned char k = i; a[k] = 1; } }\n", 0, "serial", "output-dependence", NULL },
{ "deps-3.10 widening-cast-subscript", "void f(double *restrict a, int n)\n"
  "{ for (int i = 0; i < n; i++) a[(long)i] = i; }\n", 0, "parallel", NULL, "" },
{ "deps-3.11 fixed-row-in-nest", "double A[100][100];\nvoid f(void)\n"
  "{ for (int i = 0; i < 100; i++) for (int j = 0; j < 100; j++) A[0][j] = i + j; }\n",
  0, "serial", "output-dependence", NULL },
{ "deps-3.12 fixed-row-in-nest-inner", "double A[100][100];\nvoid f(void)\n"
  "{ for (int i = 0; i < 100; i++) for (int j = 0; j < 100; j++) A[0][j] = i + j; }\n",
  1, "parallel", NULL, "" },
{ "deps-3.13 odd-stride-even-read", "void f(double *a, int n)\n"
  "{ for (int i = 1; i < n; i += 2) a[i] = a[i - 1]; }\n", 0, "parallel", NULL, "" },
{ "deps-3.14 even-stride-prev-even", "void f(double *a, int n)\n"
  "{ for (int i = 2; i < n; i += 2) a[i] = a[i - 2]; }\n", 0, "serial", "flow-dependence", NULL },

/* ---- scal-3: more scalar and memory hazards */
{ "scal-3.1 pointer-bump", "void f(double *restrict p, const double *restrict b, int n)\n"
  "{ for (int i = 0; i < n; i++) *p++ = b[i]; }\n", 0, "serial", NULL, NULL },
{ "scal-3.2 scalar-via-pointer", "void f(double *restrict a, const double *restrict b, int n)\n"
  "{ double t; double *pt = &t; for (int i = 0; i < n; i++) { t = b[i]; a[i] = *pt; } }\n",
  0, "serial", NULL, NULL },
{ "scal-3.3 array-element-accumulator", "void f(double *restrict a, const double *restrict b, int n)\n"
  "{ for (int i = 0; i < n; i++) a[0] += b[i]; }\n", 0, "serial", NULL, NULL },
{ "scal-3.4 accumulate-through-param", "void f(const double *a, double *s, int n)\n"
  "{ for (int i = 0; i < n; i++) *s += a[i]; }\n", 0, "serial", NULL, NULL },
{ "scal-3.5 bound-through-pointer", "void f(int *a, int *np)\n"
  "{ for (int i = 0; i < *np; i++) a[i] = 0; }\n", 0, "serial", NULL, NULL },
{ "scal-3.6 bound-global-vs-param", "int gn;\nvoid f(int *a)\n"
  "{ for (int i = 0; i < gn; i++) a[i] = 0; }\n", 0, "serial", NULL, NULL },
{ "scal-3.7 strlen-bound", "#include <string.h>\nvoid f(char *s)\n"
  "{ for (int i = 0; i < (int)strlen(s); i++) s[i] = 0; }\n", 0, "serial", NULL, NULL },
{ "scal-3.8 reduction-read-by-helper", "double gs;\nstatic double getgs(void) { return gs; }\n"
  "void f(const double *restrict a, double *restrict b, int n)\n"
  "{ for (int i = 0; i < n; i++) { gs += a[i]; b[i] = getgs(); } }\n", 0, "serial", NULL, NULL },
{ "scal-3.9 both-branches-assign", "double f(double *restrict a, const double *restrict b, int n)\n"
  "{ double t = 0; for (int i = 0; i < n; i++) { if (b[i] > 0) t = 1; else t = 2; a[i] = t; } return t; }\n",
  0, "parallel", NULL, "firstprivate(t) lastprivate(t)" },
{ "scal-3.10 inner-loop-maybe-zero-trip", "void f(double a[100][100], double *restrict b, int m)\n"
  "{ double t = 0; for (int i = 0; i < 100; i++) { for (int j = 0; j < m; j++) t = a[i][j]; b[i] = t; } }\n",
  0, "serial", "scalar-dependence", NULL },
{ "scal-3.11 inner-loop-last-value", "void f(double a[100][100], double *restrict b, int m)\n"
  "{ double t = 0; for (int i = 0; i < 100; i++) { for (int j = 0; j < m; j++) t = a[i][j]; b[i] = t; } }\n",
  1, "parallel", NULL, "firstprivate(t) lastprivate(t)" },
{ "scal-3.12 local-array-scratch", "void f(double *restrict a, const double *restrict b, int n)\n"
  "{ double tmp[100]; for (int i = 0; i < n; i++) { tmp[i % 100] = b[i]; a[i] = tmp[(i + 1) % 100]; } }\n",
  0, "serial", NULL, NULL },
{ "scal-3.13 max-else-reset", "double f(const double *a, int n)\n"
  "{ double m = 0; for (int i = 0; i < n; i++) if (a[i] > m) m = a[i]; else m = 0; return m; }\n",
  0, "serial", "scalar-dependence", NULL },
{ "scal-3.14 ternary-other-value", "double f(const double *a, const double *b, int n)\n"
  "{ double m = 0; for (int i = 0; i < n; i++) m = a[i] > m ? a[i] : b[i]; return m; }\n",
  0, "serial", "scalar-dependence", NULL },
{ "scal-3.15 doubling", "double f(int n)\n"
  "{ double s = 1; for (int i = 0; i < n; i++) s += s; return s; }\n", 0, "serial", "scalar-dependence", NULL },
{ "scal-3.16 index-preinitialized", "int f(double *a, int n)\n"
  "{ int i = 5; for (i = 0; i < n; i++) a[i] = 0; return i; }\n", 0, "serial", "conditional-lastprivate", NULL },
{ "scal-3.17 static-index", "void f(double *a, int n)\n"
  "{ static int i; for (i = 0; i < n; i++) a[i] = 0; }\n", 0, "serial", "non-canonical-loop", NULL },
{ "call-1.26 helper-writes-through-arg-next", "static void set2(double *p) { p[1] = 0; }\n"
  "void f(double *a, int n)\n{ for (int i = 0; i < n; i++) set2(&a[i]); }\n", 0, "parallel", NULL, NULL },

/* ---- canon-2: index width against the bound */
{ "canon-2.1 uchar-index-wraps", "void f(double *a, int n)\n"
  "{ for (unsigned char c = 0; c < n; c++) a[c] = 1; }\n", 0, "serial", "non-canonical-loop", NULL },
{ "canon-2.2 int-index-size_t-bound", "#include <stddef.h>\n"
  "void f(double *restrict a, size_t n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = 1; }\n", 0, "parallel", NULL, "" },
{ "canon-2.3 uchar-const-bound-too-big", "double a[300];\nvoid f(void)\n"
  "{ for (unsigned char c = 0; c < 300; c++) a[c] = 1; }\n", 0, "serial", "non-canonical-loop", NULL },
{ "canon-2.4 uchar-const-bound-fits", "double a[300];\nvoid f(void)\n"
  "{ for (unsigned char c = 0; c < 200; c++) a[c] = 1; }\n", 0, "parallel", NULL, "" },
{ "deps-3.10 widening-cast-is-affine", "void f(double *restrict a, const double *restrict b, int n)\n"
  "{ for (int i = 0; i < n; i++) a[(long)i] = b[(long)i + 1]; }\n", 0, "parallel", NULL, "" },

/* ---- ipa-1: call-site facts of static functions */
{ "ipa-1.1 static-distinct-arrays", "static double x[100], y[100];\n"
  "static void k(double *a, const double *b, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = b[i]; }\n"
  "void run(void) { k(x, y, 100); }\n", 0, "parallel", NULL, "" },
{ "ipa-1.2 static-one-overlapping-call", "static double x[100], y[100];\n"
  "static void k(double *a, const double *b, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = b[i]; }\n"
  "void run(void) { k(x, y, 100); k(x + 1, x, 99); }\n", 0, "serial", "may-alias", NULL },
{ "ipa-1.3 extern-function-no-facts", "static double x[100], y[100];\n"
  "void k(double *a, const double *b, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = b[i]; }\n"
  "void run(void) { k(x, y, 100); }\n", 0, "parallel", "runtime-alias-check", NULL },
{ "ipa-1.4 address-taken-in-global-init", "static double x[100], y[100];\n"
  "static void k(double *a, const double *b, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = b[i]; }\n"
  "void (*hook)(double *, const double *, int) = k;\n"
  "void run(void) { k(x, y, 100); }\n", 0, "parallel", "runtime-alias-check", NULL },
{ "ipa-1.5 fresh-buffers", "#include <stdlib.h>\n"
  "static void k(double *a, const double *b, int n)\n"
  "{ for (int i = 0; i < n; i++) a[i] = b[i] * 2; }\n"
  "void run(int n) { double *p = malloc(n * sizeof *p), *q = malloc(n * sizeof *q);\n"
  "  k(p, q, n); free(p); free(q); }\n", 0, "parallel", NULL, "" },
{ "ipa-1.6 same-buffer-twice", "#include <stdlib.h>\n"
  "static void k(double *a, const double *b, int n)\n"
  "{ for (int i = 1; i < n; i++) a[i] = b[i - 1]; }\n"
  "void run(int n) { double *p = malloc(n * sizeof *p); k(p, p, n); free(p); }\n",
  0, "serial", "may-alias", NULL },
{ "ipa-1.7 param-vs-global-passed-in", "static double g[100];\n"
  "static void k(double *a, int n)\n"
  "{ for (int i = 1; i < n; i++) a[i] = g[i - 1]; }\n"
  "void run(void) { k(g, 100); }\n", 0, "serial", "may-alias", NULL },
{ "ipa-1.8 param-vs-global-never-passed", "static double g[100];\n"
  "static void k(double *a, int n)\n"
  "{ for (int i = 1; i < n; i++) a[i] = g[i - 1]; }\n"
  "void run(void) { double loc[100]; k(loc, 100); }\n", 0, "parallel", NULL, "" },
{ "ipa-1.9 pointer-reassigned-in-caller", "#include <stdlib.h>\n"
  "static void k(double *a, const double *b, int n)\n"
  "{ for (int i = 1; i < n; i++) a[i] = b[i - 1]; }\n"
  "void run(int n) { double *p = malloc(n * sizeof *p), *q = malloc(n * sizeof *q);\n"
  "  for (int t = 0; t < 4; t++) { k(p, q, n); double *s = p; p = q; q = s; } }\n",
  0, "parallel", "runtime-alias-check", NULL },

{ "ipa-1.10 param-always-other-global", "static double g[100], h[100];\n"
  "static void k(double *a, int n)\n"
  "{ for (int i = 1; i < n; i++) a[i] = g[i - 1]; }\n"
  "void run(void) { k(h, 100); k(h + 1, 99); }\n", 0, "parallel", NULL, "" },
{ "ipa-1.11 param-other-global-then-same", "static double g[100], h[100];\n"
  "static void k(double *a, int n)\n"
  "{ for (int i = 1; i < n; i++) a[i] = g[i - 1]; }\n"
  "void run(void) { k(h, 100); k(g, 100); }\n", 0, "serial", "may-alias", NULL },
{ "ipa-1.12 param-two-other-globals", "static double g[100], h[100], e[100];\n"
  "static void k(double *a, int n)\n"
  "{ for (int i = 1; i < n; i++) a[i] = g[i - 1]; }\n"
  "void run(void) { k(h, 100); k(e, 100); }\n", 0, "parallel", "runtime-alias-check", NULL },
{ "ipa-1.13 param-other-global-not-static", "static double g[100], h[100];\n"
  "void k(double *a, int n)\n"
  "{ for (int i = 1; i < n; i++) a[i] = g[i - 1]; }\n"
  "void run(void) { k(h, 100); }\n", 0, "parallel", "runtime-alias-check", NULL },
{ "ipa-1.14 param-other-global-aliased", "static double g[100];\n"
  "extern double h[100] __attribute__((alias(\"g\")));\n"
  "static void k(double *a, int n)\n"
  "{ for (int i = 1; i < n; i++) a[i] = g[i - 1]; }\n"
  "void run(void) { k(h, 100); }\n", 0, "serial", "may-alias", NULL },

{ "dec-2.1 inner-of-serial-note", "double b[1000][1000];\nvoid f(void)\n"
  "{ for (int i = 1; i < 1000; i++) for (int j = 0; j < 1000; j++) b[i][j] = b[i - 1][j] * 0.5 + b[i][j]; }\n",
  1, "parallel", "inside-serial-loop", NULL, true },
{ "dec-2.2 outer-serial-inner-too-small", "double b[1000][8];\nvoid f(void)\n"
  "{ for (int i = 1; i < 1000; i++) for (int j = 0; j < 8; j++) b[i][j] = b[i - 1][j] * 0.5; }\n",
  1, "serial", "not-profitable", NULL, true },

/* ---- delin-1: linearized subscripts a[i*n + j] */
{ "delin-1.1 row-major-copy", "void f(double *restrict a, const double *restrict b, int n, int m)\n"
  "{ for (int i = 0; i < m; i++) for (int j = 0; j < n; j++) a[i*n + j] = b[i*n + j]; }\n",
  0, "parallel", NULL, NULL },
{ "delin-1.2 row-recurrence-outer", "void f(double *a, int n, int m)\n"
  "{ for (int i = 1; i < m; i++) for (int j = 0; j < n; j++) a[i*n + j] = a[(i-1)*n + j]; }\n",
  0, "serial", "flow-dependence", NULL },
{ "delin-1.3 row-recurrence-inner", "void f(double *a, int n, int m)\n"
  "{ for (int i = 1; i < m; i++) for (int j = 0; j < n; j++) a[i*n + j] = a[(i-1)*n + j]; }\n",
  1, "parallel", NULL, "" },
{ "delin-1.4 column-spills-into-next-row", "void f(double *a, int n, int m)\n"
  "{ for (int i = 0; i < m; i++) for (int j = 0; j < n; j++) a[i*n + j + 1] = a[i*n + j]; }\n",
  0, "serial", NULL, NULL },
{ "delin-1.5 column-le-bound-overlaps", "void f(double *a, int n, int m)\n"
  "{ for (int i = 0; i < m; i++) for (int j = 0; j <= n; j++) a[i*n + j] = i; }\n",
  0, "serial", "output-dependence", NULL },
{ "delin-1.6 n-times-i-order", "void f(double *a, int n, int m)\n"
  "{ for (int i = 0; i < m; i++) for (int j = 0; j < n; j++) a[n*i + j] = a[n*i + j] * 2; }\n",
  0, "parallel", NULL, NULL },
{ "delin-1.7 transpose-inner", "void f(double *a, int n)\n"
  "{ for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) a[j*n + i] += a[i*n + j]; }\n",
  1, "parallel", NULL, "" },
{ "delin-1.8 transpose-outer", "void f(double *a, int n)\n"
  "{ for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) a[j*n + i] += a[i*n + j]; }\n",
  0, "serial", NULL, NULL },
{ "delin-1.9 two-sizes-not-delinearized", "void f(double *a, int n, int m)\n"
  "{ for (int i = 0; i < m; i++) for (int j = 0; j < n; j++) a[i*m + j] = 0; }\n",
  0, "serial", "output-dependence", NULL },
{ "delin-1.10 size-written-in-loop", "void f(double *a, int n, int m)\n"
  "{ for (int i = 0; i < m; i++) { n = n + 0; for (int j = 0; j < n; j++) a[i*n + j] = 0; } }\n",
  0, "serial", NULL, NULL },

/* ---- zero-1: loops that may run no iteration */
{ "zero-1.1 index-after-constant-loop", "int a[100];\nint f(void)\n"
  "{ int i; for (i = 0; i < 100; i++) a[i] = i; return i; }\n", 0, "parallel", NULL, "lastprivate(i)" },
{ "zero-1.2 index-after-symbolic-loop", "int a[100];\nint f(int n)\n"
  "{ int i; for (i = 0; i < n; i++) a[i] = i; return i; }\n", 0, "serial", "conditional-lastprivate", NULL },
{ "zero-1.3 last-value-constant-loop", "int a[100];\nint f(void)\n"
  "{ int t = 0; for (int i = 0; i < 100; i++) { t = a[i]; a[i] = t + 1; } return t; }\n",
  0, "parallel", NULL, "lastprivate(t)" },
{ "zero-1.4 last-value-symbolic-loop", "int a[100];\nint f(int n)\n"
  "{ int t = 0; for (int i = 0; i < n; i++) { t = a[i]; a[i] = t + 1; } return t; }\n",
  0, "parallel", NULL, "firstprivate(t) lastprivate(t)" },
{ "zero-1.5 inner-runs-when-outer-bounds-say-so", "int a[100][100];\nint f(int n)\n"
  "{ int j = 0; for (int i = 1; i < n; i++) { for (j = 0; j < i; j++) a[i][j] = j; } return j; }\n",
  1, "inner", NULL, NULL },

{ "zero-1.20 nonaffine-bound-may-not-run", "double src[64];\ndouble f(void)\n"
  "{ double t = -1; for (int i = 30; i >= 1; i -= 3) for (int q = 2; q < i / 2 + 1; q += 2) t = src[q] + i; return t; }\n",
  1, "parallel", NULL, "firstprivate(t) lastprivate(t)" },

/* ---- ind-1: induction variables */
{ "ind-1.1 postfix-in-subscript", "void f(double *restrict a, const double *restrict b, int n)\n"
  "{ int k = 3; for (int i = 0; i < n; i++) a[k++] = b[i]; }\n", 0, "parallel", NULL, "linear(k)" },
{ "ind-1.2 step-two-statement", "void f(double *restrict a, int n)\n"
  "{ int k = 0; for (int i = 0; i < n; i++) { a[k] = 1; a[k + 1] = 2; k += 2; } }\n",
  0, "parallel", NULL, "linear(k:2)" },
{ "ind-1.3 overlap-after-update", "void f(double *restrict a, int n)\n"
  "{ int k = 0; for (int i = 0; i < n; i++) { a[k] = 1; k += 1; a[k] = 2; } }\n",
  0, "serial", "output-dependence", NULL },
{ "ind-1.4 conditional-increment", "void f(double *restrict a, const double *restrict b, int n)\n"
  "{ int k = 0; for (int i = 0; i < n; i++) if (b[i] > 0) a[k++] = b[i]; }\n",
  0, "serial", "conditional-induction", NULL },
{ "ind-1.5 two-updates", "void f(double *restrict a, int n)\n"
  "{ int k = 0; for (int i = 0; i < n; i++) { a[k++] = 1; a[k++] = 2; } }\n",
  0, "serial", NULL, NULL },
{ "ind-1.6 continue-skips-update", "void f(double *restrict a, const double *restrict b, int n)\n"
  "{ int k = 0; for (int i = 0; i < n; i++) { if (b[i] < 0) continue; a[k] = b[i]; k++; } }\n",
  0, "serial", NULL, NULL },
{ "ind-1.7 negative-step", "void f(double *restrict a, int n)\n"
  "{ int k = n; for (int i = 0; i < n; i++) { k--; a[k] = i; } }\n",
  0, "parallel", NULL, "linear(k:-1)" },
{ "ind-1.8 read-back-previous", "void f(double *restrict a, int n)\n"
  "{ int k = 1; for (int i = 0; i < n; i++) { a[k] = a[k - 1] + 1; k++; } }\n",
  0, "serial", "flow-dependence", NULL },
{ "ind-1.9 update-under-and", "void f(double *restrict a, const double *restrict b, int n)\n"
  "{ int k = 0; for (int i = 0; i < n; i++) a[i] = b[i] > 0 && k++; }\n",
  0, "serial", NULL, NULL },
{ "ind-1.10 used-after-loop", "int f(double *restrict a, int n)\n"
  "{ int k = 0; for (int i = 0; i < n; i++) a[k++] = i; return k; }\n", 0, "parallel", NULL, "linear(k)" },

/* ---- sum-1: accesses of same-file helpers replayed at the call */
{ "sum-1.1 set-element", "static void set(double *p, double v) { *p = v; }\n"
  "double a[100];\nvoid f(void) { for (int i = 0; i < 100; i++) set(&a[i], i); }\n",
  0, "parallel", NULL, "" },
{ "sum-1.2 set-next-and-read", "static void set2(double *p) { p[1] = p[0] + 1; }\n"
  "double a[101];\nvoid f(void) { for (int i = 0; i < 100; i++) set2(&a[i]); }\n",
  0, "serial", "flow-dependence", NULL },
{ "sum-1.3 reads-through-arg", "static double get(const double *q, int k) { return q[k] + q[k + 1]; }\n"
  "double a[100], b[101];\nvoid f(void) { for (int i = 0; i < 100; i++) a[i] = get(b, i); }\n",
  0, "parallel", NULL, "" },
{ "sum-1.4 reads-what-loop-writes", "static double get(const double *q, int k) { return q[k + 1]; }\n"
  "double a[101];\nvoid f(void) { for (int i = 0; i < 100; i++) a[i] = get(a, i); }\n",
  0, "serial", "anti-dependence", NULL },
{ "sum-1.5 callee-loop-writes-row", "static void zero(double *p, int n) { for (int j = 0; j < n; j++) p[j] = 0; }\n"
  "double a[100][100];\nvoid f(void) { for (int i = 0; i < 100; i++) zero(a[i], 100); }\n",
  1, "serial", "output-dependence", NULL },
{ "sum-1.6 callee-calls-writer", "static void set(double *p) { *p = 1; }\n"
  "static void set_twice(double *p) { set(p); set(p + 1); }\n"
  "double a[101];\nvoid f(void) { for (int i = 0; i < 100; i++) set_twice(&a[i]); }\n",
  0, "serial", "unknown-call", NULL },
{ "sum-1.7 callee-writes-global", "double g;\nstatic void put(double *p) { *p = g; g = *p + 1; }\n"
  "double a[100];\nvoid f(void) { for (int i = 0; i < 100; i++) put(&a[i]); }\n",
  0, "serial", "unknown-call", NULL },
{ "sum-1.8 callee-param-reassigned", "static void step(double *p) { p++; *p = 1; }\n"
  "double a[101];\nvoid f(void) { for (int i = 0; i < 100; i++) step(&a[i]); }\n",
  0, "serial", "unknown-call", NULL },
{ "sum-1.9 pointer-arg-may-alias", "static void copy1(double *d, const double *s) { *d = *s; }\n"
  "void f(double *x, double *y, int n) { for (int i = 0; i < n; i++) copy1(&x[i], &y[i + 1]); }\n",
  0, "parallel", "runtime-alias-check", NULL },

/* ---- while-1: while loops are reported */
{ "while-1.1 counted-while", "void f(double *a, int n)\n"
  "{ int i = 0; while (i < n) { a[i] = 0; i++; } }\n", 0, "serial", "non-canonical-loop", NULL },
{ "while-1.2 do-while", "void f(double *a, int n)\n"
  "{ int i = 0; do { a[i] = 0; i++; } while (i < n); }\n", 0, "serial", "non-canonical-loop", NULL },
{ "while-1.3 for-inside-while", "void f(double *restrict a, int n)\n"
  "{ int t = 0; while (t < 10) { for (int i = 0; i < n; i++) a[i] += t; t++; } }\n",
  1, "parallel", NULL, "" },

/* ---- ind-2: pointer induction variables */
{ "ind-2.1 store-through-advancing-pointer", "int out[1000], in[500];\n"
  "void f(void) { int *p = out + 1; for (int i = 0; i < 500; i++) *p++ = in[i]; }\n",
  0, "parallel", NULL, "linear(p)" },
{ "ind-2.2 pointer-step-two", "int out[1000], in[500];\n"
  "void f(void) { int *q = out; for (int i = 0; i < 500; i++) { q[0] = in[i]; q[1] = 1; q += 2; } }\n",
  0, "parallel", NULL, "linear(q:2)" },
{ "ind-2.3 pointer-reads-previous", "int out[1000];\n"
  "void f(void) { int *r = out + 1; for (int i = 1; i < 500; i++) { *r = r[-1] + 1; r++; } }\n",
  0, "serial", "flow-dependence", NULL },
{ "ind-2.4 pointer-param-may-alias", "void f(int *p, const int *in, int n)\n"
  "{ for (int i = 0; i < n; i++) *p++ = in[i]; }\n", 0, "serial", NULL, NULL },
{ "ind-2.5 pointer-overlapping-steps", "int out[1000];\n"
  "void f(void) { int *q = out; for (int i = 0; i < 400; i++) { q[0] = i; q[2] = i; q += 1; } }\n",
  0, "serial", "output-dependence", NULL },

/* ---- lib-1: library effects as data */
{ "lib-1.1 memset-same-object", "#include <string.h>\ndouble a[100][8];\n"
  "void f(void) { for (int i = 0; i < 100; i++) memset(&a[0][0], 0, 8); }\n", 0, "serial", NULL, NULL },
{ "lib-1.2 posix-memalign-fresh", "#include <stdlib.h>\n"
  "void h(int n) { double *p; if (posix_memalign((void **)&p, 64, n * sizeof *p)) return;\n"
  "  double *q = malloc(n * sizeof *q); for (int i = 0; i < n; i++) p[i] = q[i]; free(p); free(q); }\n",
  0, "parallel", NULL, "" },
