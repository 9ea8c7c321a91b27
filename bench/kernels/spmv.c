/* spmv.c - sparse matrix-vector product, CSR format, repeated.
 * bench-parallel: yes (rows; row lengths vary from 4 to 60)
 *
 * The inner loop reads x through the column index array. */
#include "bench.h"

typedef struct csr {
	int rows;
	int *rowptr;   /* rows + 1 offsets into col and val */
	int *col;
	double *val;
} csr;

static void spmv(int rows, const int *restrict rowptr, const int *restrict col,
		 const double *restrict val, const double *restrict x,
		 double *restrict y)
{
	for (int i = 0; i < rows; i++) {
		double s = 0.0;
		for (int k = rowptr[i]; k < rowptr[i + 1]; k++)
			s += val[k] * x[col[k]];
		y[i] = s;
	}
}

/* A random banded matrix: row i has 4..60 entries within 5000 columns of i. */
static csr make_matrix(int rows)
{
	csr m;
	uint64_t seed = 5;
	m.rows = rows;
	m.rowptr = malloc(sizeof(int) * (rows + 1));
	m.rowptr[0] = 0;
	for (int i = 0; i < rows; i++) {
		int len = 4 + (int)(bench_rand(&seed) % 57);
		m.rowptr[i + 1] = m.rowptr[i] + len;
	}
	int nnz = m.rowptr[rows];
	m.col = malloc(sizeof(int) * nnz);
	m.val = malloc(sizeof(double) * nnz);
	for (int i = 0; i < rows; i++)
		for (int k = m.rowptr[i]; k < m.rowptr[i + 1]; k++) {
			long c = i + (long)(bench_rand(&seed) % 10001) - 5000;
			m.col[k] = (int)(c < 0 ? -c : c >= rows ? 2L * rows - c - 1 : c);
			m.val[k] = (double)(bench_rand(&seed) % 9) - 4.0;
		}
	return m;
}

int main(int argc, char **argv)
{
	static const int sizes[] = { 20000, 200000, 1000000 };
	static const int reps[] = { 5, 10, 10 };
	int z = bench_size(argc, argv), n = sizes[z];
	csr m = make_matrix(n);
	double *x = malloc(sizeof(double) * n), *y = malloc(sizeof(double) * n);
	for (int i = 0; i < n; i++)
		x[i] = (double)(i % 11 - 5);
	double t0 = bench_now();
	for (int r = 0; r < reps[z]; r++) {
		spmv(m.rows, m.rowptr, m.col, m.val, x, y);
		x[r] = y[r] > 0 ? 1.0 : -1.0;
	}
	double t1 = bench_now();
	bench_checksum(bench_hash_f64(BENCH_HASH_INIT, y, n));
	bench_time(t0, t1);
	free(m.rowptr);
	free(m.col);
	free(m.val);
	free(x);
	free(y);
	return 0;
}
