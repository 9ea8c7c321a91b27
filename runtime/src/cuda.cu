/* cuda.cu - the CUDA side of the parc runtime: decides CPU or GPU, maps the
 * user's array regions to device buffers, and copies results back only when
 * every CUDA call of a launch succeeded (see parc_rt_cuda.h).
 *
 * Design: a wrapper must never leave a user array half-updated, so results
 * travel device -> host staging buffer at parc_cuda_finish and staging ->
 * user array at parc_cuda_commit, which cannot fail.  Device and staging
 * buffers come from two small pools, so that a kernel called in a loop pays
 * cudaMalloc once, not at every call.  The first CUDA error turns the GPU
 * off for the rest of the process: after an error the CUDA context may be
 * unusable, and the CPU path is always correct.
 *
 * Built with nvcc, or as host C++ with tests/cuda/emu.h force-included
 * (PARC_CUDA_EMU), which emulates the few CUDA runtime calls used here. */
#ifndef PARC_CUDA_EMU
#include <cuda_runtime.h>
#endif

#include "parc_rt_cuda.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

enum {
	GPU_THREADS = 256,      /* generated kernels use __shared__ T buf[256] */
	BLOCKS_PER_SM = 32,     /* enough resident blocks to hide latency */
	BLOCKS_FALLBACK = 1024, /* when the multiprocessor count is unknown */
	POOL_KEEP = 16,         /* free buffers kept per pool */
	POOL_MIN = 256,         /* smallest pooled buffer, in bytes */
	LATENCY_RUNS = 5,       /* empty launches timed; the fastest counts */
	COPY_RUNS = 3,          /* copies timed; the fastest counts */
	COPY_BYTES = 4 << 20    /* bytes per timed copy */
};

/* Nanoseconds per parc cost unit (a tenth of a vectorized axpy iteration
 * on one core, see parc_rt.h). */
static const double unit_ns = 0.014;

/* How many CPU cores' worth of parc work units the GPU does per unit of
 * time, once data is on it.  A rough constant, not a measurement: a
 * current data-center GPU runs simple data-parallel loops some tens of
 * times faster than one core, less for branchy or uncoalesced code.  The
 * model needs only the right order of magnitude: the copies and the
 * launch latency, which are measured, usually decide. */
static const double gpu_factor = 40.0;

/* Largest region or buffer accepted, so that rounding to a power of two
 * and pointer arithmetic cannot overflow. */
static const size_t max_bytes = SIZE_MAX >> 2;

enum { MODE_AUTO, MODE_NEVER, MODE_ALWAYS, MODE_ALTERNATE };

/* Process-wide settings, written once by probe() under "probe_once". */
static pthread_once_t probe_once = PTHREAD_ONCE_INIT;
static int mode;            /* MODE_* from PARC_CUDA */
static int verbose;         /* PARC_CUDA_VERBOSE=1 */
static int ndevices;        /* 0: no usable device or driver */
static int sm_count;        /* multiprocessors of the current device, or 0 */
static long ncpu;           /* online CPUs, at least 1 */

/* The cost model's measurements, written once by calibrate(). */
static pthread_once_t calibrate_once = PTHREAD_ONCE_INIT;
static double latency_ns;   /* launch + synchronize of an empty kernel */
static double byte_ns;      /* host -> device copy time per byte */

/* Set (never cleared) by the first CUDA error; read without a lock. */
static int disabled;
static int reported;        /* the CUDA error has been printed */
static int misuse_reported; /* a bad map or scratch request was printed */

/* ------------------------------------------------------------------------
 * Errors */

static int is_disabled(void)
{
	return __atomic_load_n(&disabled, __ATOMIC_ACQUIRE);
}

static void pool_drain_device(void);

/* Records CUDA error "err" in "where": prints it once per process, turns
 * the GPU off and frees the pooled device buffers (the context may be
 * broken; nothing should be kept on it). */
static void report_error(const char *where, cudaError_t err)
{
	__atomic_store_n(&disabled, 1, __ATOMIC_RELEASE);
	if (!__atomic_exchange_n(&reported, 1, __ATOMIC_ACQ_REL))
		fprintf(stderr, "parc_rt_cuda: CUDA error in %s: %s; running on "
			"the CPU from now on\n", where, cudaGetErrorString(err));
	pool_drain_device();
}

/* Fails job "j" because of CUDA error "err" in "where"; returns NULL. */
static void *job_error(parc_cuda_job *j, const char *where, cudaError_t err)
{
	report_error(where, err);
	j->failed = 1;
	return NULL;
}

/* Fails job "j" because the generated code asked for something the
 * runtime cannot do ("why"), a bug in parc rather than a CUDA error: the
 * GPU stays on, this launch runs on the CPU.  Printed once per process.
 * Returns NULL. */
static void *job_misuse(parc_cuda_job *j, const char *why)
{
	if (!__atomic_exchange_n(&misuse_reported, 1, __ATOMIC_ACQ_REL))
		fprintf(stderr, "parc_rt_cuda: %s; running this loop on the CPU\n",
			why);
	j->failed = 1;
	return NULL;
}

/* ------------------------------------------------------------------------
 * Buffer pools
 *
 * A pool keeps up to POOL_KEEP free buffers, each a power of two of at
 * least POOL_MIN bytes; a request takes a free buffer of exactly its size
 * class, or allocates one.  When a release overflows the pool, the
 * smallest buffer goes: large buffers are the expensive ones to allocate. */

typedef struct pool {
	int device;                 /* cudaMalloc'ed, else malloc'ed */
	int n;
	void *buf[POOL_KEEP + 1];
	size_t size[POOL_KEEP + 1];
} pool;

static pthread_mutex_t pool_lock = PTHREAD_MUTEX_INITIALIZER;
static pool device_pool = { 1, 0, { 0 }, { 0 } };
static pool host_pool = { 0, 0, { 0 }, { 0 } };

/* The size class of a request of "bytes" (at most max_bytes). */
static size_t size_class(size_t bytes)
{
	size_t size = POOL_MIN;
	while (size < bytes)
		size <<= 1;
	return size;
}

static void raw_free(const pool *p, void *buf)
{
	if (p->device)
		cudaFree(buf); /* an error here changes nothing for the caller */
	else
		free(buf);
}

/* Removes a free buffer of "size" bytes from "p"; NULL if none. */
static void *pool_take(pool *p, size_t size)
{
	void *buf = NULL;
	pthread_mutex_lock(&pool_lock);
	for (int i = 0; i < p->n; i++) {
		if (p->size[i] != size)
			continue;
		buf = p->buf[i];
		p->n--;
		p->buf[i] = p->buf[p->n];
		p->size[i] = p->size[p->n];
		break;
	}
	pthread_mutex_unlock(&pool_lock);
	return buf;
}

/* Gives "buf" of "size" bytes back to "p", dropping the smallest buffer
 * when the pool is full.  Frees outside the lock: cudaFree synchronizes. */
static void pool_put(pool *p, void *buf, size_t size)
{
	pthread_mutex_lock(&pool_lock);
	p->buf[p->n] = buf;
	p->size[p->n] = size;
	p->n++;
	buf = NULL;
	if (p->n > POOL_KEEP) {
		int small = 0;
		for (int i = 1; i < p->n; i++)
			if (p->size[i] < p->size[small])
				small = i;
		buf = p->buf[small];
		p->n--;
		p->buf[small] = p->buf[p->n];
		p->size[small] = p->size[p->n];
	}
	pthread_mutex_unlock(&pool_lock);
	if (buf)
		raw_free(p, buf);
}

static void pool_drain_device(void)
{
	for (;;) {
		void *buf = NULL;
		pthread_mutex_lock(&pool_lock);
		if (device_pool.n > 0)
			buf = device_pool.buf[--device_pool.n];
		pthread_mutex_unlock(&pool_lock);
		if (!buf)
			return;
		cudaFree(buf);
	}
}

/* Sets "*buf" to a device buffer of at least "bytes" bytes. */
static cudaError_t device_get(size_t bytes, void **buf)
{
	size_t size = size_class(bytes);
	*buf = pool_take(&device_pool, size);
	if (*buf)
		return cudaSuccess;
	cudaError_t err = cudaMalloc(buf, size);
	if (err != cudaSuccess)
		*buf = NULL;
	return err;
}

/* Releases device buffer "buf" of a "bytes" request (NULL: nothing).
 * After an error nothing is pooled: the context may be broken. */
static void device_put(void *buf, size_t bytes)
{
	if (!buf)
		return;
	if (is_disabled())
		cudaFree(buf);
	else
		pool_put(&device_pool, buf, size_class(bytes));
}

/* A host staging buffer of at least "bytes" bytes, or NULL. */
static void *host_get(size_t bytes)
{
	size_t size = size_class(bytes);
	void *buf = pool_take(&host_pool, size);
	return buf ? buf : malloc(size);
}

static void host_put(void *buf, size_t bytes)
{
	if (buf)
		pool_put(&host_pool, buf, size_class(bytes));
}

/* ------------------------------------------------------------------------
 * Device probe and cost model */

static int parse_mode(const char *s)
{
	if (s && strcmp(s, "never") == 0)
		return MODE_NEVER;
	if (s && strcmp(s, "always") == 0)
		return MODE_ALWAYS;
	if (s && strcmp(s, "alternate") == 0)
		return MODE_ALTERNATE;
	return MODE_AUTO; /* also for unknown values: the safe default */
}

/* Reads the environment and looks for a device, silently: a machine
 * without a GPU or a driver is normal, not an error.  With PARC_CUDA=never
 * CUDA is not even initialized. */
static void probe(void)
{
	const char *v = getenv("PARC_CUDA_VERBOSE");
	verbose = v && strcmp(v, "1") == 0;
	mode = parse_mode(getenv("PARC_CUDA"));
	ncpu = sysconf(_SC_NPROCESSORS_ONLN);
	if (ncpu < 1)
		ncpu = 1;
	int n = 0;
	if (mode == MODE_NEVER || cudaGetDeviceCount(&n) != cudaSuccess || n <= 0) {
		cudaGetLastError(); /* do not leave the failure to user code */
		return;
	}
	ndevices = n;
	int dev = 0, sms = 0;
	if (cudaGetDevice(&dev) == cudaSuccess && cudaDeviceGetAttribute(&sms,
			cudaDevAttrMultiProcessorCount, dev) == cudaSuccess && sms > 0)
		sm_count = sms;
	cudaGetLastError();
}

static double now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static __global__ void parc_cuda_nop(void)
{
}

/* Sets latency_ns to the fastest of a few empty launches, each waited
 * for; the first also pays for loading the module, hence the minimum. */
static cudaError_t measure_latency(void)
{
	latency_ns = 1e30;
	for (int i = 0; i < LATENCY_RUNS; i++) {
		double t = now_ns();
		PARC_CUDA_LAUNCH(parc_cuda_nop, 1, 1, ());
		cudaError_t err = cudaGetLastError();
		if (err == cudaSuccess)
			err = cudaDeviceSynchronize();
		if (err != cudaSuccess)
			return err;
		t = now_ns() - t;
		if (t < latency_ns)
			latency_ns = t;
	}
	return cudaSuccess;
}

/* Sets byte_ns from the fastest of a few copies of COPY_BYTES from
 * pageable host memory, as user arrays are. */
static cudaError_t measure_bandwidth(void)
{
	void *dev = NULL;
	char *host = (char *)calloc(COPY_BYTES, 1);
	if (!host)
		return cudaErrorMemoryAllocation;
	cudaError_t err = cudaMalloc(&dev, COPY_BYTES);
	double best = 1e30;
	for (int i = 0; err == cudaSuccess && i < COPY_RUNS; i++) {
		double t = now_ns();
		err = cudaMemcpy(dev, host, COPY_BYTES, cudaMemcpyHostToDevice);
		t = now_ns() - t;
		if (t < best)
			best = t;
	}
	if (dev)
		cudaFree(dev);
	free(host);
	byte_ns = best / COPY_BYTES;
	return err;
}

static void calibrate(void)
{
	cudaError_t err = measure_latency();
	if (err == cudaSuccess)
		err = measure_bandwidth();
	if (err != cudaSuccess)
		report_error("calibration", err);
}

/* The model: the GPU pays the launch, the copies and the work at
 * gpu_factor cores; the CPU does the work on all its cores.  Sets "*gpu"
 * and "*cpu" to the estimates in nanoseconds. */
static void estimate(long long work, long long bytes, double *gpu, double *cpu)
{
	pthread_once(&calibrate_once, calibrate);
	double w = (double)(work > 0 ? work : 0) * unit_ns;
	*gpu = latency_ns + (double)(bytes > 0 ? bytes : 0) * byte_ns
		+ w / gpu_factor;
	*cpu = w / (double)ncpu;
}

/* Decides without the model when the answer is plain; sets "*why".
 * Returns 0 or 1, or -1 when the model must decide. */
static int decide_plain(const char **why)
{
	*why = NULL;
	if (mode == MODE_NEVER)
		*why = "PARC_CUDA=never";
	else if (ndevices == 0)
		*why = "no CUDA device";
	else if (is_disabled())
		*why = "off after a CUDA error";
	else if (mode == MODE_ALWAYS)
		*why = "PARC_CUDA=always";
	else if (mode == MODE_ALTERNATE)
		*why = "PARC_CUDA=alternate";
	if (!*why)
		return -1;
	if (mode == MODE_ALTERNATE && ndevices > 0 && !is_disabled()) {
		static __thread unsigned turn;
		return turn++ % 2 == 0;
	}
	return mode == MODE_ALWAYS && ndevices > 0 && !is_disabled();
}

/* OpenMP's, when the program has it: weak, so that the library needs no
 * OpenMP itself. */
extern "C" int omp_in_parallel(void) __attribute__((weak));

int parc_cuda_use(long long work, long long bytes)
{
	/* Inside a parallel region other threads may be writing elements
	 * between those this nest writes, and the copy back of whole regions
	 * would undo their writes: such nests stay on the CPU. */
	if (omp_in_parallel && omp_in_parallel())
		return 0;
	pthread_once(&probe_once, probe);
	const char *why;
	double gpu = 0, cpu = 0;
	int use = decide_plain(&why);
	if (use < 0) {
		estimate(work, bytes, &gpu, &cpu);
		/* calibration itself may have hit an error */
		use = !is_disabled() && gpu < cpu;
	}
	if (!verbose)
		return use;
	if (why)
		fprintf(stderr, "parc_rt_cuda: work %lld, %lld bytes: %s (%s)\n",
			work, bytes, use ? "GPU" : "CPU", why);
	else
		fprintf(stderr, "parc_rt_cuda: work %lld, %lld bytes: GPU %.3g us, "
			"CPU %.3g us: %s\n", work, bytes, gpu / 1e3, cpu / 1e3,
			use ? "GPU" : "CPU");
	return use;
}

/* ------------------------------------------------------------------------
 * Launch geometry */

unsigned parc_cuda_threads(void)
{
#ifdef PARC_CUDA_EMU_THREADS
	return PARC_CUDA_EMU_THREADS; /* the emulation runs threads one by one */
#else
	return GPU_THREADS;
#endif
}

unsigned parc_cuda_blocks(long long n, unsigned threads)
{
	pthread_once(&probe_once, probe);
	unsigned long long cap = BLOCKS_FALLBACK;
	if (sm_count > 0)
		cap = (unsigned long long)sm_count * BLOCKS_PER_SM;
	if (threads == 0)
		threads = 1;
	if (n <= 0)
		return 1;
	unsigned long long b = ((unsigned long long)n + threads - 1) / threads;
	return (unsigned)(b < cap ? b : cap);
}

/* ------------------------------------------------------------------------
 * Jobs */

/* ------------------------------------------------------------------------
 * Data scopes (see parc_rt_cuda.h)
 *
 * An entry is a host region with its device copy and which side is newer.
 * A kernel reads an entry's buffer in place; a kernel that writes the
 * region gets a fresh buffer, filled from the entry on the device, which
 * replaces the entry's at commit (so a failed kernel leaves the entry as
 * the last good kernel left it). */

enum { SCOPE_ENTRIES = 64 };
enum { SAME, DEV_NEWER, HOST_NEWER };

typedef struct entry {
	int used;
	int pins;            /* maps of the running job that use it */
	char *host;
	void *dev;
	size_t bytes;
	int state;
} entry;

static __thread struct {
	int depth;
	entry e[SCOPE_ENTRIES];
} scope;

/* Fatal: device results of a scope cannot be copied back. */
static void results_lost(cudaError_t err)
{
	fprintf(stderr, "parc_rt_cuda: CUDA error while copying results back: %s; the "
		"results on the device are lost, stopping\n", cudaGetErrorString(err));
	abort();
}

/* Copies entry "e" back to the host if the device has newer data. */
static cudaError_t entry_download(entry *e)
{
	if (e->state != DEV_NEWER)
		return cudaSuccess;
	cudaError_t err = cudaMemcpy(e->host, e->dev, e->bytes, cudaMemcpyDeviceToHost);
	if (err == cudaSuccess)
		e->state = SAME;
	return err;
}

static void entry_drop(entry *e)
{
	device_put(e->dev, e->bytes);
	memset(e, 0, sizeof *e);
}

/* Brings every newer device region back and drops all entries ("keep"
 * false) or marks them stale (the host may now change them). */
static cudaError_t scope_flush(int keep)
{
	cudaError_t first = cudaSuccess;
	for (int i = 0; i < SCOPE_ENTRIES; i++) {
		entry *e = &scope.e[i];
		if (!e->used)
			continue;
		cudaError_t err = entry_download(e);
		if (err != cudaSuccess && first == cudaSuccess)
			first = err;
		if (keep && err == cudaSuccess)
			e->state = HOST_NEWER;
		else if (!keep)
			entry_drop(e);
	}
	return first;
}

/* After a CUDA error inside a scope: the results so far go back to the
 * host, or the program stops. */
static void scope_rescue(void)
{
	if (scope.depth == 0)
		return;
	cudaError_t err = scope_flush(0);
	if (err != cudaSuccess)
		results_lost(err);
}

/* PARC_CUDA_SCOPES=0 ignores data scopes (every kernel copies its
 * regions both ways), to measure what they save. */
static int scopes_off(void)
{
	static int off = -1;
	if (off < 0) {
		const char *v = getenv("PARC_CUDA_SCOPES");
		off = v && strcmp(v, "0") == 0;
	}
	return off;
}

void parc_cuda_scope_begin(void)
{
	if (!scopes_off())
		scope.depth++;
}

void parc_cuda_scope_end(void)
{
	if (scopes_off() || scope.depth == 0 || --scope.depth > 0)
		return;
	cudaError_t err = scope_flush(0);
	if (err != cudaSuccess)
		results_lost(err);
}

int parc_cuda_host(void)
{
	if (scope.depth > 0) {
		cudaError_t err = scope_flush(1);
		if (err != cudaSuccess) {
			report_error("parc_cuda_host", err);
			results_lost(err);
		}
	}
	return 0;
}

/* The entry holding host bytes [h, h + bytes), creating it (after
 * bringing back and dropping entries it overlaps) when there is none;
 * NULL when an overlapping entry is in use by this job or on error. */
static entry *scope_entry(char *h, size_t bytes, cudaError_t *err)
{
	*err = cudaSuccess;
	entry *free_slot = NULL;
	for (int i = 0; i < SCOPE_ENTRIES; i++) {
		entry *e = &scope.e[i];
		if (!e->used) {
			free_slot = free_slot ? free_slot : e;
			continue;
		}
		if (e->host <= h && h + bytes <= e->host + e->bytes)
			return e;
	}
	for (int i = 0; i < SCOPE_ENTRIES; i++) {
		entry *e = &scope.e[i];
		if (!e->used || h + bytes <= e->host || e->host + e->bytes <= h)
			continue;
		if (e->pins)
			return NULL;
		if ((*err = entry_download(e)) != cudaSuccess)
			return NULL;
		entry_drop(e);
		free_slot = free_slot ? free_slot : e;
	}
	if (!free_slot) {
		/* Full: give the least useful entry back (the first unpinned). */
		for (int i = 0; i < SCOPE_ENTRIES && !free_slot; i++)
			if (!scope.e[i].pins)
				free_slot = &scope.e[i];
		if (!free_slot)
			return NULL;
		if ((*err = entry_download(free_slot)) != cudaSuccess)
			return NULL;
		entry_drop(free_slot);
	}
	entry *e = free_slot;
	if ((*err = device_get(bytes, &e->dev)) != cudaSuccess)
		return NULL;
	*err = cudaMemcpy(e->dev, h, bytes, cudaMemcpyHostToDevice);
	if (*err != cudaSuccess) {
		device_put(e->dev, bytes);
		e->dev = NULL;
		return NULL;
	}
	e->used = 1;
	e->host = h;
	e->bytes = bytes;
	e->state = SAME;
	return e;
}

/* Maps map "m" (host, bytes, flags set) through the scope; returns its
 * device address, or NULL (then "j" has failed). */
static void *scope_map(parc_cuda_job *j, parc_cuda_map_t *m)
{
	cudaError_t err;
	entry *e = scope_entry((char *)m->host, m->bytes, &err);
	if (!e)
		return err != cudaSuccess ? job_error(j, "parc_cuda_map", err) :
			job_misuse(j, "overlapping regions in one kernel");
	if (e->state == HOST_NEWER) {
		err = cudaMemcpy(e->dev, e->host, e->bytes, cudaMemcpyHostToDevice);
		if (err != cudaSuccess)
			return job_error(j, "parc_cuda_map", err);
		e->state = SAME;
	}
	e->pins++;
	m->entry = e;
	size_t at = (size_t)((char *)m->host - e->host);
	if (!(m->flags & PARC_CUDA_OUT))
		return (char *)e->dev + at;
	/* Written: a fresh copy of the whole entry, on the device. */
	if ((err = device_get(e->bytes, &m->dev)) != cudaSuccess)
		return job_error(j, "parc_cuda_map", err);
	err = cudaMemcpy(m->dev, e->dev, e->bytes, cudaMemcpyDeviceToDevice);
	if (err != cudaSuccess)
		return job_error(j, "parc_cuda_map", err);
	m->bytes = e->bytes;   /* the buffer's size, for release */
	return (char *)m->dev + at;
}

/* A job starts failed, silently, when there is no GPU to run it: a
 * wrapper called without asking parc_cuda_use first then falls back to the
 * CPU instead of reporting a CUDA error that is no error. */
void parc_cuda_begin(parc_cuda_job *j)
{
	pthread_once(&probe_once, probe);
	j->failed = mode == MODE_NEVER || ndevices == 0 || is_disabled();
	j->nmaps = 0;
	j->nscratch = 0;
}

/* Sets "*bytes" to the size of elements [lo, hi] (hi >= lo) of "elem"
 * bytes each; returns 0 when that or lo * elem does not fit. */
static int region_bytes(long long lo, long long hi, size_t elem, size_t *bytes)
{
	unsigned long long count = (unsigned long long)hi - (unsigned long long)lo + 1;
	unsigned long long first = lo < 0 ? -(unsigned long long)lo
		: (unsigned long long)lo;
	if (elem == 0 || count == 0 || count > max_bytes / elem
			|| first > max_bytes / elem)
		return 0;
	*bytes = (size_t)count * elem;
	return 1;
}

void *parc_cuda_map(parc_cuda_job *j, const void *host, long long lo,
	long long hi, size_t elem, int flags)
{
	size_t bytes;
	if (j->failed)
		return NULL;
	if (hi < lo)
		return (void *)host;
	if (!region_bytes(lo, hi, elem, &bytes))
		return job_misuse(j, "array region too large to map");
	if (j->nmaps == PARC_CUDA_MAX_MAPS)
		return job_misuse(j, "too many arrays mapped for one kernel");
	/* Unsigned arithmetic wraps, so a negative "lo" works too. */
	uintptr_t shift = (uintptr_t)lo * (uintptr_t)elem;
	parc_cuda_map_t *m = &j->maps[j->nmaps++]; /* released even if half set */
	m->host = (void *)((uintptr_t)host + shift);
	m->dev = NULL;
	m->stage = NULL;
	m->bytes = bytes;
	m->flags = flags;
	m->entry = NULL;
	if (scope.depth > 0) {
		char *d = (char *)scope_map(j, m);
		return d ? (void *)((uintptr_t)d - shift) : NULL;
	}
	cudaError_t err = device_get(bytes, &m->dev);
	if (err != cudaSuccess)
		return job_error(j, "parc_cuda_map", err);
	if ((flags & PARC_CUDA_OUT) && !(m->stage = host_get(bytes)))
		return job_misuse(j, "out of host memory");
	if (flags & PARC_CUDA_IN) {
		err = cudaMemcpy(m->dev, m->host, bytes, cudaMemcpyHostToDevice);
		if (err != cudaSuccess)
			return job_error(j, "parc_cuda_map", err);
	}
	return (void *)((uintptr_t)m->dev - shift);
}

void *parc_cuda_scratch(parc_cuda_job *j, size_t bytes)
{
	const int max = (int)(sizeof(j->scratch) / sizeof(j->scratch[0]));
	if (j->failed)
		return NULL;
	if (j->nscratch == max || bytes > max_bytes)
		return job_misuse(j, "too many or too large reduction buffers");
	int k = j->nscratch++;
	j->scratch[k] = NULL;
	j->scratch_bytes[k] = bytes;
	j->scratch_host[k] = host_get(bytes);
	if (!j->scratch_host[k])
		return job_misuse(j, "out of host memory");
	cudaError_t err = device_get(bytes, &j->scratch[k]);
	if (err != cudaSuccess)
		return job_error(j, "parc_cuda_scratch", err);
	return j->scratch[k];
}

const void *parc_cuda_partials(parc_cuda_job *j, int k)
{
	if (k < 0 || k >= j->nscratch)
		return NULL;
	return j->scratch_host[k];
}

/* Gives every buffer of "j" back (to the pools, or freed after an error)
 * and empties it, so that a second release does nothing. */
static void release(parc_cuda_job *j)
{
	for (int i = 0; i < j->nmaps; i++) {
		device_put(j->maps[i].dev, j->maps[i].bytes);
		host_put(j->maps[i].stage, j->maps[i].bytes);
		if (j->maps[i].entry)
			((entry *)j->maps[i].entry)->pins--;
	}
	for (int k = 0; k < j->nscratch; k++) {
		device_put(j->scratch[k], j->scratch_bytes[k]);
		host_put(j->scratch_host[k], j->scratch_bytes[k]);
	}
	j->nmaps = 0;
	j->nscratch = 0;
}

/* Copies the PARC_CUDA_OUT regions and the partials of "j" into their
 * staging buffers. */
static cudaError_t fetch(parc_cuda_job *j)
{
	cudaError_t err = cudaSuccess;
	for (int i = 0; err == cudaSuccess && i < j->nmaps; i++) {
		parc_cuda_map_t *m = &j->maps[i];
		if ((m->flags & PARC_CUDA_OUT) && !m->entry)
			err = cudaMemcpy(m->stage, m->dev, m->bytes,
				cudaMemcpyDeviceToHost);
	}
	for (int k = 0; err == cudaSuccess && k < j->nscratch; k++)
		err = cudaMemcpy(j->scratch_host[k], j->scratch[k],
			j->scratch_bytes[k], cudaMemcpyDeviceToHost);
	return err;
}

int parc_cuda_finish(parc_cuda_job *j, const char *kernel)
{
	cudaError_t err = cudaSuccess;
	if (!j->failed) {
		err = cudaGetLastError(); /* the launch itself */
		if (err == cudaSuccess)
			err = cudaDeviceSynchronize(); /* the kernel's run */
		if (err == cudaSuccess)
			err = fetch(j);
		if (err != cudaSuccess)
			job_error(j, kernel ? kernel : "a kernel", err);
	}
	if (j->failed) {
		release(j);
		if (is_disabled())
			scope_rescue();
		return -1;
	}
	if (verbose)
		fprintf(stderr, "parc_rt_cuda: ran %s on the GPU\n", kernel ? kernel : "a kernel");
	return 0;
}

void parc_cuda_commit(parc_cuda_job *j)
{
	for (int i = 0; !j->failed && i < j->nmaps; i++) {
		parc_cuda_map_t *m = &j->maps[i];
		entry *e = (entry *)m->entry;
		if (!(m->flags & PARC_CUDA_OUT))
			continue;
		if (!e) {
			memcpy(m->host, m->stage, m->bytes);
			continue;
		}
		/* The kernel's copy becomes the entry's; the old one is freed
		 * by release (it takes the map's place). */
		void *old = e->dev;
		e->dev = m->dev;
		m->dev = old;
		e->state = DEV_NEWER;
	}
	release(j);
}

void parc_cuda_abandon(parc_cuda_job *j)
{
	release(j);
	if (is_disabled())
		scope_rescue();
}
