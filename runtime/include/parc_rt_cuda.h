/* parc_rt_cuda.h - the CUDA side of the parc runtime (library parc_rt_cuda).
 *
 * parc --target=cuda writes, for each offloaded loop nest, a call in the
 * user's C file
 *
 *     if (parc_cuda_use && parc_cuda_use(work, bytes) && !parc_k_f_12(...)) {}
 *     else <the original nest, with its OpenMP pragma>
 *
 * and, in the .cu file beside it, the kernel and the host wrapper
 * parc_k_f_12.  The wrapper uses the functions below: it maps each array's
 * accessed region to a device buffer, launches, and commits the results to
 * the user's arrays only when every CUDA call succeeded.  On any error the
 * wrapper returns nonzero before touching user memory, and the C file runs
 * the original nest on the CPU: no array is ever left half-updated.
 *
 * The C file references parc_cuda_use and the wrappers weakly, so that a
 * program built without the .cu file (or without this library) still
 * links, and runs the CPU path.
 *
 * Environment: PARC_CUDA=never (always the CPU), always (the GPU whenever
 * there is one, for testing), auto (the default: the cost model decides),
 * alternate (GPU and CPU by turns, for tests of data scopes).
 * PARC_CUDA_VERBOSE=1 prints each decision on stderr. */
#ifndef PARC_RT_CUDA_H
#define PARC_RT_CUDA_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define PARC_CUDA_API __attribute__((visibility("default")))
#else
#define PARC_CUDA_API
#endif

/* Whether a nest of "work" units (parc's cost units, see parc_rt.h) that
 * copies "bytes" bytes to and from the device should run on the GPU:
 * false with no device, after an earlier CUDA error, with
 * PARC_CUDA=never, or when the model (transfer bandwidth and launch
 * latency measured once per process, at the first call) says the CPU is
 * faster.  Thread-safe. */
PARC_CUDA_API int parc_cuda_use(long long work, long long bytes);

/* Flags of parc_cuda_map. */
enum { PARC_CUDA_IN = 1, PARC_CUDA_OUT = 2 };

enum { PARC_CUDA_MAX_MAPS = 32 };

/* One host region mapped to the device for one launch. */
typedef struct parc_cuda_map_t {
	void *host;          /* first byte of the region in host memory */
	void *dev;           /* its device copy (a pool buffer) */
	void *stage;         /* host staging buffer for the copy back */
	size_t bytes;
	int flags;
	void *entry;         /* inside a data scope: the scope's entry */
} parc_cuda_map_t;

/* The state of one wrapper call: begin, map, launch, finish, commit or
 * abandon.  Lives on the wrapper's stack. */
typedef struct parc_cuda_job {
	int failed;          /* a CUDA call failed (already reported) */
	int nmaps;
	parc_cuda_map_t maps[PARC_CUDA_MAX_MAPS];
	int nscratch;
	void *scratch[8];    /* device buffers of reduction partials */
	void *scratch_host[8];
	size_t scratch_bytes[8];
} parc_cuda_job;

PARC_CUDA_API void parc_cuda_begin(parc_cuda_job *j);

/* Maps elements [lo, hi] of the array at "host" ("elem" bytes each) and
 * returns a device address D such that D + k*elem is element k's copy for
 * lo <= k <= hi (so the kernel indexes it exactly as the host code
 * indexes "host").  PARC_CUDA_IN copies the region in; PARC_CUDA_OUT
 * copies it back at commit.  An empty region (hi < lo) maps nothing and
 * returns "host" converted.  On failure sets j->failed and returns NULL. */
PARC_CUDA_API void *parc_cuda_map(parc_cuda_job *j, const void *host, long long lo,
	long long hi, size_t elem, int flags);

/* A device buffer of "bytes" for per-block reduction partials; fetched
 * back by parc_cuda_finish into parc_cuda_partials(j, k). */
PARC_CUDA_API void *parc_cuda_scratch(parc_cuda_job *j, size_t bytes);
PARC_CUDA_API const void *parc_cuda_partials(parc_cuda_job *j, int k);

/* Number of blocks of "threads" threads for "n" iterations of a
 * grid-stride loop (at most what keeps every multiprocessor busy). */
PARC_CUDA_API unsigned parc_cuda_blocks(long long n, unsigned threads);
/* Threads per block (256 on a device). */
PARC_CUDA_API unsigned parc_cuda_threads(void);

/* After the launch: checks the launch, waits for the kernel, copies the
 * PARC_CUDA_OUT regions and the partials into host staging buffers.
 * Returns 0 on success; on failure reports the error once on stderr,
 * turns the GPU off for the rest of the process, releases everything, and
 * returns -1 (user memory untouched). */
PARC_CUDA_API int parc_cuda_finish(parc_cuda_job *j, const char *kernel);

/* Copies the staged regions into the user's arrays and releases the
 * job's buffers to the pool. */
PARC_CUDA_API void parc_cuda_commit(parc_cuda_job *j);

/* Releases the job's buffers without copying anything back (used when a
 * map failed before the launch). */
PARC_CUDA_API void parc_cuda_abandon(parc_cuda_job *j);

/* Data scopes.  parc puts a serial loop (a time loop) whose body touches
 * arrays only inside offloaded nests between parc_cuda_scope_begin and
 * parc_cuda_scope_end: inside, an array region stays on the device from one
 * kernel to the next; it is copied in once, when first used, and back once,
 * at the end.  Before a nest of the scope runs on the CPU instead, the C
 * file calls parc_cuda_host, which brings device results back (and makes
 * the next kernel copy the host's data in again).  A kernel in a scope
 * writes into a fresh device copy of each region it writes, swapped in
 * only when it succeeded, so that after a CUDA error the scope's regions
 * still hold the results of the last good kernel: they are copied back and
 * the CPU goes on from there.  If even that copy fails, the results are
 * lost: the runtime says so and aborts rather than let the program go on
 * with wrong data.  Scopes nest (only the outermost counts) and are per
 * host thread. */
PARC_CUDA_API void parc_cuda_scope_begin(void);
PARC_CUDA_API void parc_cuda_scope_end(void);
/* Returns 0 (it is called as "else if (parc_cuda_host()) {} else"). */
PARC_CUDA_API int parc_cuda_host(void);

#ifdef __cplusplus
}
#endif

/* The kernel launch, so that generated code builds with nvcc and, for
 * tests on machines without CUDA, with a host C++ compiler and an
 * emulation header that defines PARC_CUDA_LAUNCH itself. */
#if defined(__CUDACC__) && !defined(PARC_CUDA_LAUNCH)
#define PARC_CUDA_LAUNCH(kernel, blocks, threads, args) kernel<<<(blocks), (threads)>>> args
#endif
#if defined(__CUDACC__) && !defined(PARC_CUDA_LAUNCH2)
#define PARC_CUDA_LAUNCH2(kernel, bx, by, tx, ty, args) \
	kernel<<<dim3((bx), (by)), dim3((tx), (ty))>>> args
#endif

#endif
