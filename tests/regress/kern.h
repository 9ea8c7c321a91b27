static void kern(int *x, const int *y, int n);
static inline void shifted(int *a, int n) { kern(a + 1, a, n); }
