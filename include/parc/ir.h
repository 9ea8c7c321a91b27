/* ir.h - parc's one intermediate representation.
 *
 * The frontend copies everything later phases need out of libclang into
 * these structs: program -> functions -> statements -> expressions, plus
 * the loops and variables they refer to.  Every node carries a parc_loc, so
 * that any phase can report on, or rewrite at, the exact place in the user's
 * file.  All nodes live in the program's arena. */
#ifndef PARC_IR_H
#define PARC_IR_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "parc/arena.h"

/* A place in the user's input.  "line"/"col" are 1-based and honour #line
 * (what users see); "off"/"end" are byte offsets into the main file's buffer
 * (what the rewriter uses).  "in_main" is false for text from headers, and
 * "in_macro" is true when the node was produced by a macro expansion (then
 * the location is the expansion site). */
typedef struct parc_loc {
	int line, col;
	int off, end;
	bool in_main;
	bool in_macro;
} parc_loc;

typedef enum {
#define PARC_EXPR_KIND(k, s) PARC_EXPR_##k,
#include "parc/ir_kinds.def"
} parc_expr_kind;

typedef enum {
#define PARC_OP(k, s) PARC_OP_##k,
#include "parc/ir_kinds.def"
} parc_op;

typedef enum {
#define PARC_STMT_KIND(k, s) PARC_STMT_##k,
#include "parc/ir_kinds.def"
} parc_stmt_kind;

/* The coarse class of a C type, enough for the analyses. */
typedef enum {
	PARC_TY_VOID, PARC_TY_INT, PARC_TY_FLOAT, PARC_TY_PTR, PARC_TY_ARRAY,
	PARC_TY_STRUCT, PARC_TY_UNION, PARC_TY_FUNC, PARC_TY_OTHER
} parc_type_class;

/* What the analyses need to know about a type. */
typedef struct parc_type {
	parc_type_class cls;
	bool is_unsigned;     /* "is_unsigned": integer type without sign */
	bool is_volatile;     /* "is_volatile": volatile-qualified */
	bool is_atomic;       /* "is_atomic": _Atomic */
	bool is_restrict;     /* "is_restrict": restrict-qualified pointer */
	bool is_char;         /* "is_char": a character type (may alias anything) */
	bool is_bool;         /* "is_bool": _Bool */
	bool incomplete;      /* "incomplete": an array of unknown size (a[]) */
	bool vla;             /* "vla": variably modified (a VLA, or built on
	                       * one): naming the type evaluates sizes */
	int size;             /* "size": sizeof in bytes, -1 if unknown */
	struct parc_type *elem;  /* "elem": pointee or element type, or NULL */
	const char *spelling;    /* "spelling": as clang prints it */
	const char *canon;       /* "canon": for arithmetic types other than
	                          * _Bool and enums, the canonical spelling
	                          * ("unsigned long"); else NULL */
} parc_type;

typedef struct parc_func parc_func;
typedef struct parc_stmt parc_stmt;
typedef struct parc_loop parc_loop;

/* A declared variable.  One node per declaration, shared by all uses. */
typedef struct parc_var {
	int id;               /* "id": dense number, unique in the program */
	const char *name;     /* "name": as written */
	parc_type *type;      /* "type": declared type */
	bool is_global;       /* "is_global": file scope, extern, or static local */
	bool is_param;        /* "is_param": a function parameter */
	bool addr_taken;      /* "addr_taken": &var appears somewhere */
	bool is_tls;          /* "is_tls": _Thread_local / __thread */
	bool aliased;         /* "aliased": another name may denote the same
	                       * object (alias attributes, asm labels) */
	bool is_fresh;        /* "is_fresh": a local pointer only ever assigned
	                       * malloc/calloc results and never copied away */
	bool assigned;        /* "assigned": "=", "op=", ++ or -- on it in its
	                       * function (valid once the function's
	                       * "assign_scanned" is set; parc_var_is_assigned) */
	bool has_const;       /* "has_const": a local never written after its
	                       * constant initializer... */
	int64_t const_val;    /* ...with this value */
	struct parc_var *points_into; /* "points_into": for a local pointer, the
	                       * object (array, fresh pointer or restrict
	                       * parameter) every value it is given points into */
	parc_func *func;      /* "func": enclosing function (also of a static
	                       * local), NULL at file scope */
	parc_loc loc;         /* "loc": the declaration */
	int scope_off, scope_end; /* "scope_*": offsets of the enclosing block */
} parc_var;

typedef struct parc_expr {
	parc_expr_kind kind;
	parc_op op;           /* "op": operator of BINARY, UNARY, INCDEC, ASSIGN
	                       * (NONE for plain =) */
	parc_loc loc;
	parc_type *type;      /* "type": type of the expression's value */
	bool is_const;        /* "is_const": an integer constant expression... */
	int64_t ival;         /* "ival": ...with this value */
	struct parc_expr *a, *b, *c;  /* operands, see ir_kinds.def */
	parc_vec args;        /* "args": call arguments or other children */
	struct parc_var *var; /* "var": VAR's variable */
	const char *name;     /* "name": member name, or callee name of a
	                       * direct call / FUNC reference */
	bool arrow;           /* "arrow": MEMBER is "->" */
	bool in_union;        /* "in_union": MEMBER of a union */
	bool is_callee;       /* "is_callee": FUNC naming the callee of a call */
	bool out_param;       /* "out_param": &p given to posix_memalign */
	bool opaque;          /* "opaque": an expression libclang does not
	                       * expose; it may have any effect */
	parc_stmt *stmt;      /* "stmt": body of a STMTEXPR */
	bool bitfield;        /* "bitfield": MEMBER naming a bit-field */
	int xoff, xend;       /* "xoff", "xend": the whole expression's bytes
	                       * [xoff, xend) in the main file when the
	                       * frontend was asked for extents and no macro
	                       * is involved at either end; else -1 */
} parc_expr;

struct parc_stmt {
	parc_stmt_kind kind;
	parc_loc loc;
	parc_expr *expr;      /* "expr": expression / condition / return value;
	                       * for DECL, the sizes of variable-length arrays */
	parc_stmt *then, *els;/* "then": body or branch, "els": else branch */
	parc_vec body;        /* "body": COMPOUND's statements */
	parc_vec decls;       /* "decls": DECL's variables (parc_var) */
	parc_vec inits;       /* "inits": initialiser per decl, NULL if none */
	parc_loop *loop;      /* "loop": FOR's loop */
	const char *name;     /* "name": LABEL's or GOTO's label */
};

/* How a loop was decided, filled in by decide.c. */
typedef enum {
	PARC_DECISION_SERIAL, PARC_DECISION_PARALLEL, PARC_DECISION_INNER,
	PARC_DECISION_SKIPPED
} parc_decision;

/* A reason in the report: a kind plus a sentence, with optional detail. */
typedef enum {
#define PARC_REASON(k, s) PARC_REASON_##k,
#include "parc/ir_kinds.def"
	PARC_REASON__COUNT
} parc_reason_kind;

typedef struct parc_reason {
	parc_reason_kind kind;
	const char *message;  /* "message": one human sentence */
	const char *var;      /* "var": the variable involved, or NULL */
	int src_line, dst_line; /* dependence endpoints (0 if none) */
	bool has_distance;
	int64_t distance;     /* "distance": iteration distance, if known */
} parc_reason;

/* How the cost of one iteration of a parallel loop varies with its index,
 * as far as the loop nest shows (the values match parc_rt_cost). */
typedef enum parc_balance {
	PARC_BALANCE_UNIFORM = 0,   /* every iteration does the same work */
	PARC_BALANCE_LINEAR = 1,    /* an inner loop's bounds use the index */
	PARC_BALANCE_IRREGULAR = 2  /* the data decides (while loops, early
	                             * exits, bounds read from memory, branches
	                             * with a loop or a call on one side only) */
} parc_balance;

/* A for loop.  The canonical-form fields are valid only when "canonical". */
struct parc_loop {
	int id;               /* "id": index in program order */
	parc_loc loc;         /* "loc": the "for" keyword; end = end of body */
	parc_stmt *stmt;      /* "stmt": the FOR statement */
	parc_func *func;      /* "func": enclosing function */
	parc_loop *parent;    /* "parent": enclosing loop, NULL at top */
	int func_index;       /* "func_index": position among its function's
	                       * loops (baselines match loops by it) */
	parc_vec children;    /* "children": directly nested loops */
	int depth;            /* "depth": 0 for an outermost loop */
	/* Header parts; the frontend recovers missing ones from tokens. */
	parc_stmt *init;      /* "init": init statement (EXPR or DECL) or NULL */
	parc_expr *cond;      /* "cond": condition or NULL */
	parc_expr *inc;       /* "inc": increment or NULL */
	parc_stmt *body;      /* "body" */
	bool header_in_macro; /* "header_in_macro": "for" comes from a macro */
	/* Canonical form: index = lb; index CMP ub; index += step. */
	bool canonical;
	const char *noncanon_why; /* "noncanon_why": why not canonical */
	parc_var *index;      /* "index": the loop variable */
	bool index_declared;  /* "index_declared": declared in the init */
	parc_expr *lb, *ub;   /* "lb", "ub": bounds as written */
	parc_op cmp;          /* "cmp": LT, LE, GT, GE or NE (index on left) */
	int64_t step;         /* "step": non-zero constant */
	/* Decision, filled in by decide.c. */
	parc_decision decision;
	parc_vec reasons;     /* "reasons": parc_reason, why not (or notes) */
	parc_vec clauses;     /* "clauses": const char *, e.g. "private(j)" */
	int collapse;         /* "collapse": loops collapsed (1 = none) */
	bool simd;            /* "simd": an innermost loop whose pragma adds
	                       * simd (parallel for simd), see decide.c */
	int cuda_scope_end;   /* "cuda_scope_end": > 0 when this serial loop is a
	                       * CUDA data scope (--target=cuda, offload.c):
	                       * the offset of the line after its end */
	int cuda_scope_line;  /* "cuda_scope_line": the line number there */
	struct parc_offload *offload; /* "offload": how the nest runs on a GPU
	                       * (--target=cuda, cuda.c), or NULL */
	parc_balance balance; /* "balance": how the cost of an iteration varies
	                       * with the index (decide.c picks the schedule) */
	bool uses_rt;         /* "uses_rt": a clause calls parc_rt (the output
	                       * declares it and must link -lparc_rt) */
	const char *version_if; /* "version_if": the run-time guard of a
	                       * versioned loop: the output runs a parallel copy
	                       * when it holds, the original loop otherwise
	                       * (NULL: the guard, if any, is an if() clause) */
	int version_end;      /* "version_end": end of the loop statement's text
	                       * (after its ';' or '}') when versioned */
	const char *rt_check; /* "rt_check": C condition under which the loop
	                       * may run in parallel (pointers do not overlap),
	                       * or NULL when none is needed */
	int line_start_off;   /* "line_start_off": where the pragma goes, or -1
	                       * if "for" does not start its line */
	const char *file;     /* "file": presumed file name of the loop (what
	                       * #line directives made it), for #line output */
	/* What the user asked for (#pragma parc, --spec); see control.c. */
	const char *label;    /* "label": #pragma parc label(name) */
	bool want_serial;     /* "want_serial": #pragma parc serial, or spec */
	bool want_parallel;   /* "want_parallel": spec insists on parallel */
	bool asserted;        /* "asserted": #pragma parc independent */
	int want_threads;     /* "want_threads": num_threads, 0 if none */
	const char *want_schedule; /* "want_schedule": static/dynamic/... */
	int want_collapse;    /* "want_collapse": requested collapse, 0 if none */
	bool insist_failed;   /* "insist_failed": wanted parallel, but is not */
};

struct parc_func {
	const char *name;
	parc_loc loc;
	parc_vec params;      /* "params": parc_var */
	parc_vec calls;       /* "calls": parc_expr, direct calls of this
	                       * function from the file (interproc.c) */
	int nloops;           /* "nloops": loops seen so far in the body */
	parc_stmt *body;      /* "body": NULL for declarations only */
	bool attr_const;      /* "attr_const": __attribute__((const)) */
	bool attr_pure;       /* "attr_pure": __attribute__((pure)) */
	bool is_variadic;
	bool is_static;       /* "is_static": internal linkage: every call is
	                       * in this file */
	bool addr_taken;      /* "addr_taken": used other than by direct calls */
	/* Filled in by effects.c. */
	bool writes_nonlocal; /* "writes_nonlocal": may write non-local memory */
	bool does_io;         /* "does_io": may perform I/O */
	bool reads_globals;   /* "reads_globals": may read global memory */
	bool reads_args;      /* "reads_args": may read through pointer params */
	bool writes_args;     /* "writes_args": writes memory, but only through
	                       * its pointer parameters (p[k], p->x) */
	bool assign_scanned;  /* "assign_scanned": its variables' "assigned"
	                       * flags are set */
	bool precise;         /* "precise": its accesses through parameters can
	                       * be replayed at call sites (no calls that touch
	                       * memory) */
	const char *impure_why; /* "impure_why": first reason it is impure */
	int impure_line;
	/* Filled in by access.c from the call sites of a static function. */
	unsigned char *distinct;  /* "distinct": [i * nparams + j] set when
	                           * pointer parameters i and j point to
	                           * different objects at every call */
	unsigned char *no_global; /* "no_global": [i] set when parameter i
	                           * never points to a global object */
	unsigned char *same;      /* "same": [i * nparams + j] set when some
	                           * call passes the same object for i and j */
	unsigned char *gets_global; /* "gets_global": [i] set when some call
	                           * passes a global object for parameter i */
	parc_var **only_global;   /* "only_global": [i] the global object that
	                           * every call passes for parameter i, or NULL */
};

/* A #pragma omp/acc directive found in the main file. */
typedef struct parc_pragma {
	int off;              /* "off": offset of '#' or "_Pragma" */
	int line;
	const char *text;     /* "text": the directive, e.g. "omp parallel for" */
	bool parallel;        /* "parallel": OpenMP or OpenACC (else a loop hint
	                       * or other pragma, such as "GCC unroll 4") */
	struct parc_stmt *governs; /* "governs": the first statement after it
	                       * (decide.c) */
} parc_pragma;

typedef struct parc_program {
	parc_arena *arena;    /* "arena": owns every node below */
	const char *path;     /* "path": main file name as given */
	const char *src;      /* "src": main file contents */
	int src_len;
	parc_vec funcs;       /* "funcs": parc_func, defined and declared */
	parc_func **fhash;    /* "fhash": open-addressing index of "funcs" by
	                       * name (parc_program_add_func keeps it) */
	int fhash_cap;
	parc_vec loops;       /* "loops": parc_loop in source order */
	parc_vec vars;        /* "vars": every parc_var, by id */
	parc_vec pragmas;     /* "pragmas": parc_pragma in the main file */
	parc_vec stmt_spans;  /* "stmt_spans": parc_stmt, every statement in
	                       * the main file, in source order */
	parc_vec global_inits;/* "global_inits": parc_expr, initializers of
	                       * file-scope variables */
	void *isl;            /* "isl": isl_ctx shared by the dependence tests,
	                       * owned by deps.c (parc_deps_done frees it) */
	const char *overlap_name; /* "overlap_name": the run-time overlap
	                       * helper's name, once chosen */
	bool reads_errno;     /* "reads_errno": the file uses errno */
	bool no_strict_aliasing; /* "no_strict_aliasing": built with
	                       * -fno-strict-aliasing: types say nothing */
	bool changes_fenv;    /* "changes_fenv": the file sets the rounding
	                       * mode or floating-point environment */
	parc_vec threadprivate; /* "threadprivate": names (const char *) listed
	                       * in "omp threadprivate" directives */
} parc_program;

const char *parc_expr_kind_name(parc_expr_kind k);
const char *parc_op_name(parc_op op);
const char *parc_stmt_kind_name(parc_stmt_kind k);
const char *parc_reason_kind_name(parc_reason_kind k);
const char *parc_decision_name(parc_decision d);

parc_func *parc_program_find_func(parc_program *p, const char *name);
/* Adds "fn" (whose name is new) to the program's functions. */
void parc_program_add_func(parc_program *p, parc_func *fn);
/* Strips casts that do not change the value class of the operand
 * (implicit conversions are already invisible in the IR). */
parc_expr *parc_expr_skip_casts(parc_expr *e);
/* Whether every value of type "from" converts to type "to" unchanged. */
bool parc_type_converts_exactly(const parc_type *to, const parc_type *from);
bool parc_loop_contains(const parc_loop *outer, const parc_loop *inner);
/* A copy of "e" as seen at a call of "fn" with "args" (see ir.c). */
parc_expr *parc_expr_subst(parc_arena *a, parc_expr *e, parc_func *fn, parc_vec *args,
	bool *ok);
/* Whether "v" is the target of an assignment or ++/-- in its function
 * (true when the function's body is unknown). */
bool parc_var_is_assigned(parc_var *v);

/* Pre-order walk over a statement tree, including statement expressions;
 * "fs" is called on statements, "fe" on expressions (either may be NULL). */
typedef void (*parc_stmt_fn)(parc_stmt *s, void *ctx);
typedef void (*parc_expr_fn)(parc_expr *e, void *ctx);
void parc_walk_stmt(parc_stmt *s, parc_stmt_fn fs, parc_expr_fn fe, void *ctx);
void parc_walk_expr(parc_expr *e, parc_stmt_fn fs, parc_expr_fn fe, void *ctx);

/* Debug dump of the IR (parc --dump-ir). */
void parc_ir_print(FILE *out, parc_program *p);

#endif
