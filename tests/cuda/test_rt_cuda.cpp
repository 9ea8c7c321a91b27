/* test_rt_cuda.cpp - tests of the CUDA runtime (runtime/src/cuda.cu) on the
 * emulated device of tests/cuda/emu.h, so they run without a GPU:
 *
 *     g++ -std=c++11 -pthread -x c++ -include tests/cuda/emu.h \
 *         -I runtime/include runtime/src/cuda.cu tests/cuda/test_rt_cuda.cpp
 *
 * (tests/cuda/test_rt_cuda.sh does that and runs it).  The runtime reads
 * its environment once per process, so each case that needs another
 * environment, or that breaks the device, runs in a child: this program
 * re-executes itself with the case's name as argument and checks its exit
 * status and what it printed on stderr.  Exit status 0: all passed. */
#ifndef PARC_CUDA_EMU
#error "compile with -include tests/cuda/emu.h"
#endif

#include "parc_rt_cuda.h"

#include <string>
#include <thread>
#include <vector>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static const char *current = "setup";  /* the case running, for messages */

#define CHECK(cond) \
	do { \
		if (!(cond)) { \
			fprintf(stderr, "test_rt_cuda: %s:%d: %s: check failed: %s\n", \
				__FILE__, __LINE__, current, #cond); \
			exit(1); \
		} \
	} while (0)

/* The kernel under test, for "n" iterations from "lo" in a grid-stride
 * loop: updates "a" (mapped in and out), scribbles on "b" (mapped in
 * only: must not come back), fills "c" (mapped out only), and writes one
 * partial sum of the new "a" per block into "part" (one thread per block
 * in the emulation, see emu.h). */
__global__ void k_test(long long lo, long long n, double *a, double *b,
	double *c, double *part)
{
	double sum = 0;
	long long stride = (long long)gridDim.x * blockDim.x;
	for (long long i = (long long)blockIdx.x * blockDim.x + threadIdx.x;
			i < n; i += stride) {
		long long k = lo + i;
		a[k] += 1000;
		b[k] = -1;
		c[k] = 2.0 * (double)k;
		sum += a[k];
	}
	part[blockIdx.x] = sum;
}

__global__ void k_nop(void)
{
}

/* ------------------------------------------------------------------------
 * Cases run in this process */

/* Three arrays of "total" elements, addressed through base pointers
 * "off" elements in, so that index k is element off + k. */
struct arrays {
	long long total, off;
	double *a, *b, *c;
};

static arrays arrays_new(long long total, long long off)
{
	arrays r = { total, off, new double[total], new double[total],
		new double[total] };
	for (long long i = 0; i < total; i++) {
		r.a[i] = (double)i;
		r.b[i] = (double)i;
		r.c[i] = -5;
	}
	return r;
}

static void arrays_free(arrays *r)
{
	delete[] r->a;
	delete[] r->b;
	delete[] r->c;
}

/* Checks that the arrays hold their initial values, or, with "done",
 * what k_test leaves in region [lo, hi]. */
static void check_arrays(const arrays *r, long long lo, long long hi, int done)
{
	for (long long i = 0; i < r->total; i++) {
		long long k = i - r->off;
		int in = done && k >= lo && k <= hi;
		CHECK(r->a[i] == (double)i + (in ? 1000 : 0));
		CHECK(r->b[i] == (double)i);
		CHECK(r->c[i] == (in ? 2.0 * (double)k : -5));
	}
}

/* Runs k_test over [lo, hi] of arrays "r" and checks the results: user
 * memory unchanged after finish, updated after commit, partials right. */
static void run_round_trip(arrays *r, long long lo, long long hi)
{
	long long n = hi - lo + 1;
	parc_cuda_job j;
	parc_cuda_begin(&j);
	double *a = (double *)parc_cuda_map(&j, r->a + r->off, lo, hi,
		sizeof(double), PARC_CUDA_IN | PARC_CUDA_OUT);
	double *b = (double *)parc_cuda_map(&j, r->b + r->off, lo, hi,
		sizeof(double), PARC_CUDA_IN);
	double *c = (double *)parc_cuda_map(&j, r->c + r->off, lo, hi,
		sizeof(double), PARC_CUDA_OUT);
	unsigned t = parc_cuda_threads(), nb = parc_cuda_blocks(n, t);
	double *p = (double *)parc_cuda_scratch(&j, nb * sizeof(double));
	CHECK(!j.failed && j.nmaps == 3 && j.nscratch == 1);
	CHECK(a && a != r->a + r->off && b && c && p);
	PARC_CUDA_LAUNCH(k_test, nb, t, (lo, n, a, b, c, p));
	CHECK(parc_cuda_finish(&j, "k_test") == 0);
	check_arrays(r, lo, hi, 0);
	const double *q = (const double *)parc_cuda_partials(&j, 0);
	CHECK(q && !parc_cuda_partials(&j, 1));
	double sum = 0, want = 0;
	for (unsigned i = 0; i < nb; i++)
		sum += q[i];
	for (long long k = lo; k <= hi; k++)
		want += (double)(k + r->off) + 1000;
	CHECK(sum == want);
	parc_cuda_commit(&j);
	check_arrays(r, lo, hi, 1);
}

static void test_round_trip(long long total, long long off, long long lo,
	long long hi)
{
	arrays r = arrays_new(total, off);
	run_round_trip(&r, lo, hi);
	arrays_free(&r);
}

/* A second job of the same sizes takes every buffer from the pool. */
static void test_pool_reuse(void)
{
	arrays r = arrays_new(300, 0);
	run_round_trip(&r, 7, 250);
	long before = parc_emu_malloc_calls();
	arrays_free(&r);
	r = arrays_new(300, 0);
	run_round_trip(&r, 7, 250);
	CHECK(parc_emu_malloc_calls() == before);
	arrays_free(&r);
}

/* Jobs from several host threads at once share the pools safely. */
static void test_threads(void)
{
	std::vector<std::thread> team;
	for (int t = 0; t < 4; t++)
		team.push_back(std::thread([t]() {
			for (int rep = 0; rep < 20; rep++)
				test_round_trip(200 + 50 * t, 0, t, 150 + rep);
		}));
	for (size_t t = 0; t < team.size(); t++)
		team[t].join();
}

/* A region mapped out but not in starts as garbage on the device (so the
 * emulation shows missing copies) and comes back whole at commit. */
static void test_out_only_is_not_copied_in(void)
{
	enum { N = 5000 }; /* a size class no other case uses: a fresh buffer */
	static unsigned char x[N];
	memset(x, 0, sizeof(x));
	parc_cuda_job j;
	parc_cuda_begin(&j);
	CHECK(parc_cuda_map(&j, x, 0, N - 1, 1, PARC_CUDA_OUT));
	PARC_CUDA_LAUNCH(k_nop, 1, 1, ());
	CHECK(parc_cuda_finish(&j, "k_nop") == 0);
	CHECK(x[0] == 0 && x[N - 1] == 0);
	parc_cuda_commit(&j);
	for (int i = 0; i < N; i++)
		CHECK(x[i] == 0xA5);
}

/* An empty region maps nothing; a failed job maps nothing; abandon leaves
 * user memory alone. */
static void test_empty_failed_abandon(void)
{
	double x[4] = { 1, 2, 3, 4 };
	parc_cuda_job j;
	parc_cuda_begin(&j);
	CHECK(parc_cuda_map(&j, x, 3, 2, sizeof(double), PARC_CUDA_IN) == (void *)x);
	CHECK(j.nmaps == 0 && !j.failed);
	double *d = (double *)parc_cuda_map(&j, x, 0, 3, sizeof(double),
		PARC_CUDA_IN | PARC_CUDA_OUT);
	CHECK(d && d[2] == 3);
	d[2] = 99;
	parc_cuda_abandon(&j);
	CHECK(x[2] == 3 && j.nmaps == 0);
	parc_cuda_begin(&j);
	j.failed = 1;
	CHECK(!parc_cuda_map(&j, x, 0, 3, sizeof(double), PARC_CUDA_IN));
	CHECK(!parc_cuda_scratch(&j, 64) && j.nmaps == 0 && j.nscratch == 0);
	CHECK(parc_cuda_finish(&j, "none") == -1);
}

static void test_geometry(void)
{
	CHECK(parc_cuda_threads() == 1); /* emulation: one thread per block */
	CHECK(parc_cuda_blocks(0, 1) == 1);
	CHECK(parc_cuda_blocks(10, 1) == 10);
	CHECK(parc_cuda_blocks(1000, 256) == 4);
	CHECK(parc_cuda_blocks(1LL << 40, 1) == 32 * PARC_EMU_SMS);
}

/* ------------------------------------------------------------------------
 * Cases run in a child, with their own environment */

/* One job that must fail somewhere (the parent injects the failure):
 * user memory stays untouched and no device buffer is left behind. */
static void fail_job(void)
{
	arrays r = arrays_new(64, 0);
	parc_cuda_job j;
	parc_cuda_begin(&j);
	double *a = (double *)parc_cuda_map(&j, r.a, 0, 63, sizeof(double),
		PARC_CUDA_IN | PARC_CUDA_OUT);
	double *c = (double *)parc_cuda_map(&j, r.c, 0, 63, sizeof(double),
		PARC_CUDA_OUT);
	double *p = (double *)parc_cuda_scratch(&j, 64 * sizeof(double));
	int rc = -1;
	if (j.failed) {
		CHECK(!a || !c || !p);
		parc_cuda_abandon(&j);
	} else {
		PARC_CUDA_LAUNCH(k_test, 64, 1, (0LL, 64LL, a, a, c, p));
		rc = parc_cuda_finish(&j, "k_test");
		if (rc == 0)
			parc_cuda_commit(&j);
	}
	CHECK(rc == -1);
	CHECK(r.a[5] == 5 && r.c[5] == -5);
	CHECK(parc_emu_live_buffers() == 0);
	arrays_free(&r);
}

static void child_fail(void)
{
	CHECK(parc_cuda_use(1, 1) == 1);
	fail_job();
	CHECK(parc_cuda_use(1, 1) == 0);
	fail_job(); /* fails again; the error is still printed only once */
}

/* Requests the runtime must refuse without turning the GPU off. */
static void child_limits(void)
{
	static char x[64];
	parc_cuda_job j;
	parc_cuda_begin(&j);
	for (int i = 0; i < PARC_CUDA_MAX_MAPS; i++)
		CHECK(parc_cuda_map(&j, x, 0, 7, 1, PARC_CUDA_IN));
	CHECK(!parc_cuda_map(&j, x, 0, 7, 1, PARC_CUDA_IN) && j.failed);
	parc_cuda_abandon(&j);
	parc_cuda_begin(&j);
	CHECK(!parc_cuda_map(&j, x, 0, 1LL << 62, 8, PARC_CUDA_IN) && j.failed);
	parc_cuda_abandon(&j);
	parc_cuda_begin(&j);
	CHECK(!parc_cuda_map(&j, x, -(1LL << 62), 0, 8, PARC_CUDA_IN) && j.failed);
	parc_cuda_abandon(&j);
	parc_cuda_begin(&j);
	CHECK(!parc_cuda_map(&j, x, 0, 7, 0, PARC_CUDA_IN) && j.failed);
	parc_cuda_abandon(&j);
	parc_cuda_begin(&j);
	for (int i = 0; i < 8; i++)
		CHECK(parc_cuda_scratch(&j, 16));
	CHECK(!parc_cuda_scratch(&j, 16) && j.failed);
	parc_cuda_abandon(&j);
	CHECK(parc_cuda_use(1, 1) == 1); /* PARC_CUDA=always, GPU still on */
}

/* The cost model: a terabyte of copies for no work stays on the CPU;
 * with fewer cores than the GPU is worth, lots of work goes to the GPU. */
static void child_auto(void)
{
	CHECK(parc_cuda_use(1, 1LL << 40) == 0);
	if (sysconf(_SC_NPROCESSORS_ONLN) < 40)
		CHECK(parc_cuda_use(1LL << 50, 0) == 1);
}

/* Without a GPU a job starts failed, silently, and touches nothing. */
static void child_no_job(void)
{
	double x[4] = { 1, 2, 3, 4 };
	parc_cuda_job j;
	parc_cuda_begin(&j);
	CHECK(j.failed);
	CHECK(!parc_cuda_map(&j, x, 0, 3, sizeof(double), PARC_CUDA_IN));
	CHECK(parc_cuda_finish(&j, "none") == -1 && x[0] == 1);
	CHECK(parc_emu_malloc_calls() == 0);
}

static int run_child_case(const char *name)
{
	current = name;
	if (strcmp(name, "fail") == 0)
		child_fail();
	else if (strcmp(name, "limits") == 0)
		child_limits();
	else if (strcmp(name, "auto") == 0)
		child_auto();
	else if (strcmp(name, "never") == 0 || strcmp(name, "nodevice") == 0)
		CHECK(parc_cuda_use(1LL << 50, 0) == 0 && parc_cuda_use(1, 1) == 0);
	else if (strcmp(name, "always") == 0)
		CHECK(parc_cuda_use(0, 1LL << 40) == 1 && parc_cuda_use(1, 0) == 1);
	else
		CHECK(!"known child case");
	if (strcmp(name, "nodevice") == 0)
		CHECK(parc_cuda_blocks(1LL << 40, 1) == 1024); /* no SM count */
	if (strcmp(name, "nodevice") == 0 || strcmp(name, "never") == 0)
		child_no_job();
	return 0;
}

/* One child run: argument "arg", environment additions "env", and what
 * its stderr must show: "lines" lines, the first containing "has". */
struct child_case {
	const char *name;
	const char *arg;
	const char *env[4];
	int lines;
	const char *has;
};

#define ERR_TAIL "; running on the CPU from now on\n"

static const child_case child_cases[] = {
	{ "fail/malloc", "fail", { "PARC_CUDA=always", "PARC_CUDA_EMU_FAIL=malloc",
		"PARC_CUDA_EMU_FAIL_COUNT=100" }, 1,
		"parc_rt_cuda: CUDA error in parc_cuda_map: out of memory" ERR_TAIL },
	{ "fail/memcpy-in", "fail", { "PARC_CUDA=always", "PARC_CUDA_EMU_FAIL=memcpy",
		"PARC_CUDA_EMU_FAIL_COUNT=100" }, 1,
		"CUDA error in parc_cuda_map: an illegal memory access" },
	{ "fail/memcpy-out", "fail", { "PARC_CUDA=always", "PARC_CUDA_EMU_FAIL=memcpy",
		"PARC_CUDA_EMU_FAIL_AT=2", "PARC_CUDA_EMU_FAIL_COUNT=100" }, 1,
		"CUDA error in k_test: an illegal memory access" },
	{ "fail/launch", "fail", { "PARC_CUDA=always", "PARC_CUDA_EMU_FAIL=launch",
		"PARC_CUDA_EMU_FAIL_COUNT=100" }, 1,
		"CUDA error in k_test: too many resources requested for launch" },
	{ "fail/sync", "fail", { "PARC_CUDA=always", "PARC_CUDA_EMU_FAIL=sync",
		"PARC_CUDA_EMU_FAIL_COUNT=100" }, 1,
		"CUDA error in k_test: unspecified launch failure" ERR_TAIL },
	{ "env/never", "never", { "PARC_CUDA=never" }, 0, NULL },
	{ "env/always", "always", { "PARC_CUDA=always" }, 0, NULL },
	{ "env/auto-default", "auto", { NULL }, 0, NULL },
	{ "env/auto", "auto", { "PARC_CUDA=auto" }, 0, NULL },
	{ "env/unknown-is-auto", "auto", { "PARC_CUDA=sometimes" }, 0, NULL },
	{ "env/verbose", "always", { "PARC_CUDA=always", "PARC_CUDA_VERBOSE=1" }, 2,
		"parc_rt_cuda: work 0, 1099511627776 bytes: GPU" },
	{ "env/no-device", "nodevice", { "PARC_CUDA=always",
		"PARC_CUDA_EMU_DEVICES=0" }, 0, NULL },
	{ "env/no-device-auto", "nodevice", { "PARC_CUDA_EMU_DEVICES=0" }, 0, NULL },
	{ "misuse", "limits", { "PARC_CUDA=always" }, 1,
		"parc_rt_cuda: too many arrays mapped for one kernel; running this "
		"loop on the CPU\n" },
};

/* Runs "self" with case "c" in a child; returns its stderr, sets "*status"
 * to its exit status (-1: killed). */
static std::string run_child(const char *self, const child_case *c, int *status)
{
	int fd[2];
	CHECK(pipe(fd) == 0);
	pid_t pid = fork();
	CHECK(pid >= 0);
	if (pid == 0) {
		dup2(fd[1], 2);
		close(fd[0]);
		close(fd[1]);
		for (int i = 0; i < 4 && c->env[i]; i++)
			putenv((char *)c->env[i]);
		execl(self, self, c->arg, (char *)NULL);
		_exit(127);
	}
	close(fd[1]);
	std::string err;
	char buf[4096];
	ssize_t n;
	while ((n = read(fd[0], buf, sizeof(buf))) > 0)
		err.append(buf, (size_t)n);
	close(fd[0]);
	int ws;
	CHECK(waitpid(pid, &ws, 0) == pid);
	*status = WIFEXITED(ws) ? WEXITSTATUS(ws) : -1;
	return err;
}

static void test_child(const char *self, const child_case *c)
{
	int status, lines = 0;
	current = c->name;
	std::string err = run_child(self, c, &status);
	for (size_t i = 0; i < err.size(); i++)
		lines += err[i] == '\n';
	if (status != 0 || lines != c->lines
			|| (c->has && err.find(c->has) == std::string::npos)) {
		fprintf(stderr, "test_rt_cuda: %s: exit %d, %d stderr lines (want 0, "
			"%d, containing \"%s\"):\n%s", c->name, status, lines, c->lines,
			c->has ? c->has : "", err.c_str());
		exit(1);
	}
}

int main(int argc, char **argv)
{
	if (argc == 2)
		return run_child_case(argv[1]);
	/* The runtime must see only what each case sets. */
	static const char *const vars[] = { "PARC_CUDA", "PARC_CUDA_VERBOSE",
		"PARC_CUDA_EMU_DEVICES", "PARC_CUDA_EMU_FAIL", "PARC_CUDA_EMU_FAIL_AT",
		"PARC_CUDA_EMU_FAIL_COUNT" };
	for (size_t i = 0; i < sizeof(vars) / sizeof(vars[0]); i++)
		unsetenv(vars[i]);
	current = "geometry";
	test_geometry();
	current = "round-trip/lo>0";
	test_round_trip(100, 0, 10, 49);
	current = "round-trip/capped-grid";
	test_round_trip(2000, 0, 3, 1990);
	current = "round-trip/negative-lo";
	test_round_trip(100, 50, -20, 30);
	current = "pool-reuse";
	test_pool_reuse();
	current = "threads";
	test_threads();
	current = "out-only";
	test_out_only_is_not_copied_in();
	current = "empty-failed-abandon";
	test_empty_failed_abandon();
	for (size_t i = 0; i < sizeof(child_cases) / sizeof(child_cases[0]); i++)
		test_child(argv[0], &child_cases[i]);
	printf("test_rt_cuda: all %zu cases passed\n",
		8 + sizeof(child_cases) / sizeof(child_cases[0]));
	return 0;
}
