/* control.h - the user's say over loops: #pragma parc and spec files. */
#ifndef PARC_CONTROL_H
#define PARC_CONTROL_H

#include "parc/ir.h"
#include "parc/util.h"

/* Reads "#pragma parc label(x) | independent | serial" into the loops they
 * precede; warns on "diag" about misplaced or unknown ones. */
void parc_control_pragmas(parc_program *p, FILE *diag);

typedef struct parc_spec parc_spec;
/* Loads a spec file; NULL after printing the error (with its position). */
__parc_give parc_spec *parc_spec_load(const char *path, FILE *diag);
void parc_spec_free(__parc_take parc_spec *s);
/* Applies the spec's choices to the loops of "p" (keep the spec alive as
 * long as "p": choices point into it).  Errors for keys that name no loop. */
parc_status parc_spec_apply(__parc_keep const parc_spec *s, parc_program *p, FILE *diag);

#endif
