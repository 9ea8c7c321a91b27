/* main.c - the parc driver: options, then one call per phase.
 *
 *   read input -> frontend (libclang -> IR) -> decide (analyses) ->
 *   rewrite (pragmas into the original text) -> write output, report,
 *   remarks
 *
 * Exit status: 0 success (also when no loop was parallelized), 1 the input
 * could not be processed, 2 usage error. */
#include "parc/analysis.h"
#include "parc/frontend.h"
#include "parc/output.h"
#include "parc/version.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { EXIT_INPUT = 1, EXIT_USAGE = 2 };

typedef struct options {
	const char *input;
	const char *output;
	const char *report;
	bool in_place;
	bool dump_ir;
	parc_remark_mode remarks;
	const char **clang_args;
	int nclang;
} options;

static void usage(FILE *out)
{
	fputs(
"usage: parc [options] input.c [-o output.c] [-- clang-args...]\n"
"\n"
"Reads a sequential C file and writes it back with '#pragma omp parallel for'\n"
"added above every loop whose iterations parc proves independent.  Nothing\n"
"else in the file changes.\n"
"\n"
"Options:\n"
"  -o FILE              write the result to FILE ('-' or no -o: stdout)\n"
"  --in-place           allow -o to name the input file itself\n"
"  --report=FILE        write a JSON report of every loop ('-': stdout)\n"
"  -Rpass=parc          remark on each parallelized loop (stderr)\n"
"  -Rpass-missed=parc   remark on each loop left serial, with reasons\n"
"  --remarks            both of the above\n"
"  -I DIR, -D NAME[=V], -U NAME, -std=STD, -include FILE, -isystem DIR\n"
"                       passed to the C parser, as for a compiler\n"
"  -- ARGS              pass all remaining ARGS to the C parser (clang)\n"
"  --dump-ir            print parc's loop IR to stderr (debugging)\n"
"  --help               show this help\n"
"  --version            show the version\n"
"\n"
"Input '-' reads standard input.\n"
"\n"
"Exit status:\n"
"  0  success, whether or not any loop was parallelized\n"
"  1  the input could not be processed (unreadable, not C, parse errors);\n"
"     no output file is written\n"
"  2  usage error\n", out);
}

static int usage_error(const char *fmt, const char *arg)
{
	fputs("parc: error: ", stderr);
	fprintf(stderr, fmt, arg);
	fputs("\nTry 'parc --help' for more information.\n", stderr);
	return EXIT_USAGE;
}

/* Compiler flags that take a separate argument, as in "-I dir". */
static bool flag_with_arg(const char *a)
{
	static const char *flags[] = { "-I", "-D", "-U", "-include", "-isystem",
		"-iquote", "-idirafter", "-imacros", NULL };
	for (int i = 0; flags[i]; i++)
		if (!strcmp(a, flags[i]))
			return true;
	return false;
}

static bool compiler_flag(const char *a)
{
	return !strncmp(a, "-I", 2) || !strncmp(a, "-D", 2) || !strncmp(a, "-U", 2) ||
		!strncmp(a, "-std=", 5) || !strncmp(a, "-W", 2) || !strncmp(a, "-f", 2) ||
		!strncmp(a, "-m", 2) || !strncmp(a, "-isystem", 8) || !strncmp(a, "-iquote", 7);
}

static int parse_args(int argc, char **argv, options *o)
{
	o->clang_args = parc_xcalloc((size_t)argc + 1, sizeof(char *));
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--")) {
			while (++i < argc)
				o->clang_args[o->nclang++] = argv[i];
			break;
		}
		if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			usage(stdout);
			exit(0);
		}
		if (!strcmp(a, "--version")) {
			printf("parc %s\n", PARC_VERSION);
			exit(0);
		}
		if (!strcmp(a, "-o")) {
			if (++i == argc)
				return usage_error("missing file name after '%s'", a);
			o->output = argv[i];
		} else if (!strncmp(a, "-o", 2) && a[2]) {
			o->output = a + 2;
		} else if (!strncmp(a, "--report=", 9)) {
			o->report = a + 9;
		} else if (!strcmp(a, "-Rpass=parc")) {
			o->remarks |= PARC_REMARK_PASSED;
		} else if (!strcmp(a, "-Rpass-missed=parc")) {
			o->remarks |= PARC_REMARK_MISSED;
		} else if (!strcmp(a, "--remarks")) {
			o->remarks = PARC_REMARK_ALL;
		} else if (!strcmp(a, "--in-place")) {
			o->in_place = true;
		} else if (!strcmp(a, "--dump-ir")) {
			o->dump_ir = true;
		} else if (flag_with_arg(a)) {
			if (++i == argc)
				return usage_error("missing argument after '%s'", a);
			o->clang_args[o->nclang++] = a;
			o->clang_args[o->nclang++] = argv[i];
		} else if (compiler_flag(a)) {
			o->clang_args[o->nclang++] = a;
		} else if (a[0] == '-' && a[1]) {
			return usage_error("unknown option '%s'", a);
		} else if (o->input) {
			return usage_error("more than one input file ('%s')", a);
		} else {
			o->input = a;
		}
	}
	if (!o->input)
		return usage_error("%s", "no input file");
	if (!o->output)
		o->output = "-";
	return 0;
}

static bool same_file(const char *a, const char *b)
{
	struct stat sa, sb;
	if (!strcmp(a, b))
		return true;
	return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev &&
		sa.st_ino == sb.st_ino;
}

/* Reads the input, rejecting what cannot be C.  Prints the diagnostic. */
static char *read_input(const options *o, const char *shown, size_t *len)
{
	char *src = NULL;
	const char *why = NULL;
	if (!strcmp(o->input, "-")) {
		if (parc_read_file("/dev/stdin", &src, len, &why) != PARC_OK)
			src = NULL;
	} else if (parc_read_file(o->input, &src, len, &why) != PARC_OK) {
		src = NULL;
	}
	if (!src) {
		fprintf(stderr, "parc: error: cannot read '%s': %s\n", shown, why);
		return NULL;
	}
	if (*len == 0) {
		fprintf(stderr, "%s: error: input file is empty\n", shown);
	} else if (memchr(src, '\0', *len)) {
		fprintf(stderr, "%s: error: input is not a C source file (it contains NUL bytes)\n",
			shown);
	} else if (*len > (size_t)1 << 30) {
		fprintf(stderr, "%s: error: input file is too large\n", shown);
	} else {
		return src;
	}
	free(src);
	return NULL;
}

static int write_output(const options *o, parc_buf *out)
{
	const char *why = NULL;
	if (!strcmp(o->output, "-")) {
		if (fwrite(out->data, 1, out->len, stdout) != out->len || fflush(stdout) != 0) {
			fprintf(stderr, "parc: error: cannot write to standard output\n");
			return EXIT_INPUT;
		}
		return 0;
	}
	if (parc_write_file_atomic(o->output, out->data, out->len, &why) != PARC_OK) {
		fprintf(stderr, "parc: error: cannot write '%s': %s\n", o->output, why);
		return EXIT_INPUT;
	}
	return 0;
}

static int run(const options *o)
{
	const char *shown = strcmp(o->input, "-") ? o->input : "<stdin>";
	size_t len;
	char *src = read_input(o, shown, &len);
	if (!src)
		return EXIT_INPUT;
	parc_frontend_opts fo = { shown, src, (int)len, o->clang_args, o->nclang, stderr };
	parc_program *p = parc_frontend_parse(&fo);
	if (!p) {
		free(src);
		return EXIT_INPUT;
	}
	parc_decide(p);
	if (o->dump_ir)
		parc_ir_print(stderr, p);
	parc_buf out;
	parc_buf_init(&out);
	parc_rewrite(p, &out);
	int rc = write_output(o, &out);
	const char *why = NULL;
	if (!rc && o->report && parc_report_write(p, o->report, &why) != PARC_OK) {
		fprintf(stderr, "parc: error: cannot write report '%s': %s\n", o->report, why);
		rc = EXIT_INPUT;
	}
	if (!rc && o->remarks)
		parc_remarks_print(p, stderr, o->remarks);
	parc_buf_free(&out);
	parc_program_free(p);
	free(src);
	return rc;
}

/* The IR is built and walked recursively, and machine-generated C can nest
 * expressions tens of thousands deep ("a + a + ... + a").  The pipeline
 * therefore runs on a thread with a large stack; only the pages it touches
 * are ever allocated. */
enum { BIG_STACK = 1 << 30 };

typedef struct job {
	const options *o;
	int rc;
} job;

static void *run_job(void *arg)
{
	job *j = arg;
	j->rc = run(j->o);
	return NULL;
}

static int run_on_big_stack(const options *o)
{
	job j = { o, 0 };
	pthread_attr_t attr;
	pthread_t t;
	if (pthread_attr_init(&attr) == 0 &&
	    pthread_attr_setstacksize(&attr, BIG_STACK) == 0 &&
	    pthread_create(&t, &attr, run_job, &j) == 0) {
		pthread_join(t, NULL);
		pthread_attr_destroy(&attr);
		return j.rc;
	}
	return run(o);
}

int main(int argc, char **argv)
{
	options o = { 0 };
	int rc = parse_args(argc, argv, &o);
	if (rc)
		return rc;
	if (strcmp(o.output, "-") && strcmp(o.input, "-") && !o.in_place &&
	    same_file(o.input, o.output)) {
		free(o.clang_args);
		return usage_error("output '%s' is the input file; use --in-place to "
			"overwrite it", o.output);
	}
	rc = run_on_big_stack(&o);
	free(o.clang_args);
	return rc;
}
