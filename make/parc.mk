# parc.mk - GNU Make rules for parc, the auto-parallelizing C compiler.
#
# Include it, list objects as NAME.par.o, and link with PARC_LDFLAGS and
# PARC_LDLIBS:
#
#   include /usr/local/share/parc/parc.mk
#   prog: main.par.o util.par.o
#           $(CC) $(LDFLAGS) $(PARC_LDFLAGS) $^ $(PARC_LDLIBS) $(LDLIBS) -o $@
#
# NAME.par.c is made from NAME.c by parc, next to it (so #include "..."
# finds the same files), and starts with '#line 1 "NAME.c"', so that
# diagnostics, __FILE__ and assert() name the original file and lines.
# make's built-in %.o: %.c rule compiles it, with PARC_CFLAGS added.  The
# .par.c files are kept (.PRECIOUS) for inspection; delete them in 'clean'.
#
# (To parallelize a whole existing build without editing it, use
# 'make CC=parc-cc' instead; see parc-cc(1).)
#
# Variables (set them before or after the include, or on the command line):
#   PARC           the parc program                      (default: parc)
#   PARC_FLAGS     extra parc options, e.g. --remarks     (default: none)
#   PARC_CPPFLAGS  what parc's C parser gets: CPPFLAGS, and the -I, -D, -U,
#                  -std=, ... words of CFLAGS
#   PARC_CFLAGS    added to CFLAGS for NAME.par.o         (default: -fopenmp)
#   PARC_LDFLAGS   link flags for programs using them    (default: -fopenmp)
#   PARC_LDLIBS    libraries for them, after the objects: parc's runtime,
#                  which the clauses of parc's output call (default: the
#                  libparc_rt.a beside $(PARC), in its runtime/ (a build
#                  tree) or in its ../lib (installed); none found: empty,
#                  and only output that calls parc_rt fails to link)
#   PARC_FALLBACK  1: when parc fails on a file, warn and compile the file
#                  unchanged instead of stopping the build (default: empty)
#   PARC_TARGET    openmp (default) or cuda: parc also writes NAME.par.cu,
#                  CUDA kernels, which nvcc compiles into NAME.par.cu.o;
#                  parc_objects lists those objects too, and PARC_LDLIBS
#                  adds libparc_rt_cuda.a and the CUDA runtime.  Without
#                  nvcc, libparc_rt_cuda.a (beside libparc_rt.a) or
#                  parc_rt_cuda.h (PREFIX/include), a warning says so and
#                  only the CPU path is built
#   NVCC           nvcc (default: nvcc on PATH)
#   PARC_CUDA_ARCH nvcc's architecture flags (default: sm_80 and sm_90)
#   PARC_NVCCFLAGS nvcc's flags for NAME.par.cu.o (default: -fmad=false,
#                  so that the GPU computes what the CPU does, -fPIC, the
#                  architectures, -I of parc_rt_cuda.h)
#
# parc_objects turns a list of sources into their .par.o objects:
#   OBJS := $(call parc_objects,$(SRCS))

PARC ?= parc
PARC_FLAGS ?=
PARC_CFLAGS ?= -fopenmp
PARC_BINDIR = $(dir $(shell command -v $(PARC) 2>/dev/null))
PARC_RT_A = $(firstword $(wildcard $(PARC_BINDIR)libparc_rt.a $(PARC_BINDIR)runtime/libparc_rt.a \
	$(PARC_BINDIR)../lib/libparc_rt.a $(PARC_BINDIR)../lib/*/libparc_rt.a))
# parc's output references parc_rt weakly: name its symbols undefined so
# that the archive's members are linked in.
PARC_COMMA := ,
PARC_LDLIBS ?= $(if $(PARC_RT_A),$(foreach s,parc_rt_worth parc_rt_chunk parc_rt_static_chunk,\
	-Wl$(PARC_COMMA)-u$(PARC_COMMA)$(s)) $(PARC_RT_A)) $(PARC_CUDA_LDLIBS)
PARC_LDFLAGS ?= -fopenmp
PARC_FALLBACK ?=

# CFLAGS words that change how parc's parser sees the code.
PARC_CFLAGS_FOR_PARSER = -I% -D% -U% -std=% -ansi -m32 -m64 -mx32 -march=% \
	-funsigned-char -fsigned-char -fwrapv -fno-strict-aliasing -pthread
PARC_CPPFLAGS ?= $(CPPFLAGS) $(filter $(PARC_CFLAGS_FOR_PARSER),$(CFLAGS))

parc_objects = $(patsubst %.c,%.par.o,$(filter %.c,$(1))) \
	$(if $(PARC_CUDA_ON),$(patsubst %.c,%.par.cu.o,$(filter %.c,$(1))))

# PARC_TARGET=cuda: the tools it needs, found once.
PARC_TARGET ?= openmp
NVCC ?= nvcc
ifeq ($(PARC_TARGET),cuda)
PARC_NVCC := $(shell command -v $(NVCC) 2>/dev/null)
PARC_RT_CUDA_A := $(firstword $(wildcard $(PARC_BINDIR)libparc_rt_cuda.a \
	$(PARC_BINDIR)runtime/libparc_rt_cuda.a $(PARC_BINDIR)../lib/libparc_rt_cuda.a \
	$(PARC_BINDIR)../lib/*/libparc_rt_cuda.a))
PARC_RT_INCLUDE := $(patsubst %/parc_rt_cuda.h,%,$(firstword $(wildcard \
	$(PARC_BINDIR)../include/parc_rt_cuda.h $(PARC_BINDIR)../runtime/include/parc_rt_cuda.h)))
PARC_CUDA_MISSING := $(if $(PARC_NVCC),$(if $(PARC_RT_CUDA_A),$(if $(PARC_RT_INCLUDE),,\
	no parc_rt_cuda.h),no libparc_rt_cuda.a),no nvcc)
ifeq ($(PARC_CUDA_MISSING),)
PARC_CUDA_ON := 1
else
$(warning parc.mk: warning: $(PARC_CUDA_MISSING): building the CPU path only)
endif
endif
# The CUDA runtime lies in TOOLKIT/lib64 for TOOLKIT/bin/nvcc.
PARC_CUDA_LIBDIR = $(abspath $(dir $(realpath $(PARC_NVCC)))../lib64)
PARC_CUDA_ARCH ?= -gencode arch=compute_80,code=sm_80 -gencode arch=compute_90,code=sm_90
PARC_NVCCFLAGS ?= -fmad=false -Xcompiler=-fPIC $(PARC_CUDA_ARCH) -I$(PARC_RT_INCLUDE)
# parc_cuda_use is referenced weakly, as parc_rt's symbols are.
PARC_CUDA_LDLIBS = $(if $(PARC_CUDA_ON),-Wl$(PARC_COMMA)-u$(PARC_COMMA)parc_cuda_use \
	$(PARC_RT_CUDA_A) -L$(PARC_CUDA_LIBDIR) -Wl$(PARC_COMMA)-rpath$(PARC_COMMA)$(PARC_CUDA_LIBDIR) \
	-lcudart -lstdc++)

# The transformed file: a #line naming the original, then parc's output.
# It is written to a temporary name and renamed, so that a failed run
# leaves no half-written file behind.  A parc given as a path is a
# prerequisite, so that a new parc redoes the files.
# With PARC_TARGET=cuda, parc writes NAME.par.cu too (none when it fails:
# the original calls no kernel).
%.par.c: %.c $(wildcard $(PARC))
	@{ printf '#line 1 "%s"\n' '$<' && \
	  $(PARC) $(PARC_FLAGS) $(if $(PARC_CUDA_ON),--target=cuda --cuda-out=$*.par.cu) \
	    $< -o - -- $(PARC_CPPFLAGS); } > $@.tmp || \
	{ if [ "$(PARC_FALLBACK)" = 1 ]; then \
	    echo "parc.mk: warning: parc failed on $<; compiling it unchanged" >&2; \
	    { printf '#line 1 "%s"\n' '$<' && cat $<; } > $@.tmp; \
	    $(if $(PARC_CUDA_ON),echo '/* parc failed: no kernels */' > $*.par.cu;) \
	  else rm -f $@.tmp; exit 1; fi; }
	@mv -f $@.tmp $@
	@echo "parc $< -> $@"

# The kernels, made with NAME.par.c; the user's -I, -D and -U, for the
# macros the kernels keep.
%.par.cu: %.par.c ;
%.par.cu.o: %.par.cu
	$(PARC_NVCC) $(PARC_NVCCFLAGS) $(filter -I% -D% -U%,$(PARC_CPPFLAGS)) -c $< -o $@

%.par.o: CFLAGS += $(PARC_CFLAGS)

.PRECIOUS: %.par.c %.par.cu
