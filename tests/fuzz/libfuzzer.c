/* libfuzzer.c - feeds arbitrary bytes through parc's whole pipeline:
 * parse (libclang), decide (all analyses), rewrite, report, remarks.
 *
 * Build: cmake -S . -B build-fuzz -DCMAKE_C_COMPILER=clang-19 -DPARC_LIBFUZZER=ON
 *        cmake --build build-fuzz --target parc_fuzz
 * Run:   build-fuzz/tests/parc_fuzz -max_total_time=3600 -rss_limit_mb=4096 \
 *            tests/fuzz/seeds
 * A crash is saved by libFuzzer as crash-*; copy it to tests/fuzz/seeds/ as
 * a regression input once fixed. */
#include "parc/analysis.h"
#include "parc/control.h"
#include "parc/frontend.h"
#include "parc/output.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* parc refuses empty files and NUL bytes before parsing: so does this. */
	if (size == 0 || size > (1 << 20) || memchr(data, 0, size))
		return 0;
	char *src = malloc(size + 1);
	memcpy(src, data, size);
	src[size] = '\0';
	/* Odd-sized inputs also go through --instrument, which needs the
	 * expressions' extents. */
	bool instrument = size % 2 == 1;
	parc_frontend_opts o = { "fuzz.c", src, (int)size, NULL, 0, NULL, instrument };
	parc_program *p = parc_frontend_parse(&o);
	if (p) {
		parc_control_pragmas(p, NULL);
		parc_decide(p);
		parc_buf out;
		parc_buf_init(&out);
		parc_rewrite(p, &out);
		parc_buf_free(&out);
		if (instrument) {
			parc_buf_init(&out);
			parc_instrument(p, &out);
			parc_buf_free(&out);
		}
		FILE *devnull = fopen("/dev/null", "w");
		if (devnull) {
			parc_remarks_print(p, devnull, PARC_REMARK_ALL);
			fclose(devnull);
		}
		parc_program_free(p);
	}
	free(src);
	return 0;
}
