/* parc-cc.c - a compiler wrapper that runs parc on every C source of a
 * compile command, then compiles the parallelized text with OpenMP.
 *
 *   parc-cc [--target=openmp|cuda] [compiler] <compiler arguments>
 *
 * Used as CC (make CC=parc-cc, CC="parc-cc clang-19") or as a CMake
 * compiler launcher (argv[1] is then the real compiler).  For each C
 * source of a compile command, parc writes the parallel version into a
 * private directory under $TMPDIR, and the real compiler gets that file
 * instead, plus -fopenmp.  Everything else passes through untouched:
 * preprocessing (-E, -M), assembly, C++, links (which only gain -fopenmp).
 *
 * The main design decision is that the compiler must not be able to tell
 * the difference, except for the pragmas:
 *
 *  - diagnostics, __FILE__ and assert() name the original file and lines:
 *    the temporary copy starts with '#line 1 "ORIGINAL"' (parc already puts
 *    a #line after each line it inserts), and debug information is mapped
 *    back with -ffile-prefix-map;
 *  - #include "x.h" in the source finds the files next to the original:
 *    the original's directory is the first -iquote directory;
 *  - -MD/-MMD dependency files name the original source: the temporary
 *    path is replaced in them after the compile;
 *  - the output is deterministic, so ccache works: the temporary file's
 *    directory is named after a hash of its contents, the original path,
 *    the working directory and the output (a random name is used only when
 *    two identical compiles run at the same time).
 *
 * When parc fails on a file (exit 1 or 2, or a crash), the original is
 * compiled instead, after a warning; with PARC_STRICT=1 the command fails.
 *
 * --target=cuda: parc also writes a .cu file of kernels beside the
 * transformed one; nvcc compiles it, and links gain parc_rt_cuda and the
 * CUDA runtime.  With -c the kernels' object is merged into the compiler's
 * (ld -r), so that builds which move objects around keep them.
 *
 * Environment: PARC (parc to run), PARC_CC (compiler when none is named),
 * PARC_FLAGS (extra parc options, e.g. --remarks), PARC_STRICT,
 * PARC_OPENMP_FLAGS (default -fopenmp), PARC_RT_LIB, PARC_CC_KEEP (copy
 * the transformed files into this directory), PARC_CC_VERBOSE (print the
 * commands run), PARC_CC_DISABLE (pass everything through); for
 * --target=cuda, NVCC (nvcc to run) and PARC_CUDA_ARCH (its architecture
 * flags). */
#define _GNU_SOURCE /* O_CLOEXEC, mkdtemp, environ */

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "parc/version.h"

enum { EXIT_FAIL = 1 };

/* ------------------------------------------------------------------ */
/* Memory: one arena, and string vectors                              */
/* ------------------------------------------------------------------ */

/* parc-cc lives for one command, so its strings and arrays come from one
 * arena, freed in one call before it exits (nothing to free one by one,
 * and LeakSanitizer stays quiet).  Only file contents use malloc; their
 * readers free them. */
typedef struct block {
	struct block *next;
	size_t used, cap;
	_Alignas(16) char data[];
} block;

/* The arena is global: every helper allocates, and threading a context
 * through all of them would only add noise. */
static block *arena;

static _Noreturn void out_of_memory(void)
{
	fputs("parc-cc: error: out of memory\n", stderr);
	exit(EXIT_FAIL);
}

/* "n" bytes from the arena, zeroed, aligned to 16. */
static void *alloc(size_t n)
{
	n = (n + 15) & ~(size_t)15;
	if (!arena || arena->cap - arena->used < n) {
		size_t cap = n > 65536 ? n : 65536;
		block *b = malloc(sizeof *b + cap);
		if (!b)
			out_of_memory();
		b->next = arena;
		b->used = 0;
		b->cap = cap;
		arena = b;
	}
	void *p = arena->data + arena->used;
	arena->used += n;
	return memset(p, 0, n);
}

static void arena_free(void)
{
	while (arena) {
		block *next = arena->next;
		free(arena);
		arena = next;
	}
}

/* realloc for file buffers (outside the arena). */
static void *grow(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		out_of_memory();
	return p;
}

static char *xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;
	return memcpy(alloc(n), s, n);
}

/* The concatenation of the NULL-terminated list of strings. */
static char *concat(const char *s, ...)
{
	va_list ap;
	size_t n = 0;
	va_start(ap, s);
	for (const char *p = s; p; p = va_arg(ap, const char *))
		n += strlen(p);
	va_end(ap);
	char *out = alloc(n + 1), *q = out;
	va_start(ap, s);
	for (const char *p = s; p; p = va_arg(ap, const char *))
		q = stpcpy(q, p);
	va_end(ap);
	return out;
}

/* A growable, NULL-terminated array of strings (argv style), in the
 * arena, as the strings it points to. */
typedef struct strv {
	const char **v;
	int n, cap;
} strv;

static void strv_push(strv *s, const char *a)
{
	if (s->n + 2 > s->cap) {
		int cap = s->cap ? 2 * s->cap : 16;
		const char **v = alloc((size_t)cap * sizeof *v);
		if (s->n)
			memcpy(v, s->v, (size_t)s->n * sizeof *v);
		s->v = v;
		s->cap = cap;
	}
	s->v[s->n++] = a;
	s->v[s->n] = NULL;
}

static void strv_append(strv *s, const strv *t)
{
	for (int i = 0; i < t->n; i++)
		strv_push(s, t->v[i]);
}

/* Splits "s" at blanks into "out" (for PARC_CC, PARC_FLAGS, ...). */
static void strv_split(strv *out, const char *s)
{
	char *copy = xstrdup(s ? s : "");
	for (char *tok = strtok(copy, " \t\n"); tok; tok = strtok(NULL, " \t\n"))
		strv_push(out, tok);
}

/* ------------------------------------------------------------------ */
/* Small helpers: environment, paths, files                           */
/* ------------------------------------------------------------------ */

/* An environment variable set to something other than "", "0", "no". */
static bool env_on(const char *name)
{
	const char *v = getenv(name);
	return v && *v && strcmp(v, "0") && strcmp(v, "no") && strcmp(v, "off");
}

static bool ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);
	return n >= k && !strcmp(s + n - k, suffix);
}

static const char *base_name(const char *path)
{
	const char *slash = strrchr(path, '/');
	return slash ? slash + 1 : path;
}

/* The directory part of "path" with its trailing slash ("src/" for
 * "src/a.c"), or "" when it has none. */
static char *dir_prefix(const char *path)
{
	size_t n = (size_t)(base_name(path) - path);
	char *d = alloc(n + 1);
	memcpy(d, path, n);
	d[n] = '\0';
	return d;
}

/* "path" without the extension of its last component ("out/x.o" ->
 * "out/x", "a.b/c" -> "a.b/c"). */
static char *strip_ext(const char *path)
{
	char *s = xstrdup(path);
	char *dot = strrchr(s, '.');
	if (dot && dot > base_name(s))
		*dot = '\0';
	return s;
}

/* Reads a whole file into a malloc'd buffer (the caller frees it); NULL
 * when it cannot. */
static char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 1 << 16, n = 0;
	char *buf = grow(NULL, cap);
	for (size_t got; (got = fread(buf + n, 1, cap - n, f)) > 0;) {
		n += got;
		if (n == cap)
			buf = grow(buf, cap *= 2);
	}
	bool bad = ferror(f);
	fclose(f);
	if (bad) {
		free(buf);
		return NULL;
	}
	buf[n] = '\0'; /* n < cap always holds here */
	*len = n;
	return buf;
}

/* Writes "n" bytes of "data" after "head" into a new file "path". */
static int write_file(const char *path, const char *head, const char *data, size_t n)
{
	FILE *f = fopen(path, "wb");
	if (!f)
		return -1;
	bool ok = fputs(head, f) >= 0 && fwrite(data, 1, n, f) == n;
	return fclose(f) == 0 && ok ? 0 : -1;
}

/* ------------------------------------------------------------------ */
/* Temporary directories, removed on exit and on fatal signals        */
/* ------------------------------------------------------------------ */

/* Each C source gets one directory; it holds at most these files.  The
 * names are fixed so that a signal handler can remove them without
 * allocating. */
enum { MAX_TEMP = 256, NAME_MAX_LEN = 256, MAX_NAMES = 8 };
typedef struct tempdir {
	char *volatile path;                    /* "path": the directory */
	char names[MAX_NAMES][NAME_MAX_LEN];    /* "names": files it may contain */
} tempdir;

/* The registry is global because a signal handler needs it. */
static tempdir temps[MAX_TEMP];
static volatile sig_atomic_t ntemps;

/* Removes "dir" and the files named in it; only async-signal-safe calls. */
static void remove_tempdir(tempdir *t)
{
	char buf[PATH_MAX + NAME_MAX_LEN + 2];
	const char *dir = t->path;
	if (!dir || strlen(dir) >= PATH_MAX)
		return;
	for (int i = 0; i < MAX_NAMES; i++) {
		if (!t->names[i][0])
			continue;
		strcpy(buf, dir);
		strcat(buf, "/");
		strcat(buf, t->names[i]);
		unlink(buf);
	}
	rmdir(dir);
}

static void remove_all_temps(void)
{
	for (int i = ntemps - 1; i >= 0; i--)
		remove_tempdir(&temps[i]);
	ntemps = 0;
}

static void on_signal(int sig)
{
	remove_all_temps();
	signal(sig, SIG_DFL);
	raise(sig);
}

static const int fatal_signals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };

/* Cleans up on the signals that end a build (Ctrl-C, make killed), or
 * ("on" false, in a child about to exec) restores their default. */
static void handle_signals(bool on)
{
	for (size_t i = 0; i < sizeof fatal_signals / sizeof fatal_signals[0]; i++)
		signal(fatal_signals[i], on ? on_signal : SIG_DFL);
}

static const char *tmp_root(void)
{
	const char *t = getenv("TMPDIR");
	return t && *t == '/' ? t : "/tmp";
}

/* A fresh private directory $TMPDIR/parc-cc.XXXXXX; NULL on failure. */
static tempdir *tempdir_new(void)
{
	if (ntemps == MAX_TEMP) {
		errno = EMFILE;
		return NULL;
	}
	char *path = concat(tmp_root(), "/parc-cc.XXXXXX", NULL);
	while (strstr(path, "//") == path) /* TMPDIR=/ */
		memmove(path, path + 1, strlen(path));
	if (!mkdtemp(path))
		return NULL;
	tempdir *t = &temps[ntemps];
	memset(t->names, 0, sizeof t->names);
	t->path = path;
	ntemps = ntemps + 1;
	return t;
}

/* Records that "t" holds a file "name" (at most MAX_NAMES names: parc's
 * output and messages, the C file, its object, the .cu file and its
 * object). */
static void tempdir_add(tempdir *t, const char *name)
{
	for (int i = 0; i < MAX_NAMES; i++) {
		if (!t->names[i][0]) {
			snprintf(t->names[i], NAME_MAX_LEN, "%s", name);
			return;
		}
		if (!strcmp(t->names[i], name))
			return;
	}
}

static char *tempdir_file(const tempdir *t, const char *name)
{
	return concat(t->path, "/", name, NULL);
}

/* ------------------------------------------------------------------ */
/* Running programs                                                   */
/* ------------------------------------------------------------------ */

/* Prints "argv" when PARC_CC_VERBOSE is set. */
static void trace(const char *const *argv)
{
	if (!env_on("PARC_CC_VERBOSE"))
		return;
	fputs("parc-cc: +", stderr);
	for (int i = 0; argv[i]; i++)
		fprintf(stderr, " %s", argv[i]);
	fputc('\n', stderr);
}

/* An exit status as a shell reports it: 128+N for a signal N. */
static int exit_code(int status)
{
	if (WIFEXITED(status))
		return WEXITSTATUS(status);
	return WIFSIGNALED(status) ? 128 + WTERMSIG(status) : EXIT_FAIL;
}

/* Runs "argv" and waits for it; standard error goes to "err_path" when
 * not NULL.  Returns the exit code, 127 when it could not be started. */
static int run(const char *const *argv, const char *err_path)
{
	trace(argv);
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0) {
		fprintf(stderr, "parc-cc: error: cannot start '%s': %s\n", argv[0], strerror(errno));
		return 127;
	}
	if (pid == 0) {
		handle_signals(false);
		if (err_path) {
			int fd = open(err_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
			int in = open("/dev/null", O_RDONLY);
			if (fd < 0 || in < 0 || dup2(fd, 2) < 0 || dup2(in, 0) < 0)
				_exit(127);
			close(fd);
			close(in);
		}
		execvp(argv[0], (char *const *)argv);
		fprintf(stderr, "parc-cc: error: cannot run '%s': %s\n", argv[0], strerror(errno));
		_exit(127);
	}
	int status;
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return 127;
	return exit_code(status);
}

/* Replaces this process by "argv" (pass-through). */
static int exec_through(const char *const *argv)
{
	trace(argv);
	fflush(NULL);
	execvp(argv[0], (char *const *)argv);
	fprintf(stderr, "parc-cc: error: cannot run '%s': %s\n", argv[0], strerror(errno));
	return 127;
}

/* The directory of this executable, with a trailing slash, or NULL. */
static char *self_dir(const char *argv0)
{
	char buf[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
	if (n > 0) {
		buf[n] = '\0';
		return dir_prefix(buf);
	}
	return strchr(argv0, '/') ? dir_prefix(argv0) : NULL;
}

static bool is_executable(const char *path)
{
	return access(path, X_OK) == 0;
}

/* parc: $PARC, else the parc next to parc-cc, else "parc" on PATH. */
static const char *find_parc(const char *self)
{
	const char *env = getenv("PARC");
	if (env && *env)
		return env;
	if (self) {
		char *p = concat(self, "parc", NULL);
		if (is_executable(p))
			return p;
	}
	return "parc";
}

/* ------------------------------------------------------------------ */
/* The command line                                                   */
/* ------------------------------------------------------------------ */

/* What the compiler is asked to do. */
typedef enum mode {
	MODE_PASS,    /* nothing parc-cc changes: preprocess, no inputs, ... */
	MODE_LINK,    /* link only: add OpenMP */
	MODE_COMPILE, /* C sources to transform (with or without a link) */
} mode;

/* One input of the compiler (an argument that is not an option). */
typedef struct input {
	int arg;          /* "arg": its index in the argument list */
	bool is_c;        /* "is_c": a C source parc should transform */
} input;

/* The tools of --target=cuda, all found (see find_cuda). */
typedef struct cuda_tools {
	const char *nvcc;       /* "nvcc": the CUDA compiler ($NVCC or PATH) */
	strv arch;              /* "arch": nvcc's architecture flags */
	const char *include;    /* "include": the directory of parc_rt_cuda.h */
	const char *lib;        /* "lib": libparc_rt_cuda.a */
	const char *cudart_dir; /* "cudart_dir": the toolkit's lib64, or NULL */
} cuda_tools;

typedef struct command {
	strv prefix;           /* "prefix": the compiler (after launchers) */
	strv args;             /* "args": the compiler's arguments, expanded */
	strv orig_args;        /* "orig_args": the same before @file expansion */
	strv parc_flags;       /* "parc_flags": what parc's parser needs */
	input *inputs;
	int ninputs, nc;       /* "nc": how many inputs are C sources */
	bool compile_only;     /* -c or -S */
	bool assemble_only;    /* -S */
	bool want_cuda;        /* parc-cc --target=cuda */
	const cuda_tools *cuda; /* "cuda": its tools, NULL for the CPU path only */
	bool preprocess;       /* -E, -M or -MM alone, -fsyntax-only, ... */
	bool has_lang;         /* some -x other than -x none */
	bool has_openmp;       /* -fopenmp already given */
	const char *output;    /* -o, or NULL */
	bool dep_md;           /* -MD or -MMD */
	const char *dep_file;  /* -MF */
	const char *wp_dep_file; /* -Wp,-MD,FILE or -Wp,-MMD,FILE */
} command;

/* Input files by name: sources, objects and libraries. */
static bool looks_like_input(const char *a)
{
	static const char *exts[] = { ".c", ".h", ".i", ".o", ".a", ".so", ".s", ".S",
		".cc", ".cp", ".cxx", ".cpp", ".c++", ".C", ".ii", ".lo", ".obj", ".dylib", NULL };
	for (int i = 0; exts[i]; i++)
		if (ends_with(a, exts[i]))
			return true;
	return strstr(a, ".so.") != NULL || a[0] == '@';
}

/* Programs that run the compiler named after them. */
static bool is_launcher(const char *a)
{
	static const char *names[] = { "ccache", "sccache", "distcc", "icecc", "buildcache", NULL };
	for (int i = 0; names[i]; i++)
		if (!strcmp(base_name(a), names[i]))
			return true;
	return false;
}

/* Fills "c->prefix" with the compiler: argv[1] when it names one (plus
 * what follows a launcher such as ccache), else $PARC_CC or "cc".
 * Returns the index of the first compiler argument. */
static int split_compiler(int argc, char **argv, command *c)
{
	int i = 1;
	if (argc > 1 && argv[1][0] != '-' && !looks_like_input(argv[1])) {
		strv_push(&c->prefix, argv[i++]);
		while (is_launcher(c->prefix.v[c->prefix.n - 1]) && i < argc && argv[i][0] != '-')
			strv_push(&c->prefix, argv[i++]);
		return i;
	}
	const char *env = getenv("PARC_CC");
	strv_split(&c->prefix, env && *env ? env : "cc");
	if (c->prefix.n == 0)
		strv_push(&c->prefix, "cc");
	return i;
}

/* Appends the words of response file "path" to "out", with gcc's quoting
 * rules ('...', "...", backslash); nested @files are expanded too. */
static void expand_response(strv *out, const char *path, int depth)
{
	size_t len = 0;
	char *text = depth < 10 ? read_file(path, &len) : NULL;
	if (!text) {
		strv_push(out, concat("@", path, NULL));
		return;
	}
	char *word = grow(NULL, len + 1);
	for (char *p = text; *p;) {
		while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
			p++;
		if (!*p)
			break;
		size_t n = 0;
		char quote = 0;
		for (; *p && (quote || !strchr(" \t\n\r", *p)); p++) {
			if (quote && *p == quote)
				quote = 0;
			else if (!quote && (*p == '\'' || *p == '"'))
				quote = *p;
			else if (*p == '\\' && p[1])
				word[n++] = *++p;
			else
				word[n++] = *p;
		}
		word[n] = '\0';
		if (word[0] == '@' && word[1])
			expand_response(out, word + 1, depth + 1);
		else
			strv_push(out, xstrdup(word));
	}
	free(word);
	free(text);
}

/* Compiler options whose value is the next argument. */
static bool takes_value(const char *a)
{
	static const char *opts[] = { "-o", "-x", "-I", "-D", "-U", "-include", "-imacros",
		"-isystem", "-iquote", "-idirafter", "-iprefix", "-iwithprefix",
		"-iwithprefixbefore", "-isysroot", "-imultilib", "-iframework", "-include-pch",
		"-MF", "-MT", "-MQ", "-MJ", "-Xlinker", "-Xassembler", "-Xpreprocessor", "-Xclang",
		"-Xopenmp-target", "-mllvm", "-L", "-l", "-T", "-u", "-e", "-z", "-F", "-B",
		"--param", "-aux-info", "-arch", "-target", "-wrapper", "--sysroot", "-specs",
		"-dumpbase", "-dumpbase-ext", "-dumpdir", "-serialize-diagnostics",
		"-ivfsoverlay", "-gcc-toolchain", "--include", NULL };
	for (int i = 0; opts[i]; i++)
		if (!strcmp(a, opts[i]))
			return true;
	return false;
}

/* Options with a value that parc's C parser needs as well. */
static bool parc_option_with_value(const char *a)
{
	static const char *opts[] = { "-I", "-D", "-U", "-include", "-imacros", "-isystem",
		"-iquote", "-idirafter", "-isysroot", "-target", "--sysroot", NULL };
	for (int i = 0; opts[i]; i++)
		if (!strcmp(a, opts[i]))
			return true;
	return false;
}

/* Single-word options that parc's parser needs: header search, macros,
 * the language standard, and the flags that change what the preprocessor
 * defines or how C behaves (char signedness, wrapping, aliasing). */
static bool parc_option(const char *a)
{
	static const char *prefixes[] = { "-I", "-D", "-U", "-std=", "-isystem", "-iquote",
		"-idirafter", "--sysroot=", "--target=", "-march=", "-O", NULL };
	static const char *words[] = { "-ansi", "-pthread", "-nostdinc", "-undef", "-m32", "-m64",
		"-mx32", "-fsigned-char", "-funsigned-char", "-fno-signed-char",
		"-fno-unsigned-char", "-fwrapv", "-fno-wrapv", "-fstrict-aliasing",
		"-fno-strict-aliasing", "-ffast-math", "-fno-fast-math", "-fms-extensions",
		"-fPIC", "-fpic", "-fPIE", "-fpie", NULL };
	for (int i = 0; prefixes[i]; i++)
		if (!strncmp(a, prefixes[i], strlen(prefixes[i])))
			return true;
	for (int i = 0; words[i]; i++)
		if (!strcmp(a, words[i]))
			return true;
	return false;
}

/* Whether an input named "a", under "-x lang" ("lang" NULL: none), is a C
 * source for parc. */
static bool is_c_source(const char *a, const char *lang)
{
	if (!strcmp(a, "-"))
		return false;
	if (lang)
		return !strcmp(lang, "c");
	return ends_with(a, ".c");
}

/* Notes the meaning of the option at "c->args.v[*i]" (advancing over its
 * value).  The arguments themselves are never changed. */
static void scan_option(command *c, int *i, const char **lang)
{
	const char *a = c->args.v[*i];
	const char *next = *i + 1 < c->args.n ? c->args.v[*i + 1] : NULL;
	if (takes_value(a) && next) {
		if (!strcmp(a, "-o"))
			c->output = next;
		else if (!strcmp(a, "-MF"))
			c->dep_file = next;
		else if (!strcmp(a, "-x"))
			*lang = strcmp(next, "none") ? next : NULL;
		if (parc_option_with_value(a)) {
			strv_push(&c->parc_flags, a);
			strv_push(&c->parc_flags, next);
		}
		++*i;
		return;
	}
	if (!strcmp(a, "-c") || !strcmp(a, "-S"))
		c->compile_only = true;
	if (!strcmp(a, "-S"))
		c->assemble_only = true;
	else if (!strcmp(a, "-E") || !strcmp(a, "-M") || !strcmp(a, "-MM") ||
	    !strcmp(a, "-fsyntax-only") || !strcmp(a, "-fpreprocessed") || !strcmp(a, "-###"))
		c->preprocess = true;
	else if (!strcmp(a, "-MD") || !strcmp(a, "-MMD"))
		c->dep_md = true;
	else if (!strncmp(a, "-Wp,-MD,", 8) || !strncmp(a, "-Wp,-MMD,", 9))
		c->wp_dep_file = strchr(a + 4, ',') + 1;
	else if (!strncmp(a, "-o", 2))
		c->output = a + 2;
	else if (!strncmp(a, "-MF", 3))
		c->dep_file = a + 3;
	else if (!strncmp(a, "-x", 2))
		*lang = strcmp(a + 2, "none") ? a + 2 : NULL;
	else if (!strcmp(a, "-fopenmp") || !strncmp(a, "-fopenmp=", 9))
		c->has_openmp = true;
	if (parc_option(a))
		strv_push(&c->parc_flags, a);
}

/* Classifies every argument of "c->args". */
static void scan_args(command *c)
{
	const char *lang = NULL;
	c->inputs = alloc((size_t)(c->args.n + 1) * sizeof *c->inputs);
	for (int i = 0; i < c->args.n; i++) {
		const char *a = c->args.v[i];
		if (a[0] == '-' && a[1]) {
			scan_option(c, &i, &lang);
			if (lang)
				c->has_lang = true;
			continue;
		}
		input *in = &c->inputs[c->ninputs++];
		in->arg = i;
		in->is_c = is_c_source(a, lang);
		c->nc += in->is_c;
	}
	/* -M and -MM with -MD are the user's business: pass them through. */
	if (c->dep_md && c->preprocess)
		c->dep_md = false;
}

static mode choose_mode(const command *c)
{
	if (c->preprocess || env_on("PARC_CC_DISABLE") || c->ninputs == 0)
		return MODE_PASS;
	if (c->nc > 0)
		return MODE_COMPILE;
	return c->compile_only ? MODE_PASS : MODE_LINK;
}

/* ------------------------------------------------------------------ */
/* Running parc on one source                                         */
/* ------------------------------------------------------------------ */

/* One C source of the command and what the compiler gets instead. */
typedef struct source {
	const char *orig;      /* "orig": the path as the command gave it */
	const char *path;      /* "path": what the compiler compiles */
	tempdir *dir;          /* "dir": where the transformed file lives, or NULL */
	char *object;          /* "object": its own object, when compiled apart */
	const char *cu_name;   /* "cu_name": name of the .cu file in "dir" (--target=cuda) */
	char *cu;              /* "cu": the .cu file parc wrote, once transformed */
	char *cu_object;       /* "cu_object": nvcc's object of "cu", or NULL */
	bool transformed;      /* "transformed": "path" is parc's output */
	char *failure;         /* "failure": parc's messages when it failed */
} source;

/* 64-bit FNV-1a, for naming temporary directories after their contents. */
static uint64_t fnv1a(uint64_t h, const void *data, size_t n)
{
	const unsigned char *p = data;
	for (size_t i = 0; i < n; i++)
		h = (h ^ p[i]) * 0x100000001b3ULL;
	return h;
}

static uint64_t fnv1a_str(uint64_t h, const char *s)
{
	return fnv1a(h, s ? s : "", (s ? strlen(s) : 0) + 1);
}

/* '#line 1 "PATH"' with PATH escaped as a C string, as parc writes it. */
static char *line_directive(const char *path)
{
	size_t n = strlen(path);
	char *out = alloc(2 * n + 16), *q = stpcpy(out, "#line 1 \"");
	for (const char *p = path; *p; p++) {
		if (*p == '"' || *p == '\\')
			*q++ = '\\';
		*q++ = *p;
	}
	strcpy(q, "\"\n");
	return out;
}

/* The parc command for "s": parc [PARC_FLAGS] [--target=cuda --cuda-out=CU]
 * ORIG -o OUT -- FLAGS ("cu" NULL: no CUDA). */
static strv parc_command(const command *c, const char *parc, const source *s, const char *out,
	const char *cu)
{
	strv argv = { 0 };
	strv_push(&argv, parc);
	strv_split(&argv, getenv("PARC_FLAGS"));
	if (cu) {
		strv_push(&argv, "--target=cuda");
		strv_push(&argv, concat("--cuda-out=", cu, NULL));
	}
	strv_push(&argv, s->orig);
	strv_push(&argv, "-o");
	strv_push(&argv, out);
	strv_push(&argv, "--");
	strv_append(&argv, &c->parc_flags);
	return argv;
}

/* Runs parc on "s" into "t"/parc.out; its messages go to "t"/parc.err.
 * They are shown when parc succeeds (remarks, warnings) or when
 * "show_errors"; otherwise a failure's messages are kept in "s->failure".
 * Returns parc's output, NULL when parc failed. */
static char *run_parc(const command *c, const char *parc, source *s, tempdir *t,
	bool show_errors, size_t *len)
{
	char *out = tempdir_file(t, "parc.out"), *err = tempdir_file(t, "parc.err");
	tempdir_add(t, "parc.out");
	tempdir_add(t, "parc.err");
	char *cu = NULL;
	if (s->cu_name) {
		tempdir_add(t, s->cu_name);
		cu = tempdir_file(t, s->cu_name);
	}
	strv argv = parc_command(c, parc, s, out, cu);
	int rc = run(argv.v, err);
	size_t elen = 0;
	char *msgs = read_file(err, &elen);
	char *text = rc == 0 ? read_file(out, len) : NULL;
	if (msgs && (text || show_errors))
		fwrite(msgs, 1, elen, stderr);
	else if (msgs && elen)
		s->failure = xstrdup(msgs);
	unlink(out);
	unlink(err);
	free(msgs);
	return text;
}

/* Copies "file", made from source "orig", into $PARC_CC_KEEP (debugging):
 * "orig" with '/' turned into '_'. */
static void keep_copy(const char *orig, const char *file)
{
	const char *dir = getenv("PARC_CC_KEEP");
	if (!dir || !*dir)
		return;
	char *name = xstrdup(orig);
	while (name[0] == '.' && name[1] == '/')
		memmove(name, name + 2, strlen(name + 2) + 1);
	for (char *p = name; *p; p++)
		if (*p == '/')
			*p = '_';
	char *dst = concat(dir, "/", name[0] == '_' ? name + 1 : name, NULL);
	size_t n;
	char *text = read_file(file, &n);
	mkdir(dir, 0777);
	if (!text || write_file(dst, "", text, n) != 0)
		fprintf(stderr, "parc-cc: warning: cannot write '%s'\n", dst);
	free(text);
}

/* Gives "t" its deterministic name, $TMPDIR/parc-cc-HASH, unless another
 * compile holds that name right now (then the random name stays). */
static void settle_name(const command *c, tempdir *t, const char *text, size_t n,
	const char *orig)
{
	char cwd[PATH_MAX], hex[17];
	uint64_t h = 0xcbf29ce484222325ULL;
	h = fnv1a(h, text, n);
	h = fnv1a_str(h, orig);
	h = fnv1a_str(h, getcwd(cwd, sizeof cwd) ? cwd : "");
	h = fnv1a_str(h, c->output);
	snprintf(hex, sizeof hex, "%016llx", (unsigned long long)h);
	char *name = concat(tmp_root(), "/parc-cc-", hex, NULL);
	while (strstr(name, "//") == name) /* TMPDIR=/ */
		memmove(name, name + 1, strlen(name));
	if (rename(t->path, name) == 0)
		t->path = name;
}

/* Writes the transformed text of "s" into "t": a BOM stays first, then
 * '#line 1 "ORIG"', then parc's output. */
static int write_transformed(const command *c, source *s, tempdir *t, const char *text,
	size_t n)
{
	const char *bom = "\xEF\xBB\xBF";
	bool has_bom = n >= 3 && !memcmp(text, bom, 3);
	char *line = line_directive(s->orig);
	char *head = concat(has_bom ? bom : "", line, NULL);
	const char *name = base_name(s->orig);
	tempdir_add(t, name);
	char *file = tempdir_file(t, name);
	int rc = write_file(file, head, text + (has_bom ? 3 : 0), n - (has_bom ? 3 : 0));
	if (rc == 0) {
		settle_name(c, t, text, n, s->orig);
		char *final = tempdir_file(t, name);
		s->path = final;
		keep_copy(s->orig, final);
		if (s->cu_name) {
			s->cu = tempdir_file(t, s->cu_name);
			keep_copy(concat(strip_ext(s->orig), ".cu", NULL), s->cu);
		}
	}
	return rc;
}

/* Runs parc on "s".  On success "s->path" is the file to compile (the
 * original when parc changed nothing, or when the source cannot be read:
 * the compiler will say so).  Returns -1 when parc failed. */
static int transform(const command *c, const char *parc, source *s, bool strict)
{
	size_t olen, n;
	char *orig = read_file(s->orig, &olen);
	s->path = s->orig;
	if (!orig)
		return 0;
	tempdir *t = tempdir_new();
	if (!t) {
		fprintf(stderr, "parc-cc: error: cannot create a directory in '%s': %s\n",
			tmp_root(), strerror(errno));
		free(orig);
		return -1;
	}
	if (c->cuda)
		s->cu_name = concat(strip_ext(base_name(s->orig)), ".cu", NULL);
	int rc = 0;
	char *text = run_parc(c, parc, s, t, strict || env_on("PARC_CC_VERBOSE"), &n);
	if (!text) {
		rc = -1;
	} else if (n != olen || memcmp(text, orig, n)) {
		rc = write_transformed(c, s, t, text, n);
		s->transformed = rc == 0;
		s->dir = t;
	}
	if (!s->transformed)
		remove_tempdir(t);
	free(text);
	free(orig);
	return rc;
}

/* After the originals of the files parc failed on compiled: parc's reasons,
 * which matter only then (when the compile fails, the compiler has said
 * what is wrong, and parc's parse errors would repeat it). */
static void show_failures(const command *c, source **srcs)
{
	for (int k = 0; k < c->ninputs; k++) {
		if (!srcs[k] || !srcs[k]->failure)
			continue;
		fprintf(stderr, "parc-cc: note: parc's messages on %s:\n", srcs[k]->orig);
		fputs(srcs[k]->failure, stderr);
	}
}

/* Transforms every C source of "c" into "srcs" (one per input; NULL for
 * the others).  Returns 0, or an exit code when strict mode fails. */
static int transform_all(const command *c, const char *parc, source **srcs)
{
	bool strict = env_on("PARC_STRICT");
	for (int k = 0; k < c->ninputs; k++) {
		srcs[k] = NULL;
		if (!c->inputs[k].is_c)
			continue;
		source *s = alloc(sizeof *s);
		s->orig = c->args.v[c->inputs[k].arg];
		srcs[k] = s;
		if (transform(c, parc, s, strict) == 0)
			continue;
		if (strict) {
			fprintf(stderr, "parc-cc: error: parc failed on %s (PARC_STRICT is set)\n",
				s->orig);
			return EXIT_FAIL;
		}
		fprintf(stderr, "parc-cc: warning: parc failed on %s; compiling it unchanged\n",
			s->orig);
		s->path = s->orig;
	}
	return 0;
}

/* ------------------------------------------------------------------ */
/* Dependency files                                                   */
/* ------------------------------------------------------------------ */

/* "path" as compilers write it in a make rule: blanks, '#' and '$'
 * escaped (libcpp mkdeps.cc, clang DependencyFile.cpp). */
static char *make_escape(const char *path)
{
	char *out = alloc(3 * strlen(path) + 1), *q = out;
	for (const char *p = path; *p; p++) {
		if (*p == ' ' || *p == '\t') {
			for (const char *b = p; b > path && b[-1] == '\\'; b--)
				*q++ = '\\';
			*q++ = '\\';
		} else if (*p == '$') {
			*q++ = '$';
		} else if (*p == '#') {
			*q++ = '\\';
		}
		*q++ = *p;
	}
	*q = '\0';
	return out;
}

/* Where a -MD compile of "s" writes its dependencies when -MF is not
 * given: the output with .d for its extension, else the source's name
 * (gcc puts "a-" before it when linking to a.out). */
static char *default_dep_file(const command *c, const source *s, bool gcc_like)
{
	if (c->output)
		return concat(strip_ext(c->output), ".d", NULL);
	const char *stem = strip_ext(base_name(s->orig));
	return concat(!c->compile_only && gcc_like ? "a-" : "", stem, ".d", NULL);
}

/* Replaces the temporary path of "s" by its original in dependency file
 * "file" (the main file is the first prerequisite; nothing else names
 * the temporary directory). */
static void fix_dep_file(const char *file, const source *s)
{
	size_t n;
	char *text = read_file(file, &n);
	if (!text)
		return;
	char *from = make_escape(s->path), *to = make_escape(s->orig);
	size_t fl = strlen(from), tl = strlen(to);
	FILE *f = fopen(file, "wb");
	for (char *p = text; f && *p;) {
		char *hit = strstr(p, from);
		size_t keep = hit ? (size_t)(hit - p) : strlen(p);
		fwrite(p, 1, keep, f);
		if (!hit)
			break;
		fwrite(to, 1, tl, f);
		p = hit + fl;
	}
	if (!f || fclose(f) != 0)
		fprintf(stderr, "parc-cc: warning: cannot rewrite '%s'\n", file);
	free(text);
}

/* ------------------------------------------------------------------ */
/* Compiling                                                          */
/* ------------------------------------------------------------------ */

typedef enum family { FAMILY_OTHER, FAMILY_GCC, FAMILY_CLANG } family;

/* The compiler family, from the name of the last prefix word. */
static family compiler_family(const command *c)
{
	const char *b = base_name(c->prefix.v[c->prefix.n - 1]);
	if (strstr(b, "clang"))
		return FAMILY_CLANG;
	if (strstr(b, "gcc") || !strcmp(b, "cc") || !strcmp(b, "c99") || !strcmp(b, "c11"))
		return FAMILY_GCC;
	return FAMILY_OTHER;
}

/* The OpenMP flags: $PARC_OPENMP_FLAGS, default -fopenmp (not repeated
 * when the command has it). */
static void push_openmp(const command *c, strv *argv)
{
	const char *env = getenv("PARC_OPENMP_FLAGS");
	if (env)
		strv_split(argv, env);
	else if (!c->has_openmp)
		strv_push(argv, "-fopenmp");
}

/* Where parc's runtime library is looked for, relative to parc-cc's
 * directory: a build tree (build/runtime/), then an install
 * (PREFIX/bin/../LIBDIR, LIBDIR as CMake's GNUInstallDirs chose it). */
#ifndef PARC_CC_LIBDIR
#define PARC_CC_LIBDIR "lib"
#endif

/* parc's output references parc_rt weakly (it links without it), so a
 * static archive's members are pulled in only for symbols named undefined. */
static void push_runtime_undefs(strv *argv)
{
	strv_push(argv, "-Wl,-u,parc_rt_worth");
	strv_push(argv, "-Wl,-u,parc_rt_chunk");
	strv_push(argv, "-Wl,-u,parc_rt_static_chunk");
}

/* The runtime library, when PARC_RT_LIB asks for it (a file, a
 * directory, or "1" for -lparc_rt on the search path) or a libparc_rt.a
 * lies next to parc-cc, in runtime/, or in ../LIBDIR.  PARC_RT_LIB=0
 * turns it off.  A file found is linked by its path, not with -L and
 * -lparc_rt, which would prefer a libparc_rt.so beside it. */
static void push_runtime(strv *argv, const char *self)
{
	const char *env = getenv("PARC_RT_LIB");
	struct stat st;
	if (env && *env) {
		if (!env_on("PARC_RT_LIB"))
			return;
		bool dir = stat(env, &st) == 0 && S_ISDIR(st.st_mode);
		if (dir)
			strv_push(argv, concat("-L", env, NULL));
		push_runtime_undefs(argv);
		strv_push(argv, dir || stat(env, &st) != 0 ? "-lparc_rt" : env);
		return;
	}
	if (!self)
		return;
	const char *dirs[] = { "", "runtime/", "../" PARC_CC_LIBDIR "/", "../lib/", NULL };
	for (int i = 0; dirs[i]; i++) {
		char *lib = concat(self, dirs[i], "libparc_rt.a", NULL);
		if (stat(lib, &st) == 0) {
			push_runtime_undefs(argv);
			strv_push(argv, lib);
			return;
		}
	}
}

/* The CUDA side of a link (--target=cuda): parc_rt_cuda, forced in by
 * naming parc_cuda_use undefined (parc's C output references it weakly,
 * so an archive member would otherwise be left out), then the CUDA
 * runtime, with an rpath so that the program finds it, and libstdc++,
 * which nvcc's objects need when a C compiler links. */
static void push_cuda_runtime(const command *c, strv *argv)
{
	if (!c->cuda)
		return;
	strv_push(argv, "-Wl,-u,parc_cuda_use");
	strv_push(argv, c->cuda->lib);
	if (c->cuda->cudart_dir) {
		strv_push(argv, concat("-L", c->cuda->cudart_dir, NULL));
		strv_push(argv, concat("-Wl,-rpath,", c->cuda->cudart_dir, NULL));
	}
	strv_push(argv, "-lcudart");
	strv_push(argv, "-lstdc++");
}

/* The objects nvcc made from the .cu files of "srcs". */
static void push_cuda_objects(const command *c, strv *argv, source **srcs)
{
	for (int k = 0; k < c->ninputs; k++)
		if (srcs[k] && srcs[k]->cu_object)
			strv_push(argv, srcs[k]->cu_object);
}

/* Whether input k of a run that uses "use" is a transformed source. */
static bool compiles_transformed(source **srcs, const char **use, int k)
{
	return use[k] && srcs[k] && srcs[k]->transformed && use[k] == srcs[k]->path &&
		!srcs[k]->object;
}

/* Flags that make a compile of transformed sources look like one of the
 * originals: the original's directory first for #include "..." (all
 * transformed sources of one run share it), and debug information that
 * names the original directory instead of each temporary one. */
static void push_source_flags(const command *c, strv *argv, source **srcs, const char **use)
{
	bool quoted = false;
	for (int k = 0; k < c->ninputs; k++) {
		if (!compiles_transformed(srcs, use, k))
			continue;
		const source *s = srcs[k];
		char *dir = dir_prefix(s->orig);
		if (!quoted) {
			strv_push(argv, "-iquote");
			strv_push(argv, *dir ? dir : ".");
			quoted = true;
		}
		if (compiler_family(c) != FAMILY_OTHER && !strchr(s->dir->path, '='))
			strv_push(argv, concat("-ffile-prefix-map=", s->dir->path, "/=", dir, NULL));
	}
}

/* The one transformed source of a run, whose dependency file needs
 * fixing; NULL when there is none. */
static const source *dep_source(const command *c, source **srcs, const char **use)
{
	for (int k = 0; k < c->ninputs; k++)
		if (compiles_transformed(srcs, use, k))
			return srcs[k];
	return NULL;
}

/* The arguments of "c" with input k replaced by "use[k]" (dropped when
 * NULL); -o and its value are dropped when "drop_output". */
static void push_args(const command *c, strv *argv, const char **use, bool drop_output)
{
	int k = 0;
	for (int i = 0; i < c->args.n; i++) {
		if (k < c->ninputs && c->inputs[k].arg == i) {
			if (use[k])
				strv_push(argv, use[k]);
			k++;
		} else if (drop_output && !strcmp(c->args.v[i], "-o")) {
			i++;
		} else if (!(drop_output && !strncmp(c->args.v[i], "-o", 2))) {
			strv_push(argv, c->args.v[i]);
		}
	}
}

/* Adds -MF for the compile of "s" when -MD has none; returns the file the
 * dependencies go to (NULL when no dependency file is made). */
static const char *push_dep_flags(const command *c, strv *argv, const source *s)
{
	if (!c->dep_md || !s || !s->transformed)
		return NULL;
	if (c->dep_file)
		return c->dep_file;
	char *d = default_dep_file(c, s, compiler_family(c) == FAMILY_GCC);
	strv_push(argv, "-MF");
	strv_push(argv, d);
	return d;
}

/* One compiler run with inputs "use" (see push_args); "link" adds the
 * runtime, "obj_out" makes it compile to that object without the
 * command's -o.  Fixes the dependency files afterwards. */
static int compile(const command *c, source **srcs, const char **use, bool link,
	const char *self, const char *obj_out)
{
	strv argv = { 0 };
	strv_append(&argv, &c->prefix);
	push_source_flags(c, &argv, srcs, use);
	push_args(c, &argv, use, obj_out != NULL);
	if (obj_out) {
		strv_push(&argv, "-c");
		strv_push(&argv, "-o");
		strv_push(&argv, obj_out);
	}
	const source *s = dep_source(c, srcs, use);
	const char *dep = push_dep_flags(c, &argv, s);
	if (link)
		push_cuda_objects(c, &argv, srcs);
	push_openmp(c, &argv);
	if (link) {
		push_runtime(&argv, self);
		push_cuda_runtime(c, &argv);
	}
	int rc = run(argv.v, NULL);
	if (rc == 0 && dep)
		fix_dep_file(dep, s);
	if (rc == 0 && s && c->wp_dep_file)
		fix_dep_file(c->wp_dep_file, s);
	return rc;
}

/* The input list for a run that compiles only input "only" (all inputs
 * when "only" is -1, transformed paths in place of sources). */
static const char **inputs_for(const command *c, source **srcs, int only)
{
	const char **use = alloc((size_t)(c->ninputs + 1) * sizeof *use);
	for (int k = 0; k < c->ninputs; k++) {
		const char *a = c->args.v[c->inputs[k].arg];
		use[k] = srcs[k] ? srcs[k]->path : a;
		if (only >= 0 && k != only)
			use[k] = NULL;
	}
	return use;
}

/* -c or -S with several inputs: one run per C source (each gets its own
 * -iquote and dependency file), then one for the other inputs. */
static int compile_each(const command *c, source **srcs, const char *self)
{
	int rest = 0;
	for (int k = 0; k < c->ninputs; k++) {
		if (!srcs[k]) {
			rest++;
			continue;
		}
		const char **use = inputs_for(c, srcs, k);
		int rc = compile(c, srcs, use, false, self, NULL);
		if (rc)
			return rc;
	}
	if (!rest)
		return 0;
	const char **use = inputs_for(c, srcs, -1);
	for (int k = 0; k < c->ninputs; k++)
		if (srcs[k])
			use[k] = NULL;
	return compile(c, srcs, use, false, self, NULL);
}

/* Whether a compile and link must compile its transformed sources apart:
 * its C sources come from more than one directory, so that no single
 * -iquote directory suits them all. */
static bool several_dirs(const command *c, source **srcs)
{
	const char *first = NULL;
	bool several = false, transformed = false;
	for (int k = 0; k < c->ninputs; k++) {
		if (!srcs[k])
			continue;
		transformed |= srcs[k]->transformed;
		const char *d = dir_prefix(srcs[k]->orig);
		if (!first)
			first = d;
		else
			several |= strcmp(first, d) != 0;
	}
	return several && transformed;
}

/* Compile and link with transformed sources in several directories: each
 * is compiled alone to an object in its temporary directory (so that its
 * own directory comes first for #include "..."), then all are linked. */
static int compile_then_link(const command *c, source **srcs, const char *self)
{
	for (int k = 0; k < c->ninputs; k++) {
		source *s = srcs[k];
		if (!s || !s->transformed)
			continue;
		const char *obj = concat(strip_ext(base_name(s->orig)), ".o", NULL);
		char *path = tempdir_file(s->dir, obj);
		tempdir_add(s->dir, obj);
		int rc = compile(c, srcs, inputs_for(c, srcs, k), false, self, path);
		if (rc)
			return rc;
		s->object = path;
		s->path = path;
	}
	return compile(c, srcs, inputs_for(c, srcs, -1), true, self, NULL);
}

/* Chooses how to run the compiler on the transformed sources. */
static int compile_sources(const command *c, source **srcs, const char *self)
{
	if (c->compile_only && c->ninputs > 1 && !c->output)
		return compile_each(c, srcs, self);
	if (several_dirs(c, srcs) && !c->compile_only && !c->has_lang)
		return compile_then_link(c, srcs, self);
	return compile(c, srcs, inputs_for(c, srcs, -1), !c->compile_only, self, NULL);
}

/* -MD when several C sources are compiled and linked in one command: the
 * compilers disagree on the dependency files' names, so such a command is
 * compiled unchanged. */
static bool unsupported_deps(const command *c)
{
	return (c->dep_md || c->wp_dep_file) && !c->compile_only && c->nc > 1;
}

/* ------------------------------------------------------------------ */
/* --target=cuda                                                      */
/* ------------------------------------------------------------------ */

/* parc --target=cuda writes, beside the C file, a .cu file with a kernel
 * and a host wrapper per offloaded nest.  The C file references the
 * wrappers and parc_rt_cuda weakly, so it builds alone (the CPU path);
 * the GPU path needs the .cu compiled by nvcc and, at the link,
 * libparc_rt_cuda.a and the CUDA runtime.  Whatever is missing (nvcc,
 * the library, its header), parc-cc says so once and builds the CPU
 * path: a build never fails for want of CUDA. */

/* "name" in the directories of $PATH, or NULL. */
static const char *find_in_path(const char *name)
{
	const char *path = getenv("PATH");
	char *copy = xstrdup(path ? path : "/usr/bin:/bin");
	for (char *d = strtok(copy, ":"); d; d = strtok(NULL, ":")) {
		char *p = concat(*d ? d : ".", "/", name, NULL);
		if (is_executable(p))
			return p;
	}
	return NULL;
}

/* nvcc: $NVCC (a path, or a name looked up on PATH), else "nvcc" on
 * PATH; NULL when there is none. */
static const char *find_nvcc(void)
{
	const char *env = getenv("NVCC");
	const char *name = env && *env ? env : "nvcc";
	if (strchr(name, '/'))
		return is_executable(name) ? name : NULL;
	return find_in_path(name);
}

/* The first "self"DIR"file" that exists, DIR taken from "dirs"; returns
 * "self"DIR (with its slash), or NULL. */
static const char *find_beside(const char *self, const char *const *dirs, const char *file)
{
	struct stat st;
	for (int i = 0; self && dirs[i]; i++) {
		char *dir = concat(self, dirs[i], NULL);
		if (stat(concat(dir, file, NULL), &st) == 0)
			return dir;
	}
	return NULL;
}

/* The CUDA toolkit's library directory: TOOLKIT/lib64 for
 * TOOLKIT/bin/nvcc (links resolved), or NULL when it does not exist (the
 * linker's own search path must then find libcudart). */
static const char *find_cudart_dir(const char *nvcc)
{
	char buf[PATH_MAX];
	struct stat st;
	if (!realpath(nvcc, buf))
		return NULL;
	char *bin = dir_prefix(buf);                /* TOOLKIT/bin/ */
	bin[strlen(bin) - 1] = '\0';
	char *lib = concat(dir_prefix(bin), "lib64", NULL);
	return stat(lib, &st) == 0 && S_ISDIR(st.st_mode) ? lib : NULL;
}

/* nvcc's architecture flags: $PARC_CUDA_ARCH, else Ampere and Hopper (the
 * architectures parc_rt_cuda is built for). */
static void cuda_arch(strv *arch)
{
	const char *env = getenv("PARC_CUDA_ARCH");
	if (env && *env) {
		strv_split(arch, env);
		return;
	}
	strv_push(arch, "-gencode");
	strv_push(arch, "arch=compute_80,code=sm_80");
	strv_push(arch, "-gencode");
	strv_push(arch, "arch=compute_90,code=sm_90");
}

/* Sets "c->cuda" when --target=cuda was asked for and its tools are
 * there: libparc_rt_cuda.a beside parc-cc as libparc_rt.a is looked for;
 * for compiles ("compiling") also nvcc and parc_rt_cuda.h (PREFIX/include
 * installed; runtime/include of the source tree holding the build
 * directory).  Otherwise warns, when "compiling", that only the CPU path
 * is built. */
static void find_cuda(command *c, const char *self, bool compiling)
{
	static const char *lib_dirs[] = { "", "runtime/", "../" PARC_CC_LIBDIR "/", "../lib/",
		NULL };
	static const char *inc_dirs[] = { "../include/", "../runtime/include/",
		"../../runtime/include/", NULL };
	if (!c->want_cuda)
		return;
	cuda_tools *t = alloc(sizeof *t);
	t->nvcc = find_nvcc();
	const char *libdir = find_beside(self, lib_dirs, "libparc_rt_cuda.a");
	t->include = find_beside(self, inc_dirs, "parc_rt_cuda.h");
	const char *missing = !libdir ? "no libparc_rt_cuda.a" : NULL;
	if (compiling && !t->nvcc)
		missing = "no nvcc";
	else if (compiling && !t->include)
		missing = "no parc_rt_cuda.h";
	if (missing) {
		if (compiling)
			fprintf(stderr, "parc-cc: warning: %s: building the CPU path only\n", missing);
		return;
	}
	t->lib = concat(libdir, "libparc_rt_cuda.a", NULL);
	t->cudart_dir = t->nvcc ? find_cudart_dir(t->nvcc) : NULL;
	cuda_arch(&t->arch);
	c->cuda = t;
}

/* The user's -I, -D, -U and -isystem words (the .cu file keeps the
 * source's macros, whose values may come from the command line). */
static void push_user_defs(const command *c, strv *argv)
{
	const strv *f = &c->parc_flags;
	for (int i = 0; i < f->n; i++) {
		const char *a = f->v[i];
		bool alone = !strcmp(a, "-I") || !strcmp(a, "-D") || !strcmp(a, "-U") ||
			!strcmp(a, "-isystem");
		if (alone && i + 1 < f->n) {
			strv_push(argv, a);
			strv_push(argv, f->v[++i]);
		} else if (!strncmp(a, "-I", 2) || !strncmp(a, "-D", 2) || !strncmp(a, "-U", 2)) {
			strv_push(argv, a);
		}
	}
}

/* Compiles the .cu file of "s" into "s->cu_object".  -fmad=false: no
 * fused multiply-adds, so that the GPU computes what the CPU computes,
 * bit for bit (reductions and libm calls aside); -fPIC: the object may
 * go into a shared library. */
static int compile_cu(const command *c, source *s)
{
	const char *name = concat(s->cu_name, ".o", NULL);
	char *obj = tempdir_file(s->dir, name);
	tempdir_add(s->dir, name);
	char *dir = dir_prefix(s->orig);
	strv argv = { 0 };
	strv_push(&argv, c->cuda->nvcc);
	strv_push(&argv, "-c");
	strv_push(&argv, "-fmad=false");
	strv_push(&argv, "-Xcompiler=-fPIC");
	strv_append(&argv, &c->cuda->arch);
	strv_push(&argv, concat("-I", c->cuda->include, NULL));
	strv_push(&argv, concat("-I", *dir ? dir : ".", NULL));
	push_user_defs(c, &argv);
	strv_push(&argv, s->cu);
	strv_push(&argv, "-o");
	strv_push(&argv, obj);
	int rc = run(argv.v, NULL);
	if (rc == 0)
		s->cu_object = obj;
	return rc;
}

/* Compiles the .cu file of every transformed source.  When nvcc fails,
 * the source's CPU path is built after a warning (an error with
 * PARC_STRICT).  Returns 0 or an exit code. */
static int compile_cuda_all(const command *c, source **srcs)
{
	for (int k = 0; c->cuda && k < c->ninputs; k++) {
		source *s = srcs[k];
		if (!s || !s->transformed || !s->cu || compile_cu(c, s) == 0)
			continue;
		if (env_on("PARC_STRICT")) {
			fprintf(stderr, "parc-cc: error: nvcc failed on the kernels of %s "
				"(PARC_STRICT is set)\n", s->orig);
			return EXIT_FAIL;
		}
		fprintf(stderr, "parc-cc: warning: nvcc failed on the kernels of %s; "
			"building its CPU path only\n", s->orig);
	}
	return 0;
}

/* The object a -c compile of "s" wrote: -o, else the source's name with
 * .o in the working directory. */
static const char *object_of(const command *c, const source *s)
{
	if (c->output)
		return c->output;
	return concat(strip_ext(base_name(s->orig)), ".o", NULL);
}

/* -c: adds the kernels to the object the compiler wrote for "s", with a
 * relocatable link (ld -r), so that the object the build expects holds
 * both.  The merged object is made in the temporary directory, then
 * copied over the compiler's (a rename could cross file systems). */
static int merge_object(const command *c, const source *s)
{
	const char *obj = object_of(c, s);
	char *merged = tempdir_file(s->dir, "merged.o");
	tempdir_add(s->dir, "merged.o");
	const char *argv[] = { "ld", "-r", "-o", merged, obj, s->cu_object, NULL };
	int rc = run(argv, NULL);
	if (rc)
		return rc;
	size_t n;
	char *text = read_file(merged, &n);
	if (!text || write_file(obj, "", text, n) != 0) {
		fprintf(stderr, "parc-cc: error: cannot write '%s': %s\n", obj, strerror(errno));
		rc = EXIT_FAIL;
	}
	free(text);
	return rc;
}

static int merge_all(const command *c, source **srcs)
{
	if (!c->compile_only)
		return 0;
	for (int k = 0; k < c->ninputs; k++) {
		if (srcs[k] && srcs[k]->cu_object) {
			int rc = merge_object(c, srcs[k]);
			if (rc)
				return rc;
		}
	}
	return 0;
}

/* ------------------------------------------------------------------ */
/* Main                                                               */
/* ------------------------------------------------------------------ */

static void usage(void)
{
	puts("usage: parc-cc [--target=openmp|cuda] [compiler] <compiler arguments>\n"
	     "\n"
	     "Compiles like the compiler (argv[1] when it names one, else $PARC_CC or cc),\n"
	     "after running parc on every C source; adds -fopenmp to compiles and links.\n"
	     "--target=cuda also compiles parc's CUDA kernels with nvcc and links them\n"
	     "with parc_rt_cuda and the CUDA runtime (no nvcc: the CPU path only).\n"
	     "See parc-cc(1) for the environment variables.");
}

/* The command with the original arguments, run as is. */
static int pass_through(const command *c, bool link, const char *self)
{
	strv argv = { 0 };
	strv_append(&argv, &c->prefix);
	strv_append(&argv, &c->orig_args);
	if (link) {
		push_openmp(c, &argv);
		push_runtime(&argv, self);
		push_cuda_runtime(c, &argv);
	}
	return exec_through(argv.v);
}

/* Reads the command line into "c"; returns false for parc-cc's own
 * options (answered here). */
static bool read_command(int argc, char **argv, command *c, int *rc)
{
	if (argc == 2 && !strcmp(argv[1], "--parc-cc-help")) {
		usage();
		*rc = 0;
		return false;
	}
	if (argc == 2 && !strcmp(argv[1], "--parc-cc-version")) {
		puts("parc-cc " PARC_VERSION);
		*rc = 0;
		return false;
	}
	/* --target= comes before the compiler; any other value than parc's
	 * is left to the compiler (clang's --target=TRIPLE). */
	int skip = 0;
	if (argc > 1 && (!strcmp(argv[1], "--target=cuda") || !strcmp(argv[1], "--target=openmp"))) {
		c->want_cuda = !strcmp(argv[1], "--target=cuda");
		skip = 1;
	}
	for (int i = split_compiler(argc - skip, argv + skip, c) + skip; i < argc; i++) {
		strv_push(&c->orig_args, argv[i]);
		if (argv[i][0] == '@' && argv[i][1])
			expand_response(&c->args, argv[i] + 1, 0);
		else
			strv_push(&c->args, argv[i]);
	}
	scan_args(c);
	return true;
}

/* A compiler that would run parc-cc again loops forever; refuse. */
static bool recursing(void)
{
	if (getenv("PARC_CC_ACTIVE")) {
		fputs("parc-cc: error: parc-cc runs itself as the compiler "
		      "(check PARC_CC and the compiler argument)\n", stderr);
		return true;
	}
	setenv("PARC_CC_ACTIVE", "1", 1);
	return false;
}

int main(int argc, char **argv)
{
	command c = { 0 };
	int rc = 0;
	if (!read_command(argc, argv, &c, &rc))
		return rc;
	if (recursing())
		return EXIT_FAIL;
	char *self = self_dir(argv[0]);
	mode m = choose_mode(&c);
	if (m == MODE_COMPILE && unsupported_deps(&c)) {
		fputs("parc-cc: warning: -MD with several C files compiled and linked at once "
		      "is not supported; compiling them unchanged\n", stderr);
		m = MODE_LINK;
	}
	if (m == MODE_COMPILE && c.want_cuda && c.assemble_only) {
		fputs("parc-cc: warning: -S: building the CPU path only\n", stderr);
		c.want_cuda = false;
	}
	if (m != MODE_PASS)
		find_cuda(&c, self, m == MODE_COMPILE);
	if (m != MODE_COMPILE)
		return pass_through(&c, m == MODE_LINK, self);
	handle_signals(true);
	source **srcs = alloc((size_t)(c.ninputs + 1) * sizeof *srcs);
	rc = transform_all(&c, find_parc(self), srcs);
	if (rc == 0)
		rc = compile_cuda_all(&c, srcs);
	if (rc == 0)
		rc = compile_sources(&c, srcs, self);
	if (rc == 0)
		rc = merge_all(&c, srcs);
	if (rc == 0)
		show_failures(&c, srcs);
	remove_all_temps();
	arena_free();
	return rc;
}
