/* emu.h - runs CUDA code as plain host C++, for tests on machines without
 * nvcc or a GPU.  Force-include it when compiling a .cu file (the runtime's
 * cuda.cu or a .cu file written by parc):
 *
 *     g++ -std=c++11 -x c++ -include tests/cuda/emu.h -I runtime/include ...
 *
 * It emulates the CUDA runtime calls that parc's runtime and generated
 * code use, and PARC_CUDA_LAUNCH.  Design: the emulation should catch the
 * bugs a real GPU would show, so
 *   - device memory is a malloc separate from any host array, filled with
 *     0xA5 bytes when allocated: a missing copy-in gives wrong results;
 *   - cudaMemcpy checks that each side lies in (or outside) a device
 *     allocation as its direction says;
 *   - blocks run one after the other in reverse order, to catch code that
 *     assumes block 0 runs first.
 * Threads of a block run one by one, so __syncthreads cannot be honoured:
 * the runtime's parc_cuda_threads() returns PARC_CUDA_EMU_THREADS (1),
 * which makes the emulation of block-level reductions exact.
 *
 * Environment, for tests:
 *   PARC_CUDA_EMU_DEVICES=N      devices reported (default 1; 0: none)
 *   PARC_CUDA_EMU_FAIL=KIND      malloc, memcpy, launch or sync: the
 *   PARC_CUDA_EMU_FAIL_AT=N      Nth call of that kind (default 1) and the
 *   PARC_CUDA_EMU_FAIL_COUNT=M   M-1 after it (default 1) fail.
 *
 * All state lives in function-local statics of inline functions, so every
 * translation unit that includes this header shares one emulated device. */
#ifndef PARC_CUDA_EMU_H
#define PARC_CUDA_EMU_H

#define PARC_CUDA_EMU 1
#define PARC_CUDA_EMU_THREADS 1u

#include <atomic>
#include <map>
#include <mutex>

#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define __global__
#define __device__
#define __host__
#define __shared__
#define __constant__
#define __restrict__ __restrict
#define __forceinline__ inline
#define __launch_bounds__(...)

/* ------------------------------------------------------------------------
 * Thread and block indices (per host thread, so that host threads may run
 * emulated kernels concurrently) */

struct uint3 {
	unsigned x, y, z;
};

struct dim3 {
	unsigned x, y, z;
	dim3(unsigned a = 1, unsigned b = 1, unsigned c = 1) : x(a), y(b), z(c) {}
};

inline uint3 &parc_emu_block_idx() { static thread_local uint3 v; return v; }
inline uint3 &parc_emu_thread_idx() { static thread_local uint3 v; return v; }
inline dim3 &parc_emu_block_dim() { static thread_local dim3 v; return v; }
inline dim3 &parc_emu_grid_dim() { static thread_local dim3 v; return v; }

#define blockIdx (parc_emu_block_idx())
#define threadIdx (parc_emu_thread_idx())
#define blockDim (parc_emu_block_dim())
#define gridDim (parc_emu_grid_dim())

inline void __syncthreads(void) {}

/* Sequential code needs no atomics; these return the old value. */
template <class T> inline T atomicAdd(T *p, T v) { T o = *p; *p = o + v; return o; }
template <class T> inline T atomicMin(T *p, T v) { T o = *p; if (v < o) *p = v; return o; }
template <class T> inline T atomicMax(T *p, T v) { T o = *p; if (v > o) *p = v; return o; }

/* ------------------------------------------------------------------------
 * Types and constants (values as in CUDA's driver_types.h) */

enum cudaError {
	cudaSuccess = 0,
	cudaErrorInvalidValue = 1,
	cudaErrorMemoryAllocation = 2,
	cudaErrorInvalidConfiguration = 9,
	cudaErrorNoDevice = 100,
	cudaErrorIllegalAddress = 700,
	cudaErrorLaunchOutOfResources = 701,
	cudaErrorLaunchFailure = 719
};
typedef enum cudaError cudaError_t;

enum cudaMemcpyKind {
	cudaMemcpyHostToHost = 0,
	cudaMemcpyHostToDevice = 1,
	cudaMemcpyDeviceToHost = 2,
	cudaMemcpyDeviceToDevice = 3
};

enum cudaDeviceAttr { cudaDevAttrMultiProcessorCount = 16 };

enum {
	PARC_EMU_MALLOC, PARC_EMU_MEMCPY, PARC_EMU_LAUNCH, PARC_EMU_SYNC,
	PARC_EMU_KINDS,
	PARC_EMU_SMS = 4      /* emulated multiprocessors */
};

/* ------------------------------------------------------------------------
 * The emulated device */

struct parc_emu_state {
	std::mutex lock;
	std::map<uintptr_t, size_t> allocs;     /* device buffers: base -> size */
	std::atomic<long> calls[PARC_EMU_KINDS];
	std::atomic<long> mallocs;              /* successful cudaMalloc calls */
	int devices;
	int fail_kind;                          /* -1: none */
	long fail_at, fail_count;

	parc_emu_state() : mallocs(0), devices(1), fail_kind(-1), fail_at(1),
		fail_count(1)
	{
		static const char *const kinds[] = { "malloc", "memcpy", "launch", "sync" };
		for (int k = 0; k < PARC_EMU_KINDS; k++)
			calls[k].store(0);
		const char *s = getenv("PARC_CUDA_EMU_DEVICES");
		if (s)
			devices = atoi(s);
		s = getenv("PARC_CUDA_EMU_FAIL");
		for (int k = 0; s && k < PARC_EMU_KINDS; k++)
			if (strcmp(s, kinds[k]) == 0)
				fail_kind = k;
		if ((s = getenv("PARC_CUDA_EMU_FAIL_AT")))
			fail_at = atol(s);
		if ((s = getenv("PARC_CUDA_EMU_FAIL_COUNT")))
			fail_count = atol(s);
	}
};

inline parc_emu_state &parc_emu() { static parc_emu_state s; return s; }

/* The error cudaGetLastError returns: per host thread, as in CUDA. */
inline cudaError_t &parc_emu_last() { static thread_local cudaError_t e = cudaSuccess; return e; }

/* Counts a call of "kind"; true when it is one that must fail. */
inline bool parc_emu_fail(int kind)
{
	parc_emu_state &s = parc_emu();
	long n = ++s.calls[kind];
	return s.fail_kind == kind && n >= s.fail_at && n < s.fail_at + s.fail_count;
}

/* Records "e" for cudaGetLastError, as the CUDA runtime does, and returns it. */
inline cudaError_t parc_emu_error(cudaError_t e)
{
	if (e != cudaSuccess)
		parc_emu_last() = e;
	return e;
}

/* Number of successful cudaMalloc calls so far (for pool tests). */
inline long parc_emu_malloc_calls() { return parc_emu().mallocs.load(); }

/* Number of device buffers not freed yet. */
inline size_t parc_emu_live_buffers()
{
	parc_emu_state &s = parc_emu();
	std::lock_guard<std::mutex> g(s.lock);
	return s.allocs.size();
}

/* Whether [p, p + n) lies inside one device buffer. */
inline bool parc_emu_on_device(const void *p, size_t n)
{
	parc_emu_state &s = parc_emu();
	uintptr_t a = (uintptr_t)p;
	std::lock_guard<std::mutex> g(s.lock);
	std::map<uintptr_t, size_t>::iterator it = s.allocs.upper_bound(a);
	if (it == s.allocs.begin())
		return false;
	--it;
	return a - it->first <= it->second && n <= it->second - (a - it->first);
}

/* ------------------------------------------------------------------------
 * The CUDA runtime API subset */

inline cudaError_t cudaGetDeviceCount(int *n)
{
	*n = parc_emu().devices > 0 ? parc_emu().devices : 0;
	return *n ? cudaSuccess : parc_emu_error(cudaErrorNoDevice);
}

inline cudaError_t cudaGetDevice(int *d)
{
	*d = 0;
	return parc_emu().devices > 0 ? cudaSuccess : parc_emu_error(cudaErrorNoDevice);
}

inline cudaError_t cudaDeviceGetAttribute(int *v, cudaDeviceAttr attr, int)
{
	if (attr != cudaDevAttrMultiProcessorCount)
		return parc_emu_error(cudaErrorInvalidValue);
	*v = PARC_EMU_SMS;
	return cudaSuccess;
}

inline cudaError_t cudaMalloc(void **p, size_t size)
{
	*p = NULL;
	if (parc_emu().devices <= 0)
		return parc_emu_error(cudaErrorNoDevice);
	if (parc_emu_fail(PARC_EMU_MALLOC))
		return parc_emu_error(cudaErrorMemoryAllocation);
	void *buf = malloc(size ? size : 1);
	if (!buf)
		return parc_emu_error(cudaErrorMemoryAllocation);
	memset(buf, 0xA5, size); /* garbage: shows a missing copy-in */
	parc_emu_state &s = parc_emu();
	std::lock_guard<std::mutex> g(s.lock);
	s.allocs[(uintptr_t)buf] = size;
	s.mallocs++;
	*p = buf;
	return cudaSuccess;
}

template <class T> inline cudaError_t cudaMalloc(T **p, size_t size)
{
	return cudaMalloc((void **)p, size);
}

inline cudaError_t cudaFree(void *p)
{
	if (!p)
		return cudaSuccess;
	parc_emu_state &s = parc_emu();
	{
		std::lock_guard<std::mutex> g(s.lock);
		if (s.allocs.erase((uintptr_t)p) == 0)
			return parc_emu_error(cudaErrorInvalidValue);
	}
	free(p);
	return cudaSuccess;
}

/* Bytes copied each way; printed at exit with PARC_CUDA_EMU_STATS=1 as
 * "parc_emu: h2d N d2h M" (tests of data scopes compare them). */
struct parc_emu_traffic {
	std::atomic<unsigned long long> h2d{0}, d2h{0};
	~parc_emu_traffic()
	{
		const char *s = getenv("PARC_CUDA_EMU_STATS");
		if (s && strcmp(s, "1") == 0)
			fprintf(stderr, "parc_emu: h2d %llu d2h %llu\n", h2d.load(), d2h.load());
	}
};

inline parc_emu_traffic &parc_emu_bytes()
{
	static parc_emu_traffic t;
	return t;
}

inline cudaError_t cudaMemcpy(void *dst, const void *src, size_t n, cudaMemcpyKind kind)
{
	if (kind == cudaMemcpyHostToDevice)
		parc_emu_bytes().h2d += n;
	else if (kind == cudaMemcpyDeviceToHost)
		parc_emu_bytes().d2h += n;
	if (parc_emu_fail(PARC_EMU_MEMCPY))
		return parc_emu_error(cudaErrorIllegalAddress);
	if (n == 0)
		return cudaSuccess;
	bool src_dev = kind == cudaMemcpyDeviceToHost || kind == cudaMemcpyDeviceToDevice;
	bool dst_dev = kind == cudaMemcpyHostToDevice || kind == cudaMemcpyDeviceToDevice;
	if (parc_emu_on_device(src, n) != src_dev || parc_emu_on_device(dst, n) != dst_dev)
		return parc_emu_error(cudaErrorInvalidValue);
	memmove(dst, src, n);
	return cudaSuccess;
}

inline cudaError_t cudaDeviceSynchronize(void)
{
	if (parc_emu_fail(PARC_EMU_SYNC))
		return parc_emu_error(cudaErrorLaunchFailure);
	return cudaSuccess;
}

inline cudaError_t cudaGetLastError(void)
{
	cudaError_t e = parc_emu_last();
	parc_emu_last() = cudaSuccess;
	return e;
}

inline cudaError_t cudaPeekAtLastError(void)
{
	return parc_emu_last();
}

inline const char *cudaGetErrorString(cudaError_t e)
{
	switch (e) {
	case cudaSuccess: return "no error";
	case cudaErrorInvalidValue: return "invalid argument";
	case cudaErrorMemoryAllocation: return "out of memory";
	case cudaErrorInvalidConfiguration: return "invalid configuration argument";
	case cudaErrorNoDevice: return "no CUDA-capable device is detected";
	case cudaErrorIllegalAddress: return "an illegal memory access was encountered";
	case cudaErrorLaunchOutOfResources: return "too many resources requested for launch";
	case cudaErrorLaunchFailure: return "unspecified launch failure";
	}
	return "unknown error";
}

/* ------------------------------------------------------------------------
 * Kernel launch */

/* Checks a launch of "blocks" x "threads" and sets gridDim and blockDim;
 * false (with the error recorded for cudaGetLastError) when it fails. */
inline bool parc_emu_launch_begin(unsigned blocks, unsigned threads)
{
	if (parc_emu().devices <= 0)
		return parc_emu_error(cudaErrorNoDevice), false;
	if (parc_emu_fail(PARC_EMU_LAUNCH))
		return parc_emu_error(cudaErrorLaunchOutOfResources), false;
	if (blocks == 0 || threads == 0 || threads > 1024)
		return parc_emu_error(cudaErrorInvalidConfiguration), false;
	gridDim = dim3(blocks);
	blockDim = dim3(threads);
	return true;
}

/* Sets the indices for thread "t" of block "b". */
inline void parc_emu_at(unsigned b, unsigned t)
{
	blockIdx.x = b;
	blockIdx.y = blockIdx.z = 0;
	threadIdx.x = t;
	threadIdx.y = threadIdx.z = 0;
}

/* Runs the blocks last to first, the threads of each in order. */
#define PARC_CUDA_LAUNCH(kernel, blocks, threads, args) \
	do { \
		unsigned parc_emu_nb = (blocks), parc_emu_nt = (threads); \
		if (!parc_emu_launch_begin(parc_emu_nb, parc_emu_nt)) \
			break; \
		for (unsigned parc_emu_b = parc_emu_nb; parc_emu_b-- > 0;) \
			for (unsigned parc_emu_t = 0; parc_emu_t < parc_emu_nt; parc_emu_t++) { \
				parc_emu_at(parc_emu_b, parc_emu_t); \
				kernel args; \
			} \
	} while (0)

/* A 2-D grid of "bx" x "by" blocks of one thread each (the emulation's
 * parc_cuda_threads() is 1): blocks last to first in both dimensions. */
#define PARC_CUDA_LAUNCH2(kernel, bx, by, tx, ty, args) \
	do { \
		unsigned parc_emu_bx = (bx), parc_emu_by = (by); \
		if ((tx) != 1 || (ty) != 1) { \
			parc_emu_error(cudaErrorInvalidConfiguration); \
			break; \
		} \
		if (!parc_emu_launch_begin(parc_emu_bx * parc_emu_by, 1)) \
			break; \
		gridDim = dim3(parc_emu_bx, parc_emu_by); \
		for (unsigned parc_emu_y = parc_emu_by; parc_emu_y-- > 0;) \
			for (unsigned parc_emu_x = parc_emu_bx; parc_emu_x-- > 0;) { \
				parc_emu_at(parc_emu_x, 0); \
				blockIdx.y = parc_emu_y; \
				kernel args; \
			} \
	} while (0)

#endif
