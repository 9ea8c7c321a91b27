/* analysis.h - interfaces between the analysis phases.
 *
 *   loops.c    canonical form of each for loop, and per-loop hazards
 *   effects.c  what calls may do: a table of library functions plus
 *              summaries of the functions defined in the file
 *   interproc.c  facts about pointer parameters from their call sites
 *   access.c   the memory and scalar accesses of a loop, and aliasing
 *   deps.c     exact cross-iteration dependences of memory accesses (isl)
 *   scalars.c  private / lastprivate / reduction classification
 *   decide.c   puts it together: one decision per loop */
#ifndef PARC_ANALYSIS_H
#define PARC_ANALYSIS_H

#include "parc/ir.h"
#include "parc/util.h"

/* ---- loops.c */
void parc_loops_canonicalize(parc_program *p);
/* Adds a reason to "l" (message is formatted into the arena). */
parc_reason *parc_loop_add_reason(parc_program *p, parc_loop *l,
	parc_reason_kind kind, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* Records hazards of "l" that forbid parallelizing it (early exits,
 * volatile, asm, unknown calls, ...).  Returns true if any was found. */
bool parc_loop_hazards(parc_program *p, parc_loop *l);

/* ---- effects.c */
typedef enum {
	PARC_CALL_CONST,      /* no memory access at all (sqrt, abs, ...) */
	PARC_CALL_READS,      /* reads memory through its arguments or globals */
	PARC_CALL_IO,         /* performs I/O */
	PARC_CALL_EXIT,       /* does not return normally (exit, longjmp) */
	PARC_CALL_UNKNOWN     /* writes memory or has hidden state */
} parc_call_class;

typedef struct parc_call_info {
	parc_call_class cls;
	bool reads_globals;   /* "reads_globals": may read global variables */
	bool reads_args;      /* "reads_args": may read through pointer args */
	bool writes_args;     /* "writes_args": writes through pointer args only
	                       * (a same-file function; see parc_func) */
	unsigned arg_writes;  /* "arg_writes": library function writing through
	                       * argument k (bit k), anywhere in its object */
	const char *why;      /* "why": explanation when not CONST/READS */
} parc_call_info;

void parc_effects_compute(parc_program *p);
/* What call expression "call" may do (indirect calls are UNKNOWN). */
parc_call_info parc_effects_of_call(parc_program *p, parc_expr *call);
/* The pointer parameter at the root of lvalue "e" when "e" reaches memory
 * only through it (p[k], *p, p->x, p[k].y), else NULL. */
parc_var *parc_effects_param_root(parc_expr *e);

/* ---- access.c */
typedef enum {
	PARC_BASE_OBJECT,     /* a named variable's own storage */
	PARC_BASE_POINTER,    /* memory reached through pointer variable "var" */
	PARC_BASE_LOADED,     /* through a pointer loaded from memory, "key" */
	PARC_BASE_UNKNOWN     /* through a pointer parc cannot follow */
} parc_base_kind;

/* One term of a subscript: "coef" * "expr" (coef is +1 or -1). */
typedef struct parc_term {
	parc_expr *expr;
	int coef;
} parc_term;

/* One step of an access path: a subscript (sum of "terms"; "any" if the
 * subscript is unknown) or a field selection. */
typedef struct parc_step {
	bool is_field;
	const char *field;
	bool in_union;
	bool any;
	bool bounded;         /* "bounded": a subscript into an array of known
	                       * size, so it stays inside the enclosing element */
	parc_vec terms;       /* parc_term */
} parc_step;

typedef struct parc_access {
	parc_expr *expr;      /* "expr": the access, for locations */
	bool read, write;
	bool scalar;          /* "scalar": a whole scalar variable */
	parc_base_kind base;
	parc_var *var;        /* "var": scalar, object or pointer variable */
	const char *key;      /* "key": LOADED pointer's spelling */
	parc_vec steps;       /* "steps": parc_step */
	parc_type *type;      /* "type": type of the accessed value */
	parc_loop *inner;     /* "inner": innermost loop around the access */
} parc_access;

/* A scalar advanced by a constant once per iteration (k++, k += 2): its
 * value is "k0" + "step" * t in iteration t, plus "step" after the update,
 * so the loop can use linear(k:step). */
typedef struct parc_induction {
	parc_var *var;
	int64_t step;
	int update_end;       /* "update_end": accesses at or after this offset
	                       * see the updated value */
} parc_induction;

typedef struct parc_loop_info {
	parc_loop *loop;
	parc_vec accesses;    /* "accesses": parc_access in the body */
	parc_idmap written;   /* "written": ids of variables the loop writes */
	parc_vec inductions;  /* "inductions": parc_induction, from scalars.c */
} parc_loop_info;

/* Whether the loop of "li" writes (or lets escape) variable "v". */
static inline bool parc_loop_writes(const parc_loop_info *li, const parc_var *v)
{
	return parc_idmap_get(&li->written, v->id) >= 0;
}

/* Collects the accesses of "l"'s body (and of nested loop headers). */
parc_loop_info *parc_access_collect(parc_program *p, parc_loop *l);
/* Marks local pointers that only ever hold fresh allocations. */
void parc_access_mark_fresh(parc_program *p);
bool parc_access_is_local(parc_loop *l, parc_var *v);
/* Whether accesses "a" and "b" (different bases) may touch the same
 * memory; on true "*why" names the problem. */
bool parc_access_may_alias(parc_program *p, parc_loop_info *li,
	parc_access *a, parc_access *b, const char **why);
/* The object an access certainly reaches (a named array, a fresh
 * allocation, or what a local pointer points into), or NULL. */
parc_var *parc_access_object(parc_access *a);
/* Spelling of an access for messages, e.g. "a[i + 1]". */
const char *parc_access_spelling(parc_program *p, parc_access *a);
const char *parc_base_name(parc_access *a);

/* ---- interproc.c */
/* Call-site facts of static functions (needs fresh pointers marked). */
void parc_interproc_compute(parc_program *p);
/* Pointer parameters "a" and "b" of one function point to different
 * objects at every call. */
bool parc_interproc_params_distinct(parc_var *a, parc_var *b);
/* Parameter "v" never points to a global object. */
bool parc_interproc_param_not_global(parc_var *v);
/* Some call passes the same object for parameters "a" and "b", or (one
 * being a global) passes that kind of object for the parameter. */
bool parc_interproc_known_overlap(parc_var *a, parc_var *b);
/* The global object that every call of a static function passes (into)
 * for parameter "v", or NULL. */
parc_var *parc_interproc_param_only_global(parc_var *v);

/* ---- deps.c */
/* Tests every pair of memory accesses of "li" for a dependence carried by
 * its loop, adding reasons to the loop.  Returns parc_bool_true if the loop
 * carries no memory dependence. */
parc_bool parc_deps_check(parc_program *p, parc_loop_info *li);
/* Frees the isl context the tests share (after the last decision). */
void parc_deps_done(parc_program *p);
/* The name of the run-time overlap helper for this file. */
const char *parc_overlap_name(parc_program *p);
/* The first subscripts lo..hi (C expressions over variables in scope at
 * the loop) of every access of the loop of "li" to "v"'s object or
 * pointee; false when they cannot be bounded (cuda.c). */
bool parc_deps_region(parc_program *p, parc_loop_info *li, parc_var *v, parc_buf *lo,
	parc_buf *hi);
/* Whether the loop of "li" runs at least one iteration whenever it is
 * reached (for every value of the parameters its outer loops allow). */
parc_bool parc_deps_runs_once(parc_program *p, parc_loop_info *li);

/* ---- scalars.c */
/* Classifies the scalars of "li"'s loop; adds clauses, or reasons when a
 * scalar carries a value between iterations.  Returns true if fine. */
bool parc_scalars_classify(parc_program *p, parc_loop_info *li);

/* ---- decide.c */
void parc_decide(parc_program *p);
/* The work (about one unit per simple operation) a loop must do to run in
 * parallel; loops with less stay serial, loops whose length is known only
 * at run time get an if(parallel: ...) guard.  Tests of the analyses set
 * it to 0 to see decisions without the cost model. */
extern int parc_min_work;
/* Set when the user chose parc_min_work (--min-work): run-time guards then
 * compare with it instead of asking parc_rt. */
extern bool parc_min_work_fixed;
/* Whether the output may call parc's runtime (parc_rt_worth in if()
 * clauses, parc_rt chunk sizes in schedule clauses) or must be plain
 * OpenMP (--runtime=none). */
typedef enum parc_runtime_kind { PARC_RUNTIME_PARC, PARC_RUNTIME_NONE } parc_runtime_kind;
extern parc_runtime_kind parc_runtime;

/* After the loop statement's text (its '}' or ';'), or -1. */
int parc_loop_text_end(parc_program *p, parc_loop *l);
/* The work of a whole run of "l" when constant, else -1 (decide.c). */
int64_t parc_loop_const_work(parc_loop *l);
/* The work of a whole run of "l" as C text, or NULL (decide.c). */
const char *parc_loop_work_text(parc_program *p, parc_loop *l);

/* ---- cuda.c (--target=cuda) */
/* How a variable the nest uses from outside reaches the kernel. */
typedef enum parc_offload_kind {
	PARC_OFFLOAD_ARRAY,   /* an array or pointer: a mapped region */
	PARC_OFFLOAD_VALUE,   /* a scalar the nest only reads: by value */
	PARC_OFFLOAD_PRIVATE, /* private(x): a local of each thread */
	PARC_OFFLOAD_REDUCTION /* reduction(op:x): per-thread partials */
} parc_offload_kind;

typedef struct parc_offload_var {
	parc_var *var;
	parc_offload_kind kind;
	bool read, write;     /* arrays: the nest reads / writes elements */
	const char *lo, *hi;  /* arrays: first subscripts reached, as C over
	                       * variables in scope at the loop */
	const char *elem;     /* arrays: the C type of one element of the
	                       * first subscript, e.g. "int[300]" */
	const char *decl;     /* the kernel's declaration, "int (*A)[300]" */
	const char *cast;     /* arrays: the kernel's pointer type, "int (*)[300]" */
	const char *type;     /* scalars: canonical type, "unsigned long" */
	bool unbounded;       /* arrays: no region (offload.c, while planning) */
	bool first, last;     /* private: firstprivate (starts with the
	                       * variable's value) / lastprivate (gets the last
	                       * iteration's value back) */
	const char *op;       /* reductions: "+", "*", "&", "|", "^", "&&",
	                       * "||", "min" or "max" */
} parc_offload_var;

/* A #define of the main file (offload.c copies those a kernel needs). */
typedef struct parc_macro {
	const char *name;
	int off, end;         /* the directive's text, continuation lines too */
	int body;             /* where the replacement starts */
	bool usable;          /* defined once, outside #if, never #undef'd,
	                       * not set on the command line */
	parc_vec params;      /* const char *: a function-like macro's */
} parc_macro;

/* A nest that runs as a CUDA kernel (its OpenMP form stays the CPU path). */
typedef struct parc_offload {
	const char *name;     /* "parc_k_<function>_<line>" */
	parc_vec vars;        /* parc_offload_var, in order of first use */
	const char *lb, *ub;  /* the bounds' text, evaluated at the loop */
	const char *lbt, *ubt, *it; /* their types and the index's */
	parc_loop *inner;     /* a 2-D grid: the inner loop of a perfect nest,
	                       * also proved parallel, maps to x and the outer
	                       * loop to y (else NULL: 1-D) */
	const char *lb2, *ub2, *lbt2, *ubt2, *it2; /* the inner loop's */
	bool index_last;      /* lastprivate(index): the wrapper sets it */
	bool inexact_math;    /* calls device math that may differ from the
	                       * host's libm in the last bit */
	bool in_scope;        /* inside a data scope: the CPU path first calls
	                       * parc_cuda_host */
	const char *work;     /* work text for parc_cuda_use, or NULL */
	const char *bytes_in, *bytes_out; /* bytes copied, as C formulas */
	int body_off, body_end; /* the loop body's text in the file */
	int body_line;
	parc_vec macros;      /* parc_macro: #defines the body needs */
	parc_vec funcs;       /* parc_func: same-file functions it calls */
	parc_vec math;        /* const char *: libm functions it (or they) call */
} parc_offload;

/* Decides which parallel nests run on a GPU: fills "offload" of each
 * parallel loop that can, and adds reasons to those that cannot.
 * "args" are the clang flags (macros defined there are not copied). */
void parc_cuda_plan(parc_program *p, const char *const *args, int nargs);

/* The single loop that makes up "l"'s body (through braces), or NULL. */
parc_loop *parc_loop_only_child(parc_loop *l);

/* ---- interchange.c */
/* A perfect nest whose two headers may be swapped: the outer loop's
 * header [outer_off, outer_end) and the inner one's, in the file. */
typedef struct parc_swap {
	int outer_off, outer_end, inner_off, inner_end;
	int outer_line, inner_line;
} parc_swap;
/* The nests of decided "p" whose outer loop carries a dependence, whose
 * inner loop does not, and where the swap would make more accesses walk
 * memory in order.  The caller frees the array; "*n" gets its length. */
__parc_give parc_swap *parc_interchange_candidates(parc_program *p, int *n);
/* "src" with the headers of each swap exchanged (the caller frees it). */
__parc_give char *parc_interchange_text(const char *src, int len, const parc_swap *sw, int n);
/* Whether, in "q" (the swapped text, decided), the new outer loop of "s"
 * is parallel: then the swap is legal (see interchange.c). */
bool parc_interchange_works(parc_program *q, const parc_swap *s);
/* The report's note on the outer loop of "s": made ("done"), or possible. */
void parc_interchange_note(parc_program *p, const parc_swap *s, bool done);

/* Printing expressions back as C (for messages and clauses). */
const char *parc_expr_spelling(parc_program *p, parc_expr *e);

#endif
