/* main.c - the parc driver: options, then one call per phase.
 *
 *   read input -> frontend (libclang -> IR) -> decide (analyses) ->
 *   rewrite (pragmas into the original text) -> write output, report,
 *   remarks
 *
 * Exit status: 0 success (also when no loop was parallelized), 1 the input
 * could not be processed, 2 usage error. */
#include "driver.h"
#include "parc/analysis.h"
#include "parc/control.h"
#include "parc/frontend.h"
#include "parc/output.h"
#include "parc/version.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <time.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { EXIT_INPUT = PARC_EXIT_INPUT, EXIT_USAGE = PARC_EXIT_USAGE };

typedef struct options {
	parc_run run;         /* "run": the single-file settings */
	const char **inputs;  /* "inputs": files named on the command line */
	int ninputs;
	bool in_place;
	const char *build_dir;/* "build_dir": -p, where compile_commands.json is */
	const char *out_dir;  /* "out_dir": --out-dir, for whole projects */
	const char *spec_path;    /* "spec_path": --spec */
	const char *sarif_path;   /* "sarif_path": --sarif */
	const char *baseline_path;/* "baseline_path": --baseline */
	int jobs;             /* "jobs": -j, worker processes */
	char *cuda_out;       /* "cuda_out": the derived .cu name, owned */
	const char **clang_args;
	int nclang;
} options;

static void usage(FILE *out)
{
	fputs(
"usage: parc [options] input.c [-o output.c] [-- clang-args...]\n"
"       parc -p BUILD_DIR --out-dir=DIR [-j N] [files...]\n"
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
"  -p BUILD_DIR         take each file's flags from BUILD_DIR/compile_commands.json\n"
"  --out-dir=DIR        with -p: process the listed files, or every C file of\n"
"                       the database, into DIR (keeping the tree layout) and\n"
"                       print a summary\n"
"  -j N                 worker processes for --out-dir (default: all cores)\n"
"  --instrument         write a checking version instead: compiled without\n"
"                       OpenMP, linked with -lparc_rt and run, it reports\n"
"                       every parallelized or asserted loop whose iterations\n"
"                       touch the same memory (exit status 66)\n"
"  --interchange        swap the two headers of a perfect nest whose outer loop\n"
"                       carries a dependence when parc proves the swapped\n"
"                       outer loop parallel and it walks memory in order\n"
"                       (changes those two lines; without it the report\n"
"                       only suggests the swap)\n"
"  --target=openmp|cuda openmp (default): OpenMP pragmas.  cuda: also write\n"
"                       a .cu file with a CUDA kernel for each nest parc can\n"
"                       offload; the C file calls it when a GPU is there and\n"
"                       worth it, and runs the OpenMP loop otherwise\n"
"  --cuda-out=FILE      the .cu file (default: the output with .c -> .cu)\n"
"  --min-work=N         work (about one unit per operation) a loop must do\n"
"                       to run in parallel (default 16384; 0: every loop\n"
"                       parc proves parallel, with no size guard); loops of\n"
"                       run-time length then compare with N instead of\n"
"                       asking parc_rt\n"
"  --runtime=parc|none  parc (default): loops of run-time length ask parc_rt\n"
"                       whether they are worth a fork, uneven loops take\n"
"                       parc_rt chunk sizes; link with -lparc_rt.  none:\n"
"                       plain OpenMP (guided schedules, fixed thresholds)\n"
"  --timeout=SECONDS    give up on a file after SECONDS (exit 1): clang-19\n"
"                       itself can spin forever on some malformed input\n"
"  --check              analyse only; exit 1 if a loop the user insists on\n"
"                       is not parallel, a baseline loop regressed, or a\n"
"                       file fails to parse (files, or -p BUILD_DIR)\n"
"  --baseline=FILE      with --check: a previous --report; its parallel loops\n"
"                       must stay parallel\n"
"  --sarif=FILE         write SARIF 2.1.0 (serial loops as notes, failures\n"
"                       as errors)\n"
"  --spec=FILE          per-loop choices by label or function:line (docs/spec.md)\n"
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

/* Compiler flags parc accepts as a compiler would: they go to the parser,
 * which ignores those that do not concern it (-O2, -g). */
static bool compiler_flag(const char *a)
{
	return !strncmp(a, "-I", 2) || !strncmp(a, "-D", 2) || !strncmp(a, "-U", 2) ||
		!strncmp(a, "-std=", 5) || !strncmp(a, "-W", 2) || !strncmp(a, "-f", 2) ||
		!strncmp(a, "-m", 2) || !strncmp(a, "-isystem", 8) || !strncmp(a, "-iquote", 7) ||
		!strncmp(a, "-O", 2) || !strncmp(a, "-g", 2) || !strcmp(a, "-w") ||
		!strncmp(a, "-pedantic", 9) || !strcmp(a, "-pthread") || !strcmp(a, "-ansi");
}

/* Combinations of options that make sense. */
/* --target=cuda writes a second file: --cuda-out, or the output's name
 * with its .c replaced by .cu (or .cu added). */
static int cuda_args(options *o)
{
	parc_run *r = &o->run;
	if (r->cuda_out && !r->cuda)
		return usage_error("%s", "--cuda-out goes with --target=cuda");
	if (!r->cuda || r->cuda_out)
		return r->cuda && r->instrument ?
			usage_error("%s", "--instrument does not go with --target=cuda") : 0;
	if (r->instrument)
		return usage_error("%s", "--instrument does not go with --target=cuda");
	if (!strcmp(r->output, "-"))
		return usage_error("%s", "--target=cuda writing to standard output needs "
			"--cuda-out=FILE");
	size_t n = strlen(r->output);
	char *cu = parc_xmalloc(n + 4);
	memcpy(cu, r->output, n + 1);
	if (n > 2 && !strcmp(cu + n - 2, ".c"))
		cu[n - 2] = 0;
	strcat(cu, ".cu");
	r->cuda_out = o->cuda_out = cu;
	return 0;
}

static int check_args(options *o)
{
	parc_run *r = &o->run;
	if (o->out_dir) {
		if (!o->build_dir)
			return usage_error("%s", "--out-dir needs -p BUILD_DIR");
		if (r->output || r->report)
			return usage_error("%s", "-o and --report do not go with --out-dir");
		if (!o->jobs) {
			long n = sysconf(_SC_NPROCESSORS_ONLN);
			o->jobs = n > 0 ? (int)n : 1;
		}
		return 0;
	}
	if (o->baseline_path && !r->check)
		return usage_error("%s", "--baseline goes with --check");
	if (r->check) {
		if (o->ninputs == 0 && !o->build_dir)
			return usage_error("%s", "no input file");
		return 0;
	}
	if (o->ninputs == 0)
		return usage_error("%s", "no input file");
	if (o->ninputs > 1)
		return usage_error("more than one input file ('%s')", o->inputs[1]);
	r->input = o->inputs[0];
	if (!r->output)
		r->output = "-";
	return cuda_args(o);
}

/* A whole decimal number in [lo, hi] into *out; false if "v" is not one. */
static bool parse_number(const char *v, long lo, long hi, int *out)
{
	char *end;
	long n = strtol(v, &end, 10);
	if (!*v || *end || n < lo || n > hi)
		return false;
	*out = (int)n;
	return true;
}

/* "-j N", "-jN": 0 when invalid. */
static int parse_jobs(const char *v)
{
	int n;
	return parse_number(v, 1, 1024, &n) ? n : 0;
}

static int parse_args(int argc, char **argv, options *o)
{
	parc_run *r = &o->run;
	o->clang_args = parc_xcalloc((size_t)argc + 1, sizeof(char *));
	o->inputs = parc_xcalloc((size_t)argc + 1, sizeof(char *));
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
		if (!strcmp(a, "-o") || !strcmp(a, "-p") || !strcmp(a, "-j") ||
		    !strcmp(a, "--out-dir")) {
			if (++i == argc)
				return usage_error("missing argument after '%s'", a);
			if (a[1] == 'o')
				r->output = argv[i];
			else if (a[1] == 'p')
				o->build_dir = argv[i];
			else if (a[1] == 'j' && !(o->jobs = parse_jobs(argv[i])))
				return usage_error("bad number of jobs '%s'", argv[i]);
			else if (a[1] == '-')
				o->out_dir = argv[i];
		} else if (!strncmp(a, "-o", 2)) {
			r->output = a + 2;
		} else if (!strncmp(a, "-j", 2)) {
			if (!(o->jobs = parse_jobs(a + 2)))
				return usage_error("bad number of jobs '%s'", a + 2);
		} else if (!strncmp(a, "--out-dir=", 10)) {
			o->out_dir = a + 10;
		} else if (!strcmp(a, "--check")) {
			r->check = true;
		} else if (!strcmp(a, "--instrument")) {
			r->instrument = true;
		} else if (!strcmp(a, "--interchange")) {
			r->interchange = true;
		} else if (!strncmp(a, "--target=", 9)) {
			if (!strcmp(a + 9, "cuda"))
				r->cuda = true;
			else if (!strcmp(a + 9, "openmp"))
				r->cuda = false;
			else
				return usage_error("invalid --target '%s' (openmp or cuda)", a + 9);
		} else if (!strncmp(a, "--cuda-out=", 11)) {
			r->cuda_out = a + 11;
		} else if (!strncmp(a, "--min-work=", 11)) {
			if (!parse_number(a + 11, 0, 1000000000, &parc_min_work))
				return usage_error("invalid --min-work '%s'", a + 11);
			parc_min_work_fixed = true;
		} else if (!strncmp(a, "--runtime=", 10)) {
			if (!strcmp(a + 10, "parc"))
				parc_runtime = PARC_RUNTIME_PARC;
			else if (!strcmp(a + 10, "none"))
				parc_runtime = PARC_RUNTIME_NONE;
			else
				return usage_error("invalid --runtime '%s' (parc or none)", a + 10);
		} else if (!strncmp(a, "--timeout=", 10)) {
			if (!parse_number(a + 10, 1, 86400, &r->timeout))
				return usage_error("invalid --timeout '%s' (seconds, 1 to 86400)", a + 10);
		} else if (!strncmp(a, "--baseline=", 11)) {
			o->baseline_path = a + 11;
		} else if (!strncmp(a, "--sarif=", 8)) {
			o->sarif_path = a + 8;
		} else if (!strncmp(a, "--spec=", 7)) {
			o->spec_path = a + 7;
		} else if (!strncmp(a, "--report=", 9)) {
			r->report = a + 9;
		} else if (!strcmp(a, "-Rpass=parc")) {
			r->remarks |= PARC_REMARK_PASSED;
		} else if (!strcmp(a, "-Rpass-missed=parc")) {
			r->remarks |= PARC_REMARK_MISSED;
		} else if (!strcmp(a, "--remarks")) {
			r->remarks = PARC_REMARK_ALL;
		} else if (!strcmp(a, "--in-place")) {
			o->in_place = true;
		} else if (!strcmp(a, "--dump-ir")) {
			r->dump_ir = true;
		} else if (flag_with_arg(a)) {
			if (++i == argc)
				return usage_error("missing argument after '%s'", a);
			o->clang_args[o->nclang++] = a;
			o->clang_args[o->nclang++] = argv[i];
		} else if (compiler_flag(a)) {
			o->clang_args[o->nclang++] = a;
		} else if (a[0] == '-' && a[1]) {
			return usage_error("unknown option '%s'", a);
		} else {
			o->inputs[o->ninputs++] = a;
		}
	}
	return check_args(o);
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
static char *read_input(const parc_run *o, const char *shown, size_t *len)
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

static int write_output(const parc_run *o, parc_buf *out)
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

/* The .cu file of --target=cuda (written even when no nest is offloaded,
 * so that a build always finds it). */
static int write_cuda(const parc_run *o, parc_program *p)
{
	parc_buf cu;
	parc_buf_init(&cu);
	parc_cuda_write(p, &cu);
	const char *why = NULL;
	int rc = 0;
	if (parc_write_file_atomic(o->cuda_out, cu.data, cu.len, &why) != PARC_OK) {
		fprintf(stderr, "parc: error: cannot write '%s': %s\n", o->cuda_out, why);
		rc = EXIT_INPUT;
	}
	parc_buf_free(&cu);
	return rc;
}

static void count(parc_program *p, parc_stats *st)
{
	for (int i = 0; i < p->loops.len; i++) {
		parc_loop *l = p->loops.items[i];
		if (!l->loc.in_main)
			continue;
		st->loops++;
		if (l->decision == PARC_DECISION_PARALLEL)
			st->parallel++;
		else if (l->decision != PARC_DECISION_INNER && l->reasons.len)
			st->reasons[((parc_reason *)l->reasons.items[0])->kind]++;
	}
}

/* Code under "#ifdef _OPENMP" differs in the OpenMP build of the output.
 * Such a file is analysed again as that build sees it, and a loop stays
 * parallel only if both views agree on it, pragma for pragma. */
static void check_openmp_view(const parc_frontend_opts *fo, parc_program *p)
{
	const char **args = parc_xcalloc((size_t)fo->nargs + 2, sizeof(char *));
	for (int i = 0; i < fo->nargs; i++)
		args[i] = fo->args[i];
	args[fo->nargs] = "-D_OPENMP=201511";
	parc_frontend_opts o2 = *fo;
	o2.args = args;
	o2.nargs = fo->nargs + 1;
	o2.diag = NULL;
	parc_program *q = parc_frontend_parse(&o2);
	if (q)
		parc_decide(q);
	for (int i = 0; i < p->loops.len; i++) {
		parc_loop *l = p->loops.items[i];
		if (l->decision != PARC_DECISION_PARALLEL)
			continue;
		bool same = false;
		for (int k = 0; q && k < q->loops.len && !same; k++) {
			parc_loop *m = q->loops.items[k];
			if (m->loc.off != l->loc.off || m->decision != PARC_DECISION_PARALLEL)
				continue;
			parc_buf a, b;
			parc_buf_init(&a);
			parc_buf_init(&b);
			parc_pragma_text(&a, l);
			parc_pragma_text(&b, m);
			same = !strcmp(a.data, b.data);
			parc_buf_free(&a);
			parc_buf_free(&b);
		}
		if (!same) {
			l->decision = PARC_DECISION_SERIAL;
			parc_loop_add_reason(p, l, PARC_REASON_OPENMP_CONDITIONAL,
				"the loop is not parallel, or needs other clauses, when _OPENMP is "
				"defined (as in the OpenMP build of the output)");
		}
	}
	parc_program_free(q);
	free(args);
}

static const char *first_reason(parc_loop *l)
{
	return l->reasons.len ? ((parc_reason *)l->reasons.items[0])->message : "no reason recorded";
}

/* A loop of "p" matching baseline entry "e" (same function, same position
 * among its loops), or NULL. */
static parc_loop *baseline_loop(parc_program *p, cJSON *e)
{
	cJSON *fn = cJSON_GetObjectItem(e, "function"), *ix = cJSON_GetObjectItem(e, "index");
	if (!cJSON_IsString(fn) || !cJSON_IsNumber(ix))
		return NULL;
	for (int i = 0; i < p->loops.len; i++) {
		parc_loop *l = p->loops.items[i];
		if (l->loc.in_main && l->func && !strcmp(l->func->name, fn->valuestring) &&
		    parc_loop_index_in_function(p, l) == ix->valueint)
			return l;
	}
	return NULL;
}

static void failure(const parc_run *o, parc_program *p, parc_loop *l, const char *rule,
	const char *what)
{
	char msg[1024];
	snprintf(msg, sizeof msg, "%s: %s", what, first_reason(l));
	fprintf(stderr, "%s:%d:%d: error: %s\n", p->path, l->loc.line, l->loc.col, msg);
	if (o->sarif)
		parc_sarif_add(o->sarif, "error", rule, p->path, l->loc.line, l->loc.col, msg);
}

/* What the user asked for and did not get, and what got worse since the
 * baseline: each an error.  Loops parallelized on the user's assertion get a
 * warning.  Returns the number of errors. */
static int user_checks(const parc_run *o, parc_program *p)
{
	int errors = 0;
	for (int i = 0; i < p->loops.len; i++) {
		parc_loop *l = p->loops.items[i];
		if (l->insist_failed) {
			failure(o, p, l, "insist-parallel", "the spec asks for this loop to be parallel, "
				"but parc cannot prove it");
			errors++;
		}
		if (l->asserted && l->decision == PARC_DECISION_PARALLEL)
			fprintf(stderr, "%s:%d:%d: warning: loop parallelized on the user's assertion "
				"(#pragma parc independent) [-Rpass=parc]\n", p->path, l->loc.line, l->loc.col);
	}
	const cJSON *base = o->baseline;
	cJSON *loops = base ? cJSON_GetObjectItem(base, "loops") : NULL;
	for (cJSON *e = loops ? loops->child : NULL; e; e = e->next) {
		cJSON *dec = cJSON_GetObjectItem(e, "decision");
		parc_loop *l = baseline_loop(p, e);
		if (!cJSON_IsString(dec) || strcmp(dec->valuestring, "parallel") || !l ||
		    l->decision == PARC_DECISION_PARALLEL)
			continue;
		failure(o, p, l, "regression", "this loop was parallel in the baseline");
		errors++;
	}
	return errors;
}

/* Parses and decides "fo->src" again, quietly (the first parse printed
 * what there was to say): for the interchange trial. */
static parc_program *decide_again(const parc_run *o, const parc_frontend_opts *fo, const char *text)
{
	FILE *null = fopen("/dev/null", "w");
	if (!null)
		return NULL;
	parc_frontend_opts f2 = *fo;
	f2.src = text;
	f2.diag = NULL;
	parc_program *q = parc_frontend_parse(&f2);
	if (q) {
		parc_control_pragmas(q, null);
		if (o->spec && parc_spec_apply(o->spec, q, null) != PARC_OK) {
			parc_program_free(q);
			q = NULL;
		}
	}
	if (q)
		parc_decide(q);
	fclose(null);
	return q;
}

/* Loop interchange (interchange.c): the nests where swapping the headers
 * would make the outer loop parallel are tried in one more parse.  With
 * --interchange the swapped program replaces "p" (and "*text" its text,
 * which the caller frees); without, "p" gets notes.  Returns the program
 * to go on with. */
static parc_program *interchange(const parc_run *o, const parc_frontend_opts *fo,
	parc_program *p, char **text)
{
	int n;
	parc_swap *sw = parc_interchange_candidates(p, &n);
	if (!n) {
		free(sw);
		return p;
	}
	/* Swaps that fail leave the others' results as they were (each nest
	 * is decided on its own), so a second trial of the good ones is what
	 * the output is made from. */
	for (int round = 0; round < 2 && n; round++) {
		char *t = parc_interchange_text(p->src, p->src_len, sw, n);
		parc_program *q = decide_again(o, fo, t);
		int good = 0;
		for (int k = 0; k < n; k++)
			if (q && parc_interchange_works(q, &sw[k]))
				sw[good++] = sw[k];
		if (good == n && o->interchange) {
			for (int k = 0; k < n; k++)
				parc_interchange_note(q, &sw[k], true);
			parc_program_free(p);
			*text = t;
			free(sw);
			return q;
		}
		if (q)
			parc_program_free(q);
		free(t);
		if (good == n || !o->interchange) {
			for (int k = 0; k < good; k++)
				parc_interchange_note(p, &sw[k], false);
			break;
		}
		n = good;
	}
	free(sw);
	return p;
}

/* The pipeline, one call per phase. */
static int run(const parc_run *o, parc_stats *st)
{
	const char *shown = strcmp(o->input, "-") ? o->input : "<stdin>";
	size_t len;
	char *src = read_input(o, shown, &len);
	if (!src)
		return EXIT_INPUT;
	parc_frontend_opts fo = { shown, src, (int)len, o->clang_args, o->nclang, stderr,
		o->instrument };
	parc_program *p = parc_frontend_parse(&fo);
	if (!p) {
		free(src);
		return EXIT_INPUT;
	}
	parc_control_pragmas(p, stderr);
	if (o->spec && parc_spec_apply(o->spec, p, stderr) != PARC_OK) {
		parc_program_free(p);
		free(src);
		return EXIT_INPUT;
	}
	parc_decide(p);
	char *swapped = NULL;
	p = interchange(o, &fo, p, &swapped);
	if (swapped)
		fo.src = swapped;
	if (strstr(src, "_OPENMP"))
		check_openmp_view(&fo, p);
	if (o->dump_ir)
		parc_ir_print(stderr, p);
	if (o->cuda)
		parc_cuda_plan(p, o->clang_args, o->nclang);
	int failures = user_checks(o, p);
	if (o->sarif)
		parc_sarif_add_program(o->sarif, p);
	parc_buf out;
	parc_buf_init(&out);
	if (o->instrument)
		parc_instrument(p, &out);
	else
		parc_rewrite(p, &out);
	/* Nothing is written when the .cu file would replace the input or
	 * the C output. */
	if (!failures && !o->check && o->cuda && (same_file(o->cuda_out, o->input) ||
	    same_file(o->cuda_out, o->output))) {
		fprintf(stderr, "parc: error: --cuda-out names the %s file '%s'\n",
			same_file(o->cuda_out, o->input) ? "input" : "output", o->cuda_out);
		failures = 1;
	}
	int rc = failures ? EXIT_INPUT : o->check ? 0 : write_output(o, &out);
	if (!rc && !o->check && o->cuda)
		rc = write_cuda(o, p);
	const char *why = NULL;
	if ((!rc || o->check) && o->report && parc_report_write(p, o->report, &why) != PARC_OK) {
		fprintf(stderr, "parc: error: cannot write report '%s': %s\n", o->report, why);
		rc = EXIT_INPUT;
	}
	if ((!rc || o->check) && o->remarks)
		parc_remarks_print(p, stderr, o->remarks);
	if (st)
		count(p, st);
	parc_buf_free(&out);
	parc_program_free(p);
	free(swapped);
	free(src);
	return rc;
}

/* The IR is built and walked recursively, and machine-generated C can nest
 * expressions tens of thousands deep ("a + a + ... + a").  The pipeline
 * therefore runs on a thread with a large stack; only the pages it touches
 * are ever allocated. */
enum { BIG_STACK = 1 << 30 };

typedef struct job {
	const parc_run *o;
	parc_stats *st;
	int rc;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	bool done;
} job;

static void *run_job(void *arg)
{
	job *j = arg;
	int rc = run(j->o, j->st);
	pthread_mutex_lock(&j->mu);
	j->rc = rc;
	j->done = true;
	pthread_cond_signal(&j->cv);
	pthread_mutex_unlock(&j->mu);
	return NULL;
}

/* Waits for the pipeline, at most o->timeout seconds when set.  A file
 * that takes longer is given up: the thread is left running (the process
 * ends soon) and its job is deliberately never freed, as it still uses it.
 * libclang 19 itself spins forever on some malformed input (found by the
 * libFuzzer target; clang-19 -fsyntax-only does the same). */
static bool wait_job(job *j, pthread_t t, int timeout)
{
	if (timeout <= 0) {
		pthread_join(t, NULL);
		return true;
	}
	struct timespec until;
	clock_gettime(CLOCK_REALTIME, &until);
	until.tv_sec += timeout;
	pthread_mutex_lock(&j->mu);
	int e = 0;
	while (!j->done && e != ETIMEDOUT)
		e = pthread_cond_timedwait(&j->cv, &j->mu, &until);
	bool done = j->done;
	pthread_mutex_unlock(&j->mu);
	if (done)
		pthread_join(t, NULL);
	else
		pthread_detach(t);
	return done;
}

int parc_run_file(const parc_run *o, parc_stats *st)
{
	job *j = parc_xcalloc(1, sizeof *j);
	j->o = o;
	j->st = st;
	pthread_mutex_init(&j->mu, NULL);
	pthread_cond_init(&j->cv, NULL);
	pthread_attr_t attr;
	pthread_t t;
	if (pthread_attr_init(&attr) == 0 &&
	    pthread_attr_setstacksize(&attr, BIG_STACK) == 0 &&
	    pthread_create(&t, &attr, run_job, j) == 0) {
		pthread_attr_destroy(&attr);
		if (!wait_job(j, t, o->timeout)) {
			fprintf(stderr, "%s: error: gave up after %d s (--timeout); no output "
				"written\n", strcmp(o->input, "-") ? o->input : "<stdin>", o->timeout);
			return EXIT_INPUT;
		}
		int rc = j->rc;
		pthread_mutex_destroy(&j->mu);
		pthread_cond_destroy(&j->cv);
		free(j);
		return rc;
	}
	free(j);
	return run(o, st);
}

/* -p with one file: the database's flags, then the command line's. */
static int run_with_database(options *o)
{
	const char *why = NULL;
	void *h = NULL;
	int n = 0;
	const char *const *db = parc_project_flags(o->build_dir, o->run.input, &n, &h, &why);
	if (!db) {
		fprintf(stderr, "parc: error: '%s': %s\n", o->run.input, why);
		parc_project_flags_free(h);
		return EXIT_INPUT;
	}
	const char **args = parc_xcalloc((size_t)(n + o->nclang) + 1, sizeof(char *));
	for (int i = 0; i < n; i++)
		args[i] = db[i];
	for (int i = 0; i < o->nclang; i++)
		args[n + i] = o->clang_args[i];
	o->run.clang_args = args;
	o->run.nclang = n + o->nclang;
	int rc = parc_run_file(&o->run, NULL);
	free(args);
	parc_project_flags_free(h);
	return rc;
}

/* --check over files, or over a compilation database: in this process, one
 * file after another; exit 1 if any file failed or any check did. */
static int run_checks(options *o)
{
	int rc = 0;
	parc_compile_cmd *cmds = NULL;
	int n = 0;
	const char *why = NULL;
	if (o->build_dir && !(n = parc_compdb_load(o->build_dir, &cmds, &why))) {
		fprintf(stderr, "parc: error: '%s': %s\n", o->build_dir, why);
		parc_compdb_free(cmds, 0);
		return EXIT_INPUT;
	}
	int count = o->build_dir && !o->ninputs ? n : o->ninputs;
	for (int i = 0; i < count; i++) {
		parc_run r = o->run;
		r.output = "-";
		const char *file = o->ninputs ? o->inputs[i] : cmds[i].file;
		parc_compile_cmd *c = NULL;
		for (int k = 0; k < n && !c; k++)
			if (!strcmp(cmds[k].file, file) || (o->ninputs && same_file(cmds[k].file, file)))
				c = &cmds[k];
		size_t len = strlen(file);
		if (o->build_dir && (!c || len < 2 || strcmp(file + len - 2, ".c"))) {
			if (!c && o->ninputs) {
				fprintf(stderr, "parc: error: '%s' is not in compile_commands.json\n", file);
				rc = EXIT_INPUT;
			}
			continue;
		}
		const char **args = parc_xcalloc((size_t)(o->nclang + (c ? c->nargs : 0)) + 1,
			sizeof(char *));
		int na = 0;
		for (int k = 0; c && k < c->nargs; k++)
			args[na++] = c->args[k];
		for (int k = 0; k < o->nclang; k++)
			args[na++] = o->clang_args[k];
		r.input = file;
		r.clang_args = args;
		r.nclang = na;
		if (parc_run_file(&r, NULL))
			rc = EXIT_INPUT;
		free(args);
	}
	parc_compdb_free(cmds, n);
	return rc;
}

/* Spec, SARIF and baseline live for the whole run. */
static int setup(options *o, cJSON **baseline)
{
	if (o->spec_path && !(o->run.spec = parc_spec_load(o->spec_path, stderr)))
		return EXIT_INPUT;
	if (o->sarif_path)
		o->run.sarif = parc_sarif_new();
	if (o->baseline_path) {
		char *text;
		size_t len;
		const char *why = NULL;
		if (parc_read_file(o->baseline_path, &text, &len, &why) != PARC_OK) {
			fprintf(stderr, "parc: error: cannot read baseline '%s': %s\n", o->baseline_path, why);
			return EXIT_INPUT;
		}
		*baseline = cJSON_ParseWithLength(text, len);
		free(text);
		if (!*baseline) {
			fprintf(stderr, "%s: error: the baseline is not a parc report (malformed JSON)\n",
				o->baseline_path);
			return EXIT_INPUT;
		}
		o->run.baseline = *baseline;
	}
	return 0;
}

static int finish(options *o, int rc)
{
	const char *why = NULL;
	if (o->run.sarif && parc_sarif_write(o->run.sarif, o->sarif_path, &why) != PARC_OK) {
		fprintf(stderr, "parc: error: cannot write '%s': %s\n", o->sarif_path, why);
		rc = rc ? rc : EXIT_INPUT;
	}
	parc_sarif_free(o->run.sarif);
	parc_spec_free((parc_spec *)o->run.spec);
	return rc;
}

int main(int argc, char **argv)
{
	options o = { 0 };
	cJSON *baseline = NULL;
	int rc = parse_args(argc, argv, &o);
	o.run.clang_args = o.clang_args;
	o.run.nclang = o.nclang;
	if (!rc)
		rc = setup(&o, &baseline);
	if (rc) {
		/* usage or setup error */
	} else if (o.run.check) {
		rc = run_checks(&o);
	} else if (o.out_dir) {
		rc = parc_project_run(&o.run, o.build_dir, o.out_dir, o.jobs,
			(const char *const *)o.inputs, o.ninputs);
	} else if (strcmp(o.run.output, "-") && strcmp(o.run.input, "-") &&
	    !o.in_place && same_file(o.run.input, o.run.output)) {
		rc = usage_error("output '%s' is the input file; use --in-place to "
			"overwrite it", o.run.output);
	} else {
		rc = o.build_dir ? run_with_database(&o) : parc_run_file(&o.run, NULL);
	}
	rc = finish(&o, rc);
	cJSON_Delete(baseline);
	free(o.clang_args);
	free(o.inputs);
	free(o.cuda_out);
	return rc;
}
