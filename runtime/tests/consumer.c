/* consumer.c - a program built against an installed parc_rt through
 * pkg-config alone (tests/pkgconfig.cmake): header, library and OpenMP flags
 * must all come from parc_rt.pc. */
#include <parc_rt.h>
#include <stdio.h>

/* Term of the sum: i itself. */
static long long ident(long long i, void *ctx)
{
	(void)ctx;
	return i;
}

int main(void)
{
	long long s = parc_reduce_sum_ll(1000, ident, NULL);
	int ok = s == 499500 && parc_rt_chunk(0) == 1;
	printf("consumer: sum %lld, %s\n", s, ok ? "ok" : "WRONG");
	return ok ? 0 : 1;
}
