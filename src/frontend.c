/* frontend.c - libclang -> parc IR.
 *
 * This is the only file that includes clang-c headers.  It parses the main
 * file (without -fopenmp, so existing OpenMP pragmas stay invisible to
 * clang and loops under them remain ordinary statements), checks clang's
 * diagnostics, then walks the cursors of every function defined in the main
 * file and copies what the analyses need into arena-allocated IR nodes.
 *
 * The C API has gaps that are filled from tokens and offsets:
 *  - a for statement's missing header parts are skipped, not null: the
 *    top-level ';' tokens of the header tell which child is which;
 *  - implicit casts appear as unexposed expressions with one child and are
 *    made transparent;
 *  - macro-expanded nodes are located at their expansion site, and marked
 *    "in_macro" so that the rewriter never edits inside an expansion. */
#include "parc/frontend.h"

#include <clang-c/CXCompilationDatabase.h>
#include <clang-c/Index.h>
#include <stdlib.h>
#include <string.h>

/* Maps a canonical declaration cursor to the IR variable made for it. */
typedef struct var_slot {
	CXCursor decl;
	parc_var *var;
} var_slot;

typedef struct fe {
	parc_program *p;
	CXTranslationUnit tu;
	CXFile main_file;
	parc_func *func;       /* function being converted */
	parc_loop *loop;       /* innermost enclosing loop */
	const char *cur_file;  /* last presumed file name seen */
	var_slot *slots;
	unsigned nslots, used;
	bool extents;          /* fill parc_expr.xoff/xend */
} fe;

static parc_stmt *conv_stmt(fe *f, CXCursor c);
static parc_expr *conv_expr(fe *f, CXCursor c);

/* ---------------------------------------------------------------- helpers */

/* Copies a CXString into the arena and disposes of it at once. */
static const char *take_string(fe *f, CXString s)
{
	const char *c = clang_getCString(s);
	const char *r = parc_arena_strdup(f->p->arena, c ? c : "");
	clang_disposeString(s);
	return r;
}

typedef struct kids {
	CXCursor *c;
	int n, cap;
} kids;

static enum CXChildVisitResult collect(CXCursor c, CXCursor parent, CXClientData d)
{
	(void)parent;
	kids *k = d;
	if (k->n == k->cap) {
		k->cap = k->cap ? 2 * k->cap : 8;
		k->c = parc_xrealloc(k->c, (size_t)k->cap * sizeof(CXCursor));
	}
	k->c[k->n++] = c;
	return CXChildVisit_Continue;
}

/* The direct children of "c"; the caller frees "k.c". */
static kids children(CXCursor c)
{
	kids k = { NULL, 0, 0 };
	clang_visitChildren(c, collect, &k);
	return k;
}

/* Expansion location of "l": the place in the main file a user would edit. */
static void exp_loc(fe *f, CXSourceLocation l, int *off, bool *in_main)
{
	CXFile file;
	unsigned line, col, o;
	clang_getExpansionLocation(l, &file, &line, &col, &o);
	*off = (int)o;
	*in_main = file && clang_File_isEqual(file, f->main_file);
}

static bool loc_in_macro(CXSourceLocation l)
{
	CXFile f1, f2;
	unsigned o1, o2;
	clang_getExpansionLocation(l, &f1, NULL, NULL, &o1);
	clang_getSpellingLocation(l, &f2, NULL, NULL, &o2);
	return o1 != o2 || !clang_File_isEqual(f1, f2);
}

static parc_loc make_loc(fe *f, CXCursor c)
{
	parc_loc loc = { 0 };
	CXSourceRange r = clang_getCursorExtent(c);
	CXSourceLocation s = clang_getRangeStart(r);
	CXSourceLocation e = clang_getRangeEnd(r);
	bool end_main;
	exp_loc(f, s, &loc.off, &loc.in_main);
	exp_loc(f, e, &loc.end, &end_main);
	loc.in_macro = loc_in_macro(s);
	if (loc.end < loc.off || !end_main)
		loc.end = loc.off;
	/* Presumed locations honour #line, as users expect. */
	CXString name;
	unsigned line, col;
	clang_getPresumedLocation(s, &name, &line, &col);
	clang_disposeString(name);
	loc.line = (int)line;
	loc.col = (int)col;
	return loc;
}

/* Location of an expression: its cursor location (an operator's own
 * position, a name's start).  clang_getCursorExtent walks down to the
 * leftmost operand, which makes it linear in the nesting depth and the
 * whole conversion quadratic on long operator chains; expressions do not
 * need their extent. */
static parc_loc make_expr_loc(fe *f, CXCursor c)
{
	parc_loc loc = { 0 };
	CXSourceLocation s = clang_getCursorLocation(c);
	exp_loc(f, s, &loc.off, &loc.in_main);
	loc.end = loc.off;
	loc.in_macro = loc_in_macro(s);
	CXString name;
	unsigned line, col;
	clang_getPresumedLocation(s, &name, &line, &col);
	clang_disposeString(name);
	loc.line = (int)line;
	loc.col = (int)col;
	return loc;
}

/* ---------------------------------------------------------------- types */

static parc_type *conv_type(fe *f, CXType t, int depth);

static void type_quals(parc_type *ty, CXType t)
{
	ty->is_volatile |= clang_isVolatileQualifiedType(t) != 0;
	ty->is_restrict |= clang_isRestrictQualifiedType(t) != 0;
}

static parc_type_class record_class(CXType t)
{
	CXCursor d = clang_getTypeDeclaration(t);
	return d.kind == CXCursor_UnionDecl ? PARC_TY_UNION : PARC_TY_STRUCT;
}

static void int_class(parc_type *ty, enum CXTypeKind k)
{
	ty->cls = PARC_TY_INT;
	ty->is_unsigned = k == CXType_Bool || k == CXType_Char_U ||
		k == CXType_UChar || k == CXType_UShort || k == CXType_UInt ||
		k == CXType_ULong || k == CXType_ULongLong || k == CXType_UInt128;
	ty->is_bool = k == CXType_Bool;
	ty->is_char = k == CXType_Char_U || k == CXType_UChar ||
		k == CXType_Char_S || k == CXType_SChar;
}

/* The canonical spelling of an arithmetic type, as C and C++ both spell
 * it (the CUDA backend declares kernel parameters with it). */
static const char *canon_spelling(enum CXTypeKind k)
{
	switch (k) {
	case CXType_Char_U: case CXType_Char_S: return "char";
	case CXType_UChar: return "unsigned char";
	case CXType_SChar: return "signed char";
	case CXType_UShort: return "unsigned short";
	case CXType_Short: return "short";
	case CXType_UInt: return "unsigned int";
	case CXType_Int: return "int";
	case CXType_ULong: return "unsigned long";
	case CXType_Long: return "long";
	case CXType_ULongLong: return "unsigned long long";
	case CXType_LongLong: return "long long";
	case CXType_Float: return "float";
	case CXType_Double: return "double";
	default: return NULL;
	}
}

/* "depth" bounds the recursion through pointee and element types. */
static parc_type *conv_type(fe *f, CXType t, int depth)
{
	parc_type *ty = parc_arena_alloc(f->p->arena, sizeof *ty);
	CXType ct = clang_getCanonicalType(t);
	type_quals(ty, t);
	type_quals(ty, ct);
	if (ct.kind == CXType_Atomic) {
		ty->is_atomic = true;
		ct = clang_getCanonicalType(clang_Type_getValueType(ct));
		type_quals(ty, ct);
	}
	/* clang_Type_getSizeOf crashes on some types (builtin functions'), so
	 * it is asked only about the kinds parc reasons about. */
	bool sized = (ct.kind >= CXType_Bool && ct.kind <= CXType_LongDouble) ||
		ct.kind == CXType_Pointer || ct.kind == CXType_Record ||
		ct.kind == CXType_Enum || ct.kind == CXType_ConstantArray;
	long long size = sized ? clang_Type_getSizeOf(ct) : -1;
	ty->size = size > 0 && size < (1LL << 30) ? (int)size : -1;
	ty->canon = canon_spelling(ct.kind);
	switch (ct.kind) {
	case CXType_Void: ty->cls = PARC_TY_VOID; break;
	case CXType_Bool: case CXType_Char_U: case CXType_UChar:
	case CXType_UShort: case CXType_UInt: case CXType_ULong:
	case CXType_ULongLong: case CXType_UInt128: case CXType_Char_S:
	case CXType_SChar: case CXType_WChar: case CXType_Short: case CXType_Int:
	case CXType_Long: case CXType_LongLong: case CXType_Int128:
	case CXType_Char16: case CXType_Char32: case CXType_Enum:
		int_class(ty, ct.kind);
		break;
	case CXType_Float: case CXType_Double: case CXType_LongDouble:
	case CXType_Float128: case CXType_Half: case CXType_Float16:
		ty->cls = PARC_TY_FLOAT;
		break;
	case CXType_Pointer:
		ty->cls = PARC_TY_PTR;
		if (depth < 4)
			ty->elem = conv_type(f, clang_getPointeeType(ct), depth + 1);
		break;
	case CXType_ConstantArray: case CXType_IncompleteArray:
	case CXType_VariableArray: case CXType_DependentSizedArray:
		ty->cls = PARC_TY_ARRAY;
		ty->vla = ct.kind == CXType_VariableArray;
		/* a[] and the old a[0] / a[1] trailing-member idioms run past
		 * their declared size. */
		ty->incomplete = ct.kind == CXType_IncompleteArray ||
			(ct.kind == CXType_ConstantArray && clang_getArraySize(ct) <= 1);
		if (depth < 8)
			ty->elem = conv_type(f, clang_getArrayElementType(ct), depth + 1);
		break;
	case CXType_Record: ty->cls = record_class(ct); break;
	case CXType_FunctionProto: case CXType_FunctionNoProto:
		ty->cls = PARC_TY_FUNC;
		break;
	default: ty->cls = PARC_TY_OTHER; break;
	}
	/* Variably modified: a VLA type, or a pointer to or array of one. */
	if (ty->elem && ty->elem->vla)
		ty->vla = true;
	return ty;
}

/* ---------------------------------------------------------------- vars */

static unsigned slot_hash(CXCursor c, unsigned n)
{
	return clang_hashCursor(c) & (n - 1);
}

static void slots_grow(fe *f)
{
	unsigned n = f->nslots ? 2 * f->nslots : 256;
	var_slot *s = parc_xcalloc(n, sizeof *s);
	for (unsigned i = 0; i < f->nslots; i++) {
		if (!f->slots[i].var)
			continue;
		unsigned h = slot_hash(f->slots[i].decl, n);
		while (s[h].var)
			h = (h + 1) & (n - 1);
		s[h] = f->slots[i];
	}
	free(f->slots);
	f->slots = s;
	f->nslots = n;
}

/* Finds or makes the variable for declaration cursor "d" (any redeclaration
 * of the same entity maps to the same variable). */
static parc_var *get_var(fe *f, CXCursor d)
{
	d = clang_getCanonicalCursor(d);
	if (2 * (f->used + 1) > f->nslots)
		slots_grow(f);
	unsigned h = slot_hash(d, f->nslots);
	for (; f->slots[h].var; h = (h + 1) & (f->nslots - 1))
		if (clang_equalCursors(f->slots[h].decl, d))
			return f->slots[h].var;
	parc_var *v = parc_arena_alloc(f->p->arena, sizeof *v);
	v->id = f->p->vars.len;
	v->name = take_string(f, clang_getCursorSpelling(d));
	v->type = conv_type(f, clang_getCursorType(d), 0);
	v->is_param = d.kind == CXCursor_ParmDecl;
	v->is_tls = d.kind == CXCursor_VarDecl && clang_getCursorTLSKind(d) != CXTLS_None;
	/* C adjusts array parameters (double a[n][m], a[N]) to pointers. */
	if (v->is_param && v->type->cls == PARC_TY_ARRAY) {
		parc_type *t = parc_arena_alloc(f->p->arena, sizeof *t);
		*t = *v->type;
		t->cls = PARC_TY_PTR;
		t->size = 8;
		v->type = t;
	}
	enum CX_StorageClass sc = clang_Cursor_getStorageClass(d);
	CXCursor sem = clang_getCursorSemanticParent(d);
	v->is_global = sc == CX_SC_Static || sc == CX_SC_Extern ||
		sem.kind == CXCursor_TranslationUnit;
	/* Static locals have static storage but belong to their function. */
	v->func = sem.kind == CXCursor_TranslationUnit || sc == CX_SC_Extern ? NULL : f->func;
	v->loc = make_loc(f, d);
	parc_vec_push(f->p->arena, &f->p->vars, v);
	f->slots[h].decl = d;
	f->slots[h].var = v;
	f->used++;
	return v;
}

/* ---------------------------------------------------------------- funcs */

static void func_attrs(parc_func *fn, CXCursor d)
{
	kids k = children(d);
	for (int i = 0; i < k.n; i++) {
		fn->attr_const |= k.c[i].kind == CXCursor_ConstAttr;
		fn->attr_pure |= k.c[i].kind == CXCursor_PureAttr;
	}
	free(k.c);
}

/* Finds or makes the function named by declaration cursor "d".  Attributes
 * may sit on any redeclaration, so the canonical one is checked too. */
static parc_func *get_func(fe *f, CXCursor d)
{
	const char *name = take_string(f, clang_getCursorSpelling(d));
	parc_func *fn = parc_program_find_func(f->p, name);
	if (fn)
		return fn;
	fn = parc_arena_alloc(f->p->arena, sizeof *fn);
	fn->name = name;
	/* Builtins have no source location, and libclang cannot walk their
	 * implicit declarations. */
	CXFile file;
	clang_getExpansionLocation(clang_getCursorLocation(d), &file, NULL, NULL, NULL);
	if (file) {
		fn->loc = make_loc(f, d);
		fn->is_variadic = clang_Cursor_isVariadic(d) != 0;
		func_attrs(fn, d);
		func_attrs(fn, clang_getCanonicalCursor(d));
	}
	parc_program_add_func(f->p, fn);
	return fn;
}

/* ---------------------------------------------------------------- exprs */

/* The bytes an expression spans, when both of its ends are written in the
 * main file itself (not produced by a macro), so that text may be put
 * around it. */
static void expr_extent(fe *f, parc_expr *e, CXCursor c)
{
	CXSourceRange r = clang_getCursorExtent(c);
	CXSourceLocation s = clang_getRangeStart(r), t = clang_getRangeEnd(r);
	bool m1, m2;
	int o1, o2;
	if (loc_in_macro(s) || loc_in_macro(t))
		return;
	exp_loc(f, s, &o1, &m1);
	exp_loc(f, t, &o2, &m2);
	if (m1 && m2 && o1 < o2) {
		e->xoff = o1;
		e->xend = o2;
	}
}

/* A node whose location is set by the caller from its first operand: for
 * nodes that start with an operand (a + b, a[i], f(x), a.x, c ? x : y,
 * i++), asking libclang costs a walk down the operand chain. */
static parc_expr *new_expr_at_operand(fe *f, parc_expr_kind k, CXCursor c)
{
	parc_expr *e = parc_arena_alloc(f->p->arena, sizeof *e);
	e->kind = k;
	e->type = conv_type(f, clang_getCursorType(c), 0);
	e->xoff = e->xend = -1;
	if (f->extents)
		expr_extent(f, e, c);
	return e;
}

static void loc_from_operand(fe *f, parc_expr *e, CXCursor c)
{
	if (e->a)
		e->loc = e->a->loc;
	else
		e->loc = make_expr_loc(f, c);
}

static parc_expr *new_expr(fe *f, parc_expr_kind k, CXCursor c)
{
	parc_expr *e = new_expr_at_operand(f, k, c);
	e->loc = make_expr_loc(f, c);
	return e;
}

static parc_op binop(enum CXBinaryOperatorKind k)
{
	switch (k) {
	case CXBinaryOperator_Mul: case CXBinaryOperator_MulAssign: return PARC_OP_MUL;
	case CXBinaryOperator_Div: case CXBinaryOperator_DivAssign: return PARC_OP_DIV;
	case CXBinaryOperator_Rem: case CXBinaryOperator_RemAssign: return PARC_OP_MOD;
	case CXBinaryOperator_Add: case CXBinaryOperator_AddAssign: return PARC_OP_ADD;
	case CXBinaryOperator_Sub: case CXBinaryOperator_SubAssign: return PARC_OP_SUB;
	case CXBinaryOperator_Shl: case CXBinaryOperator_ShlAssign: return PARC_OP_SHL;
	case CXBinaryOperator_Shr: case CXBinaryOperator_ShrAssign: return PARC_OP_SHR;
	case CXBinaryOperator_LT: return PARC_OP_LT;
	case CXBinaryOperator_GT: return PARC_OP_GT;
	case CXBinaryOperator_LE: return PARC_OP_LE;
	case CXBinaryOperator_GE: return PARC_OP_GE;
	case CXBinaryOperator_EQ: return PARC_OP_EQ;
	case CXBinaryOperator_NE: return PARC_OP_NE;
	case CXBinaryOperator_And: case CXBinaryOperator_AndAssign: return PARC_OP_BAND;
	case CXBinaryOperator_Xor: case CXBinaryOperator_XorAssign: return PARC_OP_BXOR;
	case CXBinaryOperator_Or: case CXBinaryOperator_OrAssign: return PARC_OP_BOR;
	case CXBinaryOperator_LAnd: return PARC_OP_LAND;
	case CXBinaryOperator_LOr: return PARC_OP_LOR;
	case CXBinaryOperator_Comma: return PARC_OP_COMMA;
	default: return PARC_OP_NONE;
	}
}

static parc_op unop(enum CXUnaryOperatorKind k)
{
	switch (k) {
	case CXUnaryOperator_PostInc: return PARC_OP_POST_INC;
	case CXUnaryOperator_PostDec: return PARC_OP_POST_DEC;
	case CXUnaryOperator_PreInc: return PARC_OP_PRE_INC;
	case CXUnaryOperator_PreDec: return PARC_OP_PRE_DEC;
	case CXUnaryOperator_AddrOf: return PARC_OP_ADDR;
	case CXUnaryOperator_Deref: return PARC_OP_DEREF;
	case CXUnaryOperator_Plus: return PARC_OP_PLUS;
	case CXUnaryOperator_Minus: return PARC_OP_NEG;
	case CXUnaryOperator_Not: return PARC_OP_BITNOT;
	case CXUnaryOperator_LNot: return PARC_OP_NOT;
	default: return PARC_OP_NONE;
	}
}

/* Integer constant folding for the operators affine analysis cares about;
 * anything that could overflow is simply left unfolded. */
static void fold(parc_expr *e)
{
	parc_expr *a = e->a, *b = e->b;
	if (e->kind == PARC_EXPR_CAST && a && a->is_const && e->type->cls == PARC_TY_INT) {
		e->is_const = true;
		e->ival = a->ival;
		return;
	}
	if (e->kind == PARC_EXPR_UNARY && a && a->is_const) {
		if (e->op == PARC_OP_NEG && a->ival > INT64_MIN)
			e->is_const = true, e->ival = -a->ival;
		else if (e->op == PARC_OP_PLUS)
			e->is_const = true, e->ival = a->ival;
		return;
	}
	if (e->kind != PARC_EXPR_BINARY || !a || !b || !a->is_const || !b->is_const)
		return;
	int64_t x = a->ival, y = b->ival, r;
	switch (e->op) {
	case PARC_OP_ADD: if (__builtin_add_overflow(x, y, &r)) return; break;
	case PARC_OP_SUB: if (__builtin_sub_overflow(x, y, &r)) return; break;
	case PARC_OP_MUL: if (__builtin_mul_overflow(x, y, &r)) return; break;
	case PARC_OP_DIV: if (y == 0 || (x == INT64_MIN && y == -1)) return; r = x / y; break;
	case PARC_OP_MOD: if (y == 0 || (x == INT64_MIN && y == -1)) return; r = x % y; break;
	case PARC_OP_SHL: if (x < 0 || y < 0 || y > 30 || x > (INT64_C(1) << 32)) return; r = x << y; break;
	default: return;
	}
	e->is_const = true;
	e->ival = r;
}

/* Whether two cursors start at the same spelled place: an implicit cast
 * starts where its operand does; va_arg(ap, int) starts at the builtin
 * spelled in <stdarg.h>, not at "ap". */
static bool same_start(CXCursor a, CXCursor b)
{
	CXFile fa, fb;
	unsigned oa, ob;
	clang_getSpellingLocation(clang_getRangeStart(clang_getCursorExtent(a)), &fa, NULL, NULL, &oa);
	clang_getSpellingLocation(clang_getRangeStart(clang_getCursorExtent(b)), &fb, NULL, NULL, &ob);
	return oa == ob && clang_File_isEqual(fa, fb);
}

/* Evaluates a literal-like cursor with clang; true if it is an integer. */
static bool eval_int(CXCursor c, int64_t *v)
{
	CXEvalResult r = clang_Cursor_Evaluate(c);
	if (!r)
		return false;
	bool ok = clang_EvalResult_getKind(r) == CXEval_Int;
	if (ok)
		*v = clang_EvalResult_getAsLongLong(r);
	clang_EvalResult_dispose(r);
	return ok;
}

static void conv_children_into(fe *f, kids *k, int from, parc_vec *out)
{
	for (int i = from; i < k->n; i++) {
		if (!clang_isExpression(k->c[i].kind))
			continue;
		parc_expr *x = conv_expr(f, k->c[i]);
		if (x)
			parc_vec_push(f->p->arena, out, x);
	}
}

static parc_expr *conv_declref(fe *f, CXCursor c)
{
	CXCursor d = clang_getCursorReferenced(c);
	parc_expr *e;
	switch (d.kind) {
	case CXCursor_VarDecl: case CXCursor_ParmDecl:
		e = new_expr(f, PARC_EXPR_VAR, c);
		e->var = get_var(f, d);
		if (e->var->is_param && e->type->cls == PARC_TY_ARRAY)
			e->type = e->var->type;
		return e;
	case CXCursor_FunctionDecl:
		e = new_expr(f, PARC_EXPR_FUNC, c);
		e->name = take_string(f, clang_getCursorSpelling(d));
		return e;
	case CXCursor_EnumConstantDecl:
		e = new_expr(f, PARC_EXPR_INT, c);
		e->is_const = true;
		e->ival = clang_getEnumConstantDeclValue(d);
		return e;
	default:
		return new_expr(f, PARC_EXPR_OTHER, c);
	}
}

static parc_expr *conv_member(fe *f, CXCursor c, kids *k)
{
	parc_expr *e = new_expr_at_operand(f, PARC_EXPR_MEMBER, c);
	e->name = take_string(f, clang_getCursorSpelling(c));
	CXCursor field = clang_getCursorReferenced(c);
	e->in_union = clang_getCursorSemanticParent(field).kind == CXCursor_UnionDecl;
	e->bitfield = clang_Cursor_isBitField(field);
	for (int i = 0; i < k->n && !e->a; i++)
		if (clang_isExpression(k->c[i].kind))
			e->a = conv_expr(f, k->c[i]);
	/* "->" iff the base is a pointer; implicit bases do not occur in C. */
	e->arrow = e->a && e->a->type->cls == PARC_TY_PTR;
	loc_from_operand(f, e, c);
	return e;
}

static parc_expr *conv_call(fe *f, CXCursor c, kids *k)
{
	parc_expr *e = new_expr_at_operand(f, PARC_EXPR_CALL, c);
	if (k->n > 0)
		e->a = conv_expr(f, k->c[0]);
	loc_from_operand(f, e, c);
	int n = clang_Cursor_getNumArguments(c);
	for (int i = 0; i < n; i++) {
		parc_expr *x = conv_expr(f, clang_Cursor_getArgument(c, (unsigned)i));
		parc_vec_push(f->p->arena, &e->args, x);
	}
	parc_expr *callee = parc_expr_skip_casts(e->a);
	CXCursor d = clang_getCursorReferenced(c);
	if (callee && callee->kind == PARC_EXPR_FUNC && d.kind == CXCursor_FunctionDecl) {
		e->name = callee->name;
		callee->is_callee = true;
		get_func(f, d);
	}
	return e;
}

/* Binary, compound-assignment and plain assignment operators. */
static parc_expr *conv_binary(fe *f, CXCursor c, kids *k)
{
	enum CXBinaryOperatorKind bk = clang_getCursorBinaryOperatorKind(c);
	bool assign = bk >= CXBinaryOperator_Assign && bk <= CXBinaryOperator_OrAssign;
	parc_expr *e = new_expr_at_operand(f, assign ? PARC_EXPR_ASSIGN : PARC_EXPR_BINARY, c);
	e->op = binop(bk);
	if (k->n >= 2) {
		e->a = conv_expr(f, k->c[0]);
		e->b = conv_expr(f, k->c[1]);
	}
	loc_from_operand(f, e, c);
	fold(e);
	return e;
}

static parc_expr *conv_unary(fe *f, CXCursor c, kids *k)
{
	parc_op op = unop(clang_getCursorUnaryOperatorKind(c));
	bool incdec = op == PARC_OP_PRE_INC || op == PARC_OP_PRE_DEC ||
		op == PARC_OP_POST_INC || op == PARC_OP_POST_DEC;
	bool postfix = op == PARC_OP_POST_INC || op == PARC_OP_POST_DEC;
	parc_expr_kind kind = incdec ? PARC_EXPR_INCDEC :
		op == PARC_OP_NONE ? PARC_EXPR_OTHER : PARC_EXPR_UNARY;
	parc_expr *e = postfix ? new_expr_at_operand(f, kind, c) : new_expr(f, kind, c);
	e->op = op;
	if (k->n >= 1)
		e->a = conv_expr(f, k->c[k->n - 1]);
	if (postfix)
		loc_from_operand(f, e, c);
	fold(e);
	return e;
}

/* The last expression child; casts also list a TypeRef child first. */
static parc_expr *last_expr_child(fe *f, kids *k)
{
	for (int i = k->n - 1; i >= 0; i--)
		if (clang_isExpression(k->c[i].kind))
			return conv_expr(f, k->c[i]);
	return NULL;
}

static parc_expr *conv_expr_kids(fe *f, CXCursor c, kids *k)
{
	parc_expr *e;
	switch (c.kind) {
	case CXCursor_IntegerLiteral: case CXCursor_CharacterLiteral:
		e = new_expr(f, PARC_EXPR_INT, c);
		e->is_const = eval_int(c, &e->ival);
		if (!e->is_const)
			e->kind = PARC_EXPR_FLOAT;
		return e;
	case CXCursor_FloatingLiteral: case CXCursor_ImaginaryLiteral:
		return new_expr(f, PARC_EXPR_FLOAT, c);
	case CXCursor_StringLiteral:
		return new_expr(f, PARC_EXPR_STR, c);
	case CXCursor_DeclRefExpr:
		return conv_declref(f, c);
	case CXCursor_ParenExpr:
		return k->n == 1 ? conv_expr(f, k->c[0]) : NULL;
	case CXCursor_UnexposedExpr:
		/* Implicit conversions: transparent.  Anything else libclang does
		 * not expose (va_arg, atomic builtins, ...) may write what it
		 * touches, so it is marked opaque. */
		if (k->n == 1 && clang_isExpression(k->c[0].kind) && same_start(c, k->c[0]))
			return conv_expr(f, k->c[0]);
		e = new_expr(f, PARC_EXPR_OTHER, c);
		e->opaque = true;
		conv_children_into(f, k, 0, &e->args);
		return e;
	case CXCursor_BinaryOperator: case CXCursor_CompoundAssignOperator:
		return conv_binary(f, c, k);
	case CXCursor_UnaryOperator:
		return conv_unary(f, c, k);
	case CXCursor_ArraySubscriptExpr:
		e = new_expr_at_operand(f, PARC_EXPR_INDEX, c);
		if (k->n == 2) {
			e->a = conv_expr(f, k->c[0]);
			e->b = conv_expr(f, k->c[1]);
		}
		loc_from_operand(f, e, c);
		return e;
	case CXCursor_MemberRefExpr:
		return conv_member(f, c, k);
	case CXCursor_CallExpr:
		return conv_call(f, c, k);
	case CXCursor_ConditionalOperator:
		e = new_expr_at_operand(f, PARC_EXPR_COND, c);
		if (k->n == 3) {
			e->a = conv_expr(f, k->c[0]);
			e->b = conv_expr(f, k->c[1]);
			e->c = conv_expr(f, k->c[2]);
		}
		loc_from_operand(f, e, c);
		return e;
	case CXCursor_CStyleCastExpr:
		e = new_expr(f, PARC_EXPR_CAST, c);
		e->a = last_expr_child(f, k);
		/* Spelled only for explicit casts, which remarks may name. */
		if (e->type && !e->type->spelling)
			e->type->spelling = take_string(f, clang_getTypeSpelling(clang_getCursorType(c)));
		fold(e);
		return e;
	case CXCursor_UnaryExpr:
		/* sizeof/_Alignof: the operand is not evaluated. */
		e = new_expr(f, PARC_EXPR_SIZEOF, c);
		e->is_const = eval_int(c, &e->ival);
		/* sizeof of a variable-length array evaluates its size. */
		if (!e->is_const)
			conv_children_into(f, k, 0, &e->args);
		return e;
	case CXCursor_StmtExpr:
		e = new_expr(f, PARC_EXPR_STMTEXPR, c);
		if (k->n == 1)
			e->stmt = conv_stmt(f, k->c[0]);
		return e;
	case CXCursor_InitListExpr:
		e = new_expr(f, PARC_EXPR_INIT, c);
		conv_children_into(f, k, 0, &e->args);
		return e;
	default:
		break;
	}
	/* Unknown expressions keep their children, so that the analyses still
	 * see every read, write and call inside them. */
	e = new_expr(f, PARC_EXPR_OTHER, c);
	conv_children_into(f, k, 0, &e->args);
	for (int i = 0; i < k->n; i++)
		if (clang_isStatement(k->c[i].kind) && k->c[i].kind != CXCursor_UnexposedStmt)
			e->stmt = conv_stmt(f, k->c[i]);
	return e;
}

static parc_expr *conv_expr(fe *f, CXCursor c)
{
	kids k = children(c);
	parc_expr *e = conv_expr_kids(f, c, &k);
	free(k.c);
	if (!e)
		e = new_expr(f, PARC_EXPR_OTHER, c);
	return e;
}

/* ---------------------------------------------------------------- stmts */

static parc_stmt *new_stmt(fe *f, parc_stmt_kind k, CXCursor c)
{
	parc_stmt *s = parc_arena_alloc(f->p->arena, sizeof *s);
	s->kind = k;
	s->loc = make_loc(f, c);
	if (s->loc.in_main && !s->loc.in_macro)
		parc_vec_push(f->p->arena, &f->p->stmt_spans, s);
	return s;
}

static parc_stmt *expr_stmt(fe *f, CXCursor c)
{
	parc_stmt *s = new_stmt(f, PARC_STMT_EXPR, c);
	s->expr = conv_expr(f, c);
	return s;
}

/* The size expressions of a variable-length array declaration ("char
 * t[n];") are evaluated where it is declared: they go into "s->expr". */
static void vla_sizes(fe *f, parc_stmt *s, CXCursor d, CXCursor init)
{
	kids k = children(d);
	for (int i = 0; i < k.n; i++) {
		if (!clang_isExpression(k.c[i].kind) ||
		    (!clang_Cursor_isNull(init) && clang_equalCursors(k.c[i], init)))
			continue;
		if (!s->expr)
			s->expr = new_expr(f, PARC_EXPR_OTHER, d);
		parc_vec_push(f->p->arena, &s->expr->args, conv_expr(f, k.c[i]));
	}
	free(k.c);
}

static parc_stmt *conv_decl(fe *f, CXCursor c, kids *k)
{
	parc_stmt *s = new_stmt(f, PARC_STMT_DECL, c);
	for (int i = 0; i < k->n; i++) {
		CXCursor d = k->c[i];
		if (d.kind == CXCursor_TypedefDecl &&
		    clang_getCanonicalType(clang_getTypedefDeclUnderlyingType(d)).kind ==
		    CXType_VariableArray) {
			/* typedef char row[n]; evaluates n: too rare to model. */
			parc_expr *o = new_expr(f, PARC_EXPR_OTHER, d);
			o->opaque = true;
			if (!s->expr)
				s->expr = new_expr(f, PARC_EXPR_OTHER, d);
			parc_vec_push(f->p->arena, &s->expr->args, o);
		}
		if (d.kind != CXCursor_VarDecl)
			continue;
		parc_var *v = get_var(f, d);
		CXCursor init = clang_Cursor_getVarDeclInitializer(d);
		parc_expr *x = clang_Cursor_isNull(init) ? NULL : conv_expr(f, init);
		parc_vec_push(f->p->arena, &s->decls, v);
		parc_vec_push(f->p->arena, &s->inits, x);
		vla_sizes(f, s, d, init);
	}
	return s;
}

/* Any cursor in statement position: a statement or an expression. */
static parc_stmt *conv_any(fe *f, CXCursor c)
{
	if (clang_isExpression(c.kind))
		return expr_stmt(f, c);
	return conv_stmt(f, c);
}

/* Byte offsets of the header's top-level ';' and closing ')' of a for
 * statement, from its tokens.  Returns false if the header is not all
 * spelled in the main file (it comes from a macro). */
static bool for_header(fe *f, CXCursor c, int *semi1, int *semi2, int *rparen)
{
	CXToken *toks;
	unsigned n;
	clang_tokenize(f->tu, clang_getCursorExtent(c), &toks, &n);
	int depth = 0, semis = 0;
	bool ok = false;
	for (unsigned i = 0; i < n; i++) {
		if (clang_getTokenKind(toks[i]) != CXToken_Punctuation)
			continue;
		CXString sp = clang_getTokenSpelling(f->tu, toks[i]);
		const char *t = clang_getCString(sp);
		unsigned off;
		clang_getFileLocation(clang_getTokenLocation(f->tu, toks[i]),
			NULL, NULL, NULL, &off);
		if (!strcmp(t, "(")) {
			depth++;
		} else if (!strcmp(t, ")")) {
			if (--depth == 0) {
				*rparen = (int)off;
				ok = semis == 2;
				clang_disposeString(sp);
				break;
			}
		} else if (!strcmp(t, ";") && depth == 1 && semis < 2) {
			*(semis++ == 0 ? semi1 : semi2) = (int)off;
		}
		clang_disposeString(sp);
	}
	clang_disposeTokens(f->tu, toks, n);
	return ok;
}

static int cursor_off(fe *f, CXCursor c)
{
	int off;
	bool in_main;
	exp_loc(f, clang_getRangeStart(clang_getCursorExtent(c)), &off, &in_main);
	return off;
}

/* Places the children of a for statement into init/cond/inc/body. */
static void for_parts(fe *f, parc_loop *l, CXCursor c, kids *k)
{
	int s1 = 0, s2 = 0, rp = 0;
	bool header = !l->header_in_macro && for_header(f, c, &s1, &s2, &rp);
	if (k->n == 0)
		return;
	if (!header && k->n != 4) {
		/* A macro made the header and parts are missing: keep everything
		 * but the body as an opaque init, so nothing goes unseen. */
		parc_stmt *blk = new_stmt(f, PARC_STMT_COMPOUND, c);
		for (int i = 0; i + 1 < k->n; i++)
			parc_vec_push(f->p->arena, &blk->body, conv_any(f, k->c[i]));
		l->init = blk;
		l->body = conv_any(f, k->c[k->n - 1]);
		return;
	}
	for (int i = 0; i < k->n; i++) {
		int off = cursor_off(f, k->c[i]);
		int part = header ? (off < s1 ? 0 : off < s2 ? 1 : off < rp ? 2 : 3) : i;
		if (i == k->n - 1)
			part = 3;
		if (part == 0)
			l->init = conv_any(f, k->c[i]);
		else if (part == 1)
			l->cond = conv_expr(f, k->c[i]);
		else if (part == 2)
			l->inc = conv_expr(f, k->c[i]);
		else
			l->body = conv_any(f, k->c[i]);
	}
}

/* Offset of the start of the line holding "off" if only blanks precede it
 * on that line, else -1. */
static int line_start_if_first(parc_program *p, int off)
{
	int i = off;
	while (i > 0 && p->src[i - 1] != '\n') {
		char ch = p->src[i - 1];
		if (ch != ' ' && ch != '\t')
			return -1;
		i--;
	}
	/* After a backslash-newline this line continues the previous one. */
	int j = i - 1;
	if (j > 0 && p->src[j - 1] == '\r')
		j--;
	if (j > 0 && p->src[j - 1] == '\\')
		return -1;
	return i;
}

/* Makes the loop node of loop statement "s" and makes it the current
 * loop; the caller restores "f->loop" when the loop's parts are done. */
/* The presumed file name at "c" (what #line made it), shared between
 * consecutive loops of the same file. */
static const char *presumed_file(fe *f, CXCursor c)
{
	CXString name;
	unsigned line, col;
	clang_getPresumedLocation(clang_getCursorLocation(c), &name, &line, &col);
	const char *n = clang_getCString(name);
	if (!f->cur_file || strcmp(f->cur_file, n ? n : ""))
		f->cur_file = parc_arena_strdup(f->p->arena, n ? n : "");
	clang_disposeString(name);
	return f->cur_file;
}

static parc_loop *open_loop(fe *f, parc_stmt *s, CXCursor c)
{
	parc_loop *l = parc_arena_alloc(f->p->arena, sizeof *l);
	l->loc = s->loc;
	l->stmt = s;
	l->func = f->func;
	l->func_index = f->func ? f->func->nloops++ : 0;
	l->parent = f->loop;
	l->depth = f->loop ? f->loop->depth + 1 : 0;
	l->header_in_macro = s->loc.in_macro || !s->loc.in_main;
	l->collapse = 1;
	l->line_start_off = l->header_in_macro ? -1 : line_start_if_first(f->p, s->loc.off);
	l->file = presumed_file(f, c);
	s->loop = l;
	parc_vec_push(f->p->arena, &f->p->loops, l);
	if (f->loop)
		parc_vec_push(f->p->arena, &f->loop->children, l);
	f->loop = l;
	return l;
}

static parc_stmt *conv_for(fe *f, CXCursor c, kids *k)
{
	parc_stmt *s = new_stmt(f, PARC_STMT_FOR, c);
	parc_loop *saved = f->loop;
	for_parts(f, open_loop(f, s, c), c, k);
	f->loop = saved;
	return s;
}

/* Statements made of sub-statements and expressions in a fixed order. */
static parc_stmt *conv_simple(fe *f, CXCursor c, kids *k, parc_stmt_kind kind)
{
	parc_stmt *s = new_stmt(f, kind, c);
	/* while and do loops are loops too: they are reported (as serial for
	 * now), and loops inside them are nested in them. */
	parc_loop *saved = f->loop;
	if (kind == PARC_STMT_WHILE || kind == PARC_STMT_DO)
		open_loop(f, s, c);
	switch (kind) {
	case PARC_STMT_IF:
		if (k->n >= 2) {
			s->expr = conv_expr(f, k->c[0]);
			s->then = conv_any(f, k->c[1]);
		}
		if (k->n >= 3)
			s->els = conv_any(f, k->c[2]);
		break;
	case PARC_STMT_WHILE: case PARC_STMT_SWITCH:
		if (k->n >= 2) {
			s->expr = conv_expr(f, k->c[k->n - 2]);
			s->then = conv_any(f, k->c[k->n - 1]);
		}
		break;
	case PARC_STMT_DO:
		if (k->n >= 2) {
			s->then = conv_any(f, k->c[0]);
			s->expr = conv_expr(f, k->c[1]);
		}
		break;
	case PARC_STMT_CASE: case PARC_STMT_LABEL:
		if (k->n >= 1)
			s->then = conv_any(f, k->c[k->n - 1]);
		if (kind == PARC_STMT_LABEL)
			s->name = take_string(f, clang_getCursorSpelling(c));
		break;
	case PARC_STMT_RETURN:
		if (k->n >= 1)
			s->expr = conv_expr(f, k->c[0]);
		break;
	default:
		break;
	}
	f->loop = saved;
	return s;
}

static void escape_var(parc_expr *e, void *ctx)
{
	(void)ctx;
	if (e->kind == PARC_EXPR_VAR)
		e->var->addr_taken = true;
}

static parc_stmt *conv_stmt_kids(fe *f, CXCursor c, kids *k)
{
	switch (c.kind) {
	case CXCursor_CompoundStmt: {
		parc_stmt *s = new_stmt(f, PARC_STMT_COMPOUND, c);
		for (int i = 0; i < k->n; i++)
			parc_vec_push(f->p->arena, &s->body, conv_any(f, k->c[i]));
		return s;
	}
	case CXCursor_DeclStmt: return conv_decl(f, c, k);
	case CXCursor_ForStmt: return conv_for(f, c, k);
	case CXCursor_IfStmt: return conv_simple(f, c, k, PARC_STMT_IF);
	case CXCursor_WhileStmt: return conv_simple(f, c, k, PARC_STMT_WHILE);
	case CXCursor_DoStmt: return conv_simple(f, c, k, PARC_STMT_DO);
	case CXCursor_SwitchStmt: return conv_simple(f, c, k, PARC_STMT_SWITCH);
	case CXCursor_CaseStmt: case CXCursor_DefaultStmt:
		return conv_simple(f, c, k, PARC_STMT_CASE);
	case CXCursor_LabelStmt: return conv_simple(f, c, k, PARC_STMT_LABEL);
	case CXCursor_ReturnStmt: return conv_simple(f, c, k, PARC_STMT_RETURN);
	case CXCursor_BreakStmt: return new_stmt(f, PARC_STMT_BREAK, c);
	case CXCursor_ContinueStmt: return new_stmt(f, PARC_STMT_CONTINUE, c);
	case CXCursor_GotoStmt: case CXCursor_IndirectGotoStmt:
		return new_stmt(f, PARC_STMT_GOTO, c);
	case CXCursor_NullStmt: return new_stmt(f, PARC_STMT_NULLSTMT, c);
	case CXCursor_GCCAsmStmt: case CXCursor_MSAsmStmt: {
		/* Operands may be outputs: every variable named in an asm
		 * statement counts as having its address taken. */
		parc_stmt *s = new_stmt(f, PARC_STMT_ASM, c);
		for (int i = 0; i < k->n; i++)
			if (clang_isExpression(k->c[i].kind))
				parc_walk_expr(conv_expr(f, k->c[i]), NULL, escape_var, NULL);
		return s;
	}
	default:
		break;
	}
	/* Unknown statements keep their children for the analyses. */
	parc_stmt *s = new_stmt(f, PARC_STMT_OTHER, c);
	for (int i = 0; i < k->n; i++)
		parc_vec_push(f->p->arena, &s->body, conv_any(f, k->c[i]));
	return s;
}

static parc_stmt *conv_stmt(fe *f, CXCursor c)
{
	if (clang_isExpression(c.kind))
		return expr_stmt(f, c);
	kids k = children(c);
	parc_stmt *s = conv_stmt_kids(f, c, &k);
	free(k.c);
	return s;
}

/* ---------------------------------------------------------------- top level */

static void conv_function(fe *f, CXCursor c)
{
	parc_func *fn = get_func(f, c);
	if (fn->body)
		return;
	fn->loc = make_loc(f, c);
	fn->is_static = clang_Cursor_getStorageClass(c) == CX_SC_Static;
	/* Declared first in a header: functions parc does not see (static
	 * inline ones in that header) may call it. */
	CXFile first;
	clang_getExpansionLocation(clang_getCursorLocation(clang_getCanonicalCursor(c)),
		&first, NULL, NULL, NULL);
	if (!first || !clang_File_isEqual(first, f->main_file))
		fn->addr_taken = true;
	f->func = fn;
	int n = clang_Cursor_getNumArguments(c);
	for (int i = 0; i < n; i++)
		parc_vec_push(f->p->arena, &fn->params,
			get_var(f, clang_Cursor_getArgument(c, (unsigned)i)));
	kids k = children(c);
	for (int i = 0; i < k.n; i++)
		if (k.c[i].kind == CXCursor_CompoundStmt)
			fn->body = conv_stmt(f, k.c[i]);
	free(k.c);
	f->func = NULL;
}

/* A file-scope variable; its initializer is kept because it may take the
 * address of a function ("void (*hook)(void) = f;"). */
static void conv_global(fe *f, CXCursor c)
{
	get_var(f, c);
	CXCursor init = clang_Cursor_getVarDeclInitializer(c);
	if (!clang_Cursor_isNull(init))
		parc_vec_push(f->p->arena, &f->p->global_inits, conv_expr(f, init));
}

static enum CXChildVisitResult visit_top(CXCursor c, CXCursor parent, CXClientData d)
{
	(void)parent;
	fe *f = d;
	CXSourceLocation l = clang_getCursorLocation(c);
	CXFile file;
	clang_getExpansionLocation(l, &file, NULL, NULL, NULL);
	if (!file || !clang_File_isEqual(file, f->main_file))
		return CXChildVisit_Continue;
	if (c.kind == CXCursor_FunctionDecl && clang_isCursorDefinition(c))
		conv_function(f, c);
	else if (c.kind == CXCursor_VarDecl)
		conv_global(f, c);
	return CXChildVisit_Continue;
}

/* Prints clang's errors; returns true if there was at least one. */
static bool report_errors(CXTranslationUnit tu, FILE *out)
{
	bool bad = false;
	unsigned n = clang_getNumDiagnostics(tu);
	for (unsigned i = 0; i < n; i++) {
		CXDiagnostic d = clang_getDiagnostic(tu, i);
		if (clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error) {
			CXString s = clang_formatDiagnostic(d,
				CXDiagnostic_DisplaySourceLocation | CXDiagnostic_DisplayColumn);
			if (out)
				fprintf(out, "%s\n", clang_getCString(s));
			clang_disposeString(s);
			bad = true;
		}
		clang_disposeDiagnostic(d);
	}
	return bad;
}

static CXTranslationUnit parse(CXIndex idx, const parc_frontend_opts *o, FILE *out)
{
	const char **argv = parc_xmalloc((size_t)(o->nargs + 4) * sizeof *argv);
	int argc = 0;
	argv[argc++] = "-xc";
	for (int i = 0; i < o->nargs; i++)
		argv[argc++] = o->args[i];
	struct CXUnsavedFile unsaved = { o->path, o->src, (unsigned long)o->src_len };
	CXTranslationUnit tu = NULL;
	enum CXErrorCode err = clang_parseTranslationUnit2(idx, o->path, argv, argc,
		&unsaved, 1, CXTranslationUnit_None, &tu);
	free(argv);
	if (err != CXError_Success) {
		if (out)
			fprintf(out, "%s: error: clang could not parse the file (code %d)\n",
			o->path, (int)err);
		return NULL;
	}
	if (report_errors(tu, out)) {
		clang_disposeTranslationUnit(tu);
		return NULL;
	}
	return tu;
}

/* The texts of the user headers the file includes (not system headers):
 * their directive macros and threadprivate lists matter to the file. */
typedef struct headers {
	parc_program *p;
	CXTranslationUnit tu;
	CXFile main_file;
	parc_vec texts;
} headers;

static void collect_header(CXFile file, CXSourceLocation *stack, unsigned depth,
	CXClientData data)
{
	(void)stack;
	(void)depth;
	headers *h = data;
	if (clang_File_isEqual(file, h->main_file))
		return;
	CXSourceLocation at = clang_getLocationForOffset(h->tu, file, 0);
	if (clang_Location_isInSystemHeader(at))
		return;
	size_t size = 0;
	const char *text = clang_getFileContents(h->tu, file, &size);
	if (text)
		parc_vec_push(h->p->arena, &h->texts, parc_arena_strndup(h->p->arena, text, size));
}

parc_program *parc_frontend_parse(const parc_frontend_opts *o)
{
	/* libclang parses on a helper thread with an 8 MiB stack unless told
	 * otherwise; deeply nested input overflows it.  Parse on the caller's
	 * thread, whose stack the driver makes large. */
	setenv("LIBCLANG_NOTHREADS", "1", 0);
	CXIndex idx = clang_createIndex(0, 0);
	CXTranslationUnit tu = parse(idx, o, o->diag);
	if (!tu) {
		clang_disposeIndex(idx);
		return NULL;
	}
	parc_program *p = parc_xcalloc(1, sizeof *p);
	p->arena = parc_arena_new();
	p->path = parc_arena_strdup(p->arena, o->path);
	p->src = o->src;
	p->src_len = o->src_len;
	for (int i = 0; i < o->nargs; i++)
		if (!strcmp(o->args[i], "-fno-strict-aliasing"))
			p->no_strict_aliasing = true;
	fe f = { .p = p, .tu = tu, .extents = o->extents };
	f.main_file = clang_getFile(tu, o->path);
	clang_visitChildren(clang_getTranslationUnitCursor(tu), visit_top, &f);
	free(f.slots);
	headers hs = { p, tu, f.main_file, { 0 } };
	clang_getInclusions(tu, collect_header, &hs);
	clang_disposeTranslationUnit(tu);
	clang_disposeIndex(idx);
	parc_frontend_scan_pragmas(p, (const char *const *)hs.texts.items, hs.texts.len);
	return p;
}

void parc_program_free(parc_program *p)
{
	if (!p)
		return;
	parc_arena_free(p->arena);
	free(p);
}

/* ---------------------------------------------------------- compile db */

static char *dup_cx(CXString s)
{
	const char *c = clang_getCString(s);
	char *r = parc_xstrdup(c ? c : "");
	clang_disposeString(s);
	return r;
}

static char *absolute(const char *dir, const char *file)
{
	if (file[0] == '/')
		return parc_xstrdup(file);
	parc_buf b;
	parc_buf_init(&b);
	parc_buf_printf(&b, "%s/%s", dir, file);
	return b.data;
}

/* Only the flags that shape what the parser sees are kept from a build's
 * command: other compilers' options (gcc's -fconserve-stack) would be
 * errors to clang.  Returns true for flags taking the next argument. */
static bool keep_arg(const char *a, bool *takes_next)
{
	static const char *sep[] = { "-I", "-D", "-U", "-include", "-isystem", "-iquote",
		"-idirafter", "-imacros", "-isysroot", "--sysroot", NULL };
	static const char *prefix[] = { "-I", "-D", "-U", "-std=", "-isystem", "-iquote",
		"-idirafter", "--sysroot=", "-m32", "-m64", "-funsigned-char", "-fsigned-char",
		"-ffreestanding", "-fno-builtin", "-nostdinc", "-fno-strict-aliasing",
		"-fgnu89-inline", "-ansi", NULL };
	*takes_next = false;
	for (int i = 0; sep[i]; i++)
		if (!strcmp(a, sep[i])) {
			*takes_next = true;
			return true;
		}
	for (int i = 0; prefix[i]; i++)
		if (!strncmp(a, prefix[i], strlen(prefix[i])))
			return true;
	return false;
}

/* Compiler arguments that do not affect parsing, or name outputs. */
static bool drop_arg(const char *a, bool *skip_next)
{
	static const char *with_value[] = { "-o", "-MF", "-MT", "-MQ", "-Xclang", NULL };
	for (int i = 0; with_value[i]; i++)
		if (!strcmp(a, with_value[i])) {
			*skip_next = true;
			return true;
		}
	return !strcmp(a, "-c") || !strcmp(a, "-MD") || !strcmp(a, "-MMD") ||
		!strcmp(a, "-M") || !strcmp(a, "-MM") || !strcmp(a, "-MP") ||
		!strncmp(a, "-o", 2) || !strcmp(a, "-fopenmp") || !strncmp(a, "-fopenmp=", 9);
}

static void compile_cmd(CXCompileCommand c, parc_compile_cmd *out)
{
	char *dir = dup_cx(clang_CompileCommand_getDirectory(c));
	char *file = dup_cx(clang_CompileCommand_getFilename(c));
	out->file = absolute(dir, file);
	unsigned n = clang_CompileCommand_getNumArgs(c);
	out->args = parc_xcalloc(n + 3, sizeof(char *));
	bool skip = false;
	for (unsigned i = 1; i < n; i++) {
		char *a = dup_cx(clang_CompileCommand_getArg(c, i));
		bool next = false;
		if (skip) {
			skip = false;
			free(a);
		} else if (!strcmp(a, file) || drop_arg(a, &skip)) {
			free(a);
		} else if (keep_arg(a, &next)) {
			out->args[out->nargs++] = a;
			if (next && i + 1 < n)
				out->args[out->nargs++] = dup_cx(clang_CompileCommand_getArg(c, ++i));
		} else {
			free(a);   /* not for the parser */
		}
	}
	out->args[out->nargs++] = parc_xstrdup("-working-directory");
	out->args[out->nargs++] = dir;
	free(file);
}

int parc_compdb_load(const char *build_dir, parc_compile_cmd **cmds, const char **why)
{
	CXCompilationDatabase_Error err;
	CXCompilationDatabase db = clang_CompilationDatabase_fromDirectory(build_dir, &err);
	*cmds = NULL;
	if (err != CXCompilationDatabase_NoError || !db) {
		*why = "cannot load compile_commands.json";
		return 0;
	}
	CXCompileCommands all = clang_CompilationDatabase_getAllCompileCommands(db);
	unsigned n = clang_CompileCommands_getSize(all);
	*cmds = parc_xcalloc(n + 1, sizeof **cmds);
	for (unsigned i = 0; i < n; i++)
		compile_cmd(clang_CompileCommands_getCommand(all, i), &(*cmds)[i]);
	clang_CompileCommands_dispose(all);
	clang_CompilationDatabase_dispose(db);
	if (n == 0)
		*why = "compile_commands.json has no entries";
	return (int)n;
}

void parc_compdb_free(parc_compile_cmd *cmds, int n)
{
	for (int i = 0; i < n; i++) {
		for (int k = 0; k < cmds[i].nargs; k++)
			free(cmds[i].args[k]);
		free(cmds[i].args);
		free(cmds[i].file);
	}
	free(cmds);
}
