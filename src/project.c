/* project.c - whole projects: files and flags from compile_commands.json.
 *
 * Each file runs in its own worker process (fork), at most "jobs" at a
 * time: libclang and the analyses then share nothing, and a file that
 * breaks parc does not take the others down.  A worker sends its counts
 * back through a pipe; the parent shows progress on a terminal and prints
 * the summary. */
#include "driver.h"
#include "parc/frontend.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

typedef struct flags_handle {
	parc_compile_cmd *cmds;
	int n;
} flags_handle;

/* The canonical path of "f" (the file itself if it does not exist). */
static char *canonical(const char *f)
{
	char buf[PATH_MAX];
	return parc_xstrdup(realpath(f, buf) ? buf : f);
}

static int find_cmd(parc_compile_cmd *cmds, int n, const char *file)
{
	char *want = canonical(file);
	int found = -1;
	for (int i = 0; i < n && found < 0; i++) {
		char *have = canonical(cmds[i].file);
		if (!strcmp(have, want))
			found = i;
		free(have);
	}
	free(want);
	return found;
}

const char *const *parc_project_flags(const char *build_dir, const char *file, int *nargs,
	void **handle, const char **why)
{
	flags_handle *h = parc_xcalloc(1, sizeof *h);
	h->n = parc_compdb_load(build_dir, &h->cmds, why);
	int k = h->n ? find_cmd(h->cmds, h->n, file) : -1;
	*handle = h;
	if (k < 0) {
		if (h->n)
			*why = "the file is not in compile_commands.json";
		return NULL;
	}
	*nargs = h->cmds[k].nargs;
	return (const char *const *)h->cmds[k].args;
}

void parc_project_flags_free(void *handle)
{
	flags_handle *h = handle;
	if (!h)
		return;
	parc_compdb_free(h->cmds, h->n);
	free(h);
}

/* ------------------------------------------------------------ layout */

static bool is_c_file(const char *f)
{
	size_t n = strlen(f);
	return n > 2 && !strcmp(f + n - 2, ".c");
}

/* Length of the directory prefix all "files" share (up to a '/'). */
static size_t common_root(char **files, int n)
{
	if (n == 0)
		return 0;
	size_t len = strlen(files[0]);
	for (int i = 1; i < n; i++) {
		size_t k = 0;
		while (k < len && files[i][k] == files[0][k])
			k++;
		len = k;
	}
	while (len > 0 && files[0][len - 1] != '/')
		len--;
	return len;
}

/* mkdir -p of the directory part of "path". */
static int make_parents(const char *path)
{
	char *p = parc_xstrdup(path);
	for (char *s = p + 1; *s; s++) {
		if (*s != '/')
			continue;
		*s = '\0';
		if (mkdir(p, 0777) != 0 && errno != EEXIST) {
			free(p);
			return -1;
		}
		*s = '/';
	}
	free(p);
	return 0;
}

/* ------------------------------------------------------------ workers */

typedef struct worker {
	pid_t pid;
	int fd;
	int index;
} worker;

static void child(const parc_run *base, parc_compile_cmd *c, const char *out, int fd)
{
	parc_run r = *base;
	r.input = c->file;
	r.output = out;
	r.report = NULL;
	/* The database's flags come first; flags given to parc may add to them. */
	const char **args = parc_xcalloc((size_t)(c->nargs + base->nclang) + 1, sizeof(char *));
	int n = 0;
	for (int i = 0; i < c->nargs; i++)
		args[n++] = c->args[i];
	for (int i = 0; i < base->nclang; i++)
		args[n++] = base->clang_args[i];
	r.clang_args = args;
	r.nclang = n;
	parc_stats st = { 0 };
	int rc;
	if (make_parents(out)) {
		fprintf(stderr, "parc: error: cannot create the directory of '%s'\n", out);
		rc = PARC_EXIT_INPUT;
	} else {
		rc = parc_run_file(&r, &st);
	}
	st.files = 1;
	st.failed = rc != 0;
	ssize_t w = write(fd, &st, sizeof st);
	(void)w;
	_exit(rc);
}

static void add_stats(parc_stats *to, const parc_stats *from)
{
	to->files += from->files;
	to->failed += from->failed;
	to->loops += from->loops;
	to->parallel += from->parallel;
	for (int k = 0; k < PARC_REASON__COUNT; k++)
		to->reasons[k] += from->reasons[k];
}

/* Collects one finished worker into "total"; returns its file's index. */
static int reap(worker *w, int nw, parc_stats *total)
{
	int status;
	pid_t pid = wait(&status);
	for (int i = 0; i < nw; i++) {
		if (w[i].pid != pid)
			continue;
		parc_stats st = { 0 };
		ssize_t got = read(w[i].fd, &st, sizeof st);
		if (got != (ssize_t)sizeof st) {
			/* The worker died (a crash of parc itself): count the file. */
			memset(&st, 0, sizeof st);
			st.files = 1;
			st.failed = 1;
		}
		close(w[i].fd);
		w[i].pid = 0;
		add_stats(total, &st);
		return w[i].index;
	}
	return -1;
}

static void print_summary(FILE *out, const parc_stats *s)
{
	fprintf(out, "parc: %d files (%d failed), %d loops, %d parallelized\n",
		s->files, s->failed, s->loops, s->parallel);
	bool any = false;
	for (int k = 0; k < PARC_REASON__COUNT; k++) {
		if (!s->reasons[k])
			continue;
		fprintf(out, "%s %s %d", any ? "," : "parc: left serial:",
			parc_reason_kind_name((parc_reason_kind)k), s->reasons[k]);
		any = true;
	}
	if (any)
		fputc('\n', out);
}

/* Picks the database entries to process: "files" in order, or every C
 * file once.  Returns their indices. */
static int *select_cmds(parc_compile_cmd *cmds, int n, const char *const *files, int nfiles,
	int *count)
{
	int *sel = parc_xcalloc((size_t)(n + nfiles) + 1, sizeof(int));
	*count = 0;
	if (nfiles) {
		for (int i = 0; i < nfiles; i++) {
			int k = find_cmd(cmds, n, files[i]);
			if (k < 0) {
				fprintf(stderr, "parc: error: '%s' is not in compile_commands.json\n", files[i]);
				free(sel);
				return NULL;
			}
			sel[(*count)++] = k;
		}
		return sel;
	}
	for (int i = 0; i < n; i++) {
		bool dup = false;
		for (int j = 0; j < *count && !dup; j++)
			dup = !strcmp(cmds[sel[j]].file, cmds[i].file);
		if (!dup && is_c_file(cmds[i].file))
			sel[(*count)++] = i;
	}
	return sel;
}

int parc_project_run(const parc_run *base, const char *build_dir, const char *out_dir,
	int jobs, const char *const *files, int nfiles)
{
	const char *why = NULL;
	parc_compile_cmd *cmds;
	int n = parc_compdb_load(build_dir, &cmds, &why);
	if (!n) {
		fprintf(stderr, "parc: error: '%s': %s\n", build_dir, why);
		parc_compdb_free(cmds, 0);
		return PARC_EXIT_INPUT;
	}
	int count;
	int *sel = select_cmds(cmds, n, files, nfiles, &count);
	if (!sel) {
		parc_compdb_free(cmds, n);
		return PARC_EXIT_INPUT;
	}
	char **paths = parc_xcalloc((size_t)count + 1, sizeof(char *));
	for (int i = 0; i < count; i++)
		paths[i] = cmds[sel[i]].file;
	size_t root = common_root(paths, count);
	worker *w = parc_xcalloc((size_t)jobs, sizeof *w);
	parc_stats total = { 0 };
	bool tty = isatty(2);
	for (int i = 0, running = 0; i < count || running > 0;) {
		if (i < count && running < jobs) {
			parc_buf out;
			parc_buf_init(&out);
			parc_buf_printf(&out, "%s/%s", out_dir, paths[i] + root);
			int fds[2];
			if (pipe(fds) != 0) {
				perror("parc: pipe");
				break;
			}
			fflush(NULL);
			pid_t pid = fork();
			if (pid == 0) {
				close(fds[0]);
				child(base, &cmds[sel[i]], out.data, fds[1]);
			}
			close(fds[1]);
			int slot = 0;
			while (w[slot].pid)
				slot++;
			w[slot] = (worker){ pid, fds[0], i };
			parc_buf_free(&out);
			running++;
			i++;
			continue;
		}
		int done = reap(w, jobs, &total);
		running--;
		if (tty && done >= 0)
			fprintf(stderr, "\r\033[K[%d/%d] %s", total.files, count, paths[done] + root);
	}
	if (tty)
		fputs("\r\033[K", stderr);
	print_summary(stdout, &total);
	free(w);
	free(paths);
	free(sel);
	parc_compdb_free(cmds, n);
	return total.failed ? PARC_EXIT_INPUT : 0;
}
