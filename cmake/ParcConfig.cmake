# ParcConfig.cmake - the CMake package of parc, the auto-parallelizing C
# compiler.
#
#   find_package(Parc 0.1 REQUIRED)
#   add_executable(app main.c util.c)
#   parc_parallelize(app)
#
# parc_parallelize(<target> [TARGET openmp|cuda] [STRICT] [FLAGS <parc options>...])
#
#   Runs parc on every C source of <target> at build time, with the
#   target's include directories, compile definitions, -D/-U/-I/-std=
#   compile options and C standard, and compiles the parallelized files
#   instead of the originals; links OpenMP (and Parc::parc_rt when it is
#   installed).  A source is transformed again only when it, a header it
#   includes, or parc changes.  The transformed files are
#   <target's binary dir>/parc/<target>/<path of the source>; each starts
#   with '#line 1 "<original>"', so that diagnostics, __FILE__ and assert()
#   name the original file and lines.
#
#   TARGET  openmp (default), or cuda: parc also writes a .cu file of
#           CUDA kernels beside each transformed file (<...>.cu).  When the
#           project has CUDA enabled (enable_language(CUDA)) and
#           Parc::parc_rt_cuda is found, the .cu files are compiled
#           (-fmad=false, so that the GPU computes what the CPU does) and
#           the target links Parc::parc_rt_cuda and CUDA::cudart: the
#           program runs its offloaded loops on a GPU when one is there and
#           worth it.  Otherwise a message says that only the CPU path is
#           built (the C files link without the kernels).
#   STRICT  fail the build when parc fails on a file; without it (and
#           without PARC_STRICT set to ON) the file is compiled unchanged,
#           after a warning.
#   FLAGS   extra parc options, e.g. --remarks.
#
#   Call it in the directory that creates <target>, after its sources are
#   added.  Sources added later, or named by generator expressions, are
#   compiled unchanged.
#
# Also defined:
#   PARC_EXECUTABLE     parc (cache variable: set it to use another parc)
#   PARC_CC_EXECUTABLE  parc-cc, when found: -DCMAKE_C_COMPILER_LAUNCHER=...
#   PARC_VERSION        the package version
#   Parc::parc          imported executable
#   Parc::parc_rt       the runtime library, when installed
#   Parc::parc_rt_cuda  its CUDA side (libparc_rt_cuda.a), when installed
#                       (built where parc was built with a CUDA compiler)
#
# Layouts: installed, this file is PREFIX/lib/cmake/Parc/ParcConfig.cmake
# and parc is PREFIX/bin/parc.  In a source tree (Parc_DIR=<parc>/cmake),
# parc is looked for in <parc>/build, then on PATH; set PARC_EXECUTABLE to
# use another build directory.
cmake_policy(PUSH)
cmake_policy(VERSION 3.20)

include("${CMAKE_CURRENT_LIST_DIR}/ParcConfigVersion.cmake")
set(PARC_VERSION "${PACKAGE_VERSION}")
unset(PACKAGE_VERSION)
unset(PACKAGE_VERSION_COMPATIBLE)
unset(PACKAGE_VERSION_EXACT)

get_filename_component(_parc_prefix "${CMAKE_CURRENT_LIST_DIR}/../../.." ABSOLUTE)
find_program(PARC_EXECUTABLE NAMES parc
  HINTS "${_parc_prefix}/bin" "${CMAKE_CURRENT_LIST_DIR}/../build"
  DOC "parc, the auto-parallelizing C compiler")
get_filename_component(_parc_bin "${PARC_EXECUTABLE}" DIRECTORY)
find_program(PARC_CC_EXECUTABLE NAMES parc-cc
  HINTS "${_parc_bin}" "${_parc_prefix}/bin" "${CMAKE_CURRENT_LIST_DIR}/../build"
  DOC "parc-cc, the compiler wrapper that runs parc")
# The runtime (optional): installed beside parc, or in a build tree's
# runtime/ directory.
find_library(PARC_RT_LIBRARY NAMES libparc_rt.a parc_rt
  HINTS "${_parc_prefix}/lib/${CMAKE_LIBRARY_ARCHITECTURE}" "${_parc_prefix}/lib"
    "${_parc_prefix}/lib64" "${_parc_bin}/runtime" "${_parc_bin}" NO_DEFAULT_PATH)
find_path(PARC_RT_INCLUDE_DIR parc_rt.h
  HINTS "${_parc_prefix}/include" "${CMAKE_CURRENT_LIST_DIR}/../runtime/include"
  NO_DEFAULT_PATH)
find_library(PARC_RT_CUDA_LIBRARY NAMES libparc_rt_cuda.a parc_rt_cuda
  HINTS "${_parc_prefix}/lib/${CMAKE_LIBRARY_ARCHITECTURE}" "${_parc_prefix}/lib"
    "${_parc_prefix}/lib64" "${_parc_bin}/runtime" "${_parc_bin}" NO_DEFAULT_PATH)
mark_as_advanced(PARC_EXECUTABLE PARC_CC_EXECUTABLE PARC_RT_LIBRARY PARC_RT_INCLUDE_DIR
  PARC_RT_CUDA_LIBRARY)
set(_PARC_TRANSFORM_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/ParcTransform.cmake")

if(NOT PARC_EXECUTABLE)
  set(Parc_FOUND FALSE)
  set(Parc_NOT_FOUND_MESSAGE
    "parc was not found; set PARC_EXECUTABLE to the parc program")
  cmake_policy(POP)
  return()
endif()

if(NOT TARGET Parc::parc)
  add_executable(Parc::parc IMPORTED)
  set_target_properties(Parc::parc PROPERTIES IMPORTED_LOCATION "${PARC_EXECUTABLE}")
endif()
if(PARC_RT_LIBRARY AND NOT TARGET Parc::parc_rt)
  add_library(Parc::parc_rt UNKNOWN IMPORTED)
  # parc's output references parc_rt weakly: name its symbols undefined so
  # that a static library's members are linked in.
  set_target_properties(Parc::parc_rt PROPERTIES IMPORTED_LOCATION "${PARC_RT_LIBRARY}"
    INTERFACE_LINK_OPTIONS "-Wl,-u,parc_rt_worth;-Wl,-u,parc_rt_chunk;-Wl,-u,parc_rt_static_chunk")
  if(PARC_RT_INCLUDE_DIR)
    set_target_properties(Parc::parc_rt PROPERTIES
      INTERFACE_INCLUDE_DIRECTORIES "${PARC_RT_INCLUDE_DIR}")
  endif()
endif()

# parc --target=cuda output references parc_cuda_use weakly, as the C side
# of parc_rt: name it undefined so that the archive's member is linked in.
# The library is C++ underneath (nvcc): a program linked by the C compiler
# needs libstdc++.  CUDA::cudart is added by parc_parallelize, once CUDA
# is known to be enabled.
if(PARC_RT_CUDA_LIBRARY AND PARC_RT_INCLUDE_DIR AND NOT TARGET Parc::parc_rt_cuda)
  add_library(Parc::parc_rt_cuda STATIC IMPORTED)
  set_target_properties(Parc::parc_rt_cuda PROPERTIES
    IMPORTED_LOCATION "${PARC_RT_CUDA_LIBRARY}"
    INTERFACE_LINK_OPTIONS "-Wl,-u,parc_cuda_use"
    INTERFACE_LINK_LIBRARIES "$<$<PLATFORM_ID:Linux>:stdc++>"
    INTERFACE_INCLUDE_DIRECTORIES "${PARC_RT_INCLUDE_DIR}")
endif()

# The parser flags of target "tgt" as generator expressions, one list
# element per argument ($<SEMICOLON> so that they expand at build time).
function(_parc_target_flags tgt out)
  set(inc "$<TARGET_PROPERTY:${tgt},INCLUDE_DIRECTORIES>")
  set(def "$<TARGET_PROPERTY:${tgt},COMPILE_DEFINITIONS>")
  set(opt "$<TARGET_PROPERTY:${tgt},COMPILE_OPTIONS>")
  set(std "$<TARGET_PROPERTY:${tgt},C_STANDARD>")
  set(ext "$<TARGET_PROPERTY:${tgt},C_EXTENSIONS>")
  # C_EXTENSIONS unset means ON, as for the compiler.
  set(gnu "$<OR:$<STREQUAL:${ext},>,$<BOOL:${ext}>>")
  set(${out}
    "$<$<BOOL:${inc}>:-I$<JOIN:${inc},$<SEMICOLON>-I>>"
    "$<$<BOOL:${def}>:-D$<JOIN:${def},$<SEMICOLON>-D>>"
    "$<FILTER:${opt},INCLUDE,^(-[DUI].|-std=)>"
    "$<$<BOOL:${std}>:-std=$<IF:${gnu},gnu,c>${std}>"
    PARENT_SCOPE)
endfunction()

# The flags a source file adds to its target's (source properties).
function(_parc_source_flags src out)
  set(flags "")
  get_source_file_property(defs "${src}" COMPILE_DEFINITIONS)
  get_source_file_property(incs "${src}" INCLUDE_DIRECTORIES)
  if(defs)
    foreach(d IN LISTS defs)
      list(APPEND flags "-D${d}")
    endforeach()
  endif()
  if(incs)
    foreach(i IN LISTS incs)
      list(APPEND flags "-I${i}")
    endforeach()
  endif()
  set(${out} "${flags}" PARENT_SCOPE)
endfunction()

# Copies the compile properties of source "src" to "gen", and makes the
# directory of "src" the first one searched for #include "...".
function(_parc_copy_source_properties src gen)
  get_filename_component(dir "${src}" DIRECTORY)
  set(opts "")
  if(CMAKE_C_COMPILER_ID MATCHES "GNU|Clang|Intel")
    list(APPEND opts "-iquote" "${dir}")
  else()
    set_property(SOURCE "${gen}" APPEND PROPERTY INCLUDE_DIRECTORIES "${dir}")
  endif()
  foreach(p COMPILE_OPTIONS COMPILE_DEFINITIONS INCLUDE_DIRECTORIES)
    get_source_file_property(v "${src}" ${p})
    if(v)
      set_property(SOURCE "${gen}" APPEND PROPERTY ${p} "${v}")
    endif()
  endforeach()
  set_property(SOURCE "${gen}" APPEND PROPERTY COMPILE_OPTIONS "${opts}")
endfunction()

# Where the transformed copy of "abs" (a source of "tgt") goes.
function(_parc_output_path tgt abs ext out)
  get_target_property(srcdir ${tgt} SOURCE_DIR)
  file(RELATIVE_PATH rel "${srcdir}" "${abs}")
  string(REPLACE "../" "__/" rel "${rel}")
  get_filename_component(dir "${rel}" DIRECTORY)
  get_filename_component(name "${rel}" NAME_WE)
  if(dir)
    set(dir "${dir}/")
  endif()
  set(${out} "${CMAKE_CURRENT_BINARY_DIR}/parc/${tgt}/${dir}${name}${ext}" PARENT_SCOPE)
endfunction()

# The rule that makes "gen" (and, when "cu" is not empty, the kernels "cu")
# from "abs" with parc.  parc's own options go to the script as
# "parc:OPTION" words (a list would be split apart by COMMAND_EXPAND_LISTS).
function(_parc_add_rule tgt abs gen cu flags parc_flags strict)
  _parc_source_flags("${abs}" src_flags)
  list(TRANSFORM parc_flags PREPEND "parc:")
  file(RELATIVE_PATH shown "${CMAKE_BINARY_DIR}" "${gen}")
  set(depends DEPENDS "${abs}" "${PARC_EXECUTABLE}" "${_PARC_TRANSFORM_SCRIPT}")
  if(CMAKE_C_COMPILER_ID MATCHES "GNU|Clang|Intel")
    # Headers: the script has the compiler list them, so that a changed
    # header (a macro, a function made impure) redoes the file.
    list(APPEND depends DEPFILE "${gen}.d")
    set(cc "${CMAKE_C_COMPILER}")
  else()
    list(APPEND depends IMPLICIT_DEPENDS C "${abs}")
    set(cc "")
  endif()
  add_custom_command(OUTPUT "${gen}" ${cu}
    COMMAND "${CMAKE_COMMAND}" "-DPARC=${PARC_EXECUTABLE}" "-DIN=${abs}" "-DOUT=${gen}"
      "-DSTRICT=${strict}" "-DCC=${cc}" "-DCUDA_OUT=${cu}"
      -P "${_PARC_TRANSFORM_SCRIPT}" -- ${parc_flags} ${flags} ${src_flags}
    ${depends}
    COMMENT "parc ${shown}"
    COMMAND_EXPAND_LISTS VERBATIM)
endfunction()

# OpenMP (and the parc runtime) for "tgt", through its LINK_LIBRARIES so
# that either target_link_libraries signature may be used on it.
function(_parc_link_openmp tgt)
  if(NOT TARGET OpenMP::OpenMP_C)
    find_package(OpenMP COMPONENTS C)
  endif()
  if(NOT TARGET OpenMP::OpenMP_C)
    message(FATAL_ERROR "parc_parallelize(${tgt}): OpenMP for C was not found "
      "(for clang, install libomp)")
  endif()
  set(libs OpenMP::OpenMP_C)
  if(TARGET Parc::parc_rt)
    list(APPEND libs Parc::parc_rt)
  endif()
  set_property(TARGET ${tgt} APPEND PROPERTY LINK_LIBRARIES ${libs})
  get_target_property(type ${tgt} TYPE)
  if(type MATCHES "STATIC_LIBRARY|OBJECT_LIBRARY")
    foreach(l IN LISTS libs)
      set_property(TARGET ${tgt} APPEND PROPERTY INTERFACE_LINK_LIBRARIES "$<LINK_ONLY:${l}>")
    endforeach()
  endif()
endfunction()

# TARGET cuda needs a parc that has a --target option.
function(_parc_check_back_end name)
  if(name STREQUAL "openmp")
    return()
  elseif(NOT name STREQUAL "cuda")
    message(FATAL_ERROR "parc_parallelize: unknown TARGET '${name}' (openmp or cuda)")
  endif()
  execute_process(COMMAND "${PARC_EXECUTABLE}" --help OUTPUT_VARIABLE help ERROR_QUIET)
  if(NOT help MATCHES "--target")
    message(FATAL_ERROR "parc_parallelize: TARGET cuda needs a parc with a CUDA back "
      "end; ${PARC_EXECUTABLE} has none (its --help lists no --target option)")
  endif()
endfunction()

# Whether the kernels of TARGET cuda can be built into "tgt": CUDA enabled
# in this project, Parc::parc_rt_cuda found, CUDA::cudart found.  Says why
# not otherwise: the build then makes the CPU path only.
function(_parc_cuda_ready tgt out)
  set(${out} FALSE PARENT_SCOPE)
  set(why "")
  if(NOT CMAKE_CUDA_COMPILER)
    set(why "CUDA is not enabled in this project (enable_language(CUDA))")
  elseif(NOT TARGET Parc::parc_rt_cuda)
    set(why "no libparc_rt_cuda.a beside parc (build parc with a CUDA compiler)")
  else()
    if(NOT TARGET CUDA::cudart)
      find_package(CUDAToolkit QUIET)
    endif()
    if(NOT TARGET CUDA::cudart)
      set(why "the CUDA toolkit (CUDA::cudart) was not found")
    endif()
  endif()
  if(why)
    message(STATUS "parc_parallelize(${tgt}): ${why}: building the CPU path only")
    return()
  endif()
  set(${out} TRUE PARENT_SCOPE)
endfunction()

# The kernels "cus" for "tgt": compiled without fused multiply-adds, so
# that the GPU computes what the CPU does, bit for bit (reductions and
# libm calls aside); parc_rt_cuda and the CUDA runtime linked.
function(_parc_link_cuda tgt cus)
  set_property(SOURCE ${cus} APPEND PROPERTY COMPILE_OPTIONS "-fmad=false")
  set(libs Parc::parc_rt_cuda CUDA::cudart)
  set_property(TARGET ${tgt} APPEND PROPERTY LINK_LIBRARIES ${libs})
  get_target_property(type ${tgt} TYPE)
  if(type MATCHES "STATIC_LIBRARY|OBJECT_LIBRARY")
    foreach(l IN LISTS libs)
      set_property(TARGET ${tgt} APPEND PROPERTY INTERFACE_LINK_LIBRARIES "$<LINK_ONLY:${l}>")
    endforeach()
  endif()
endfunction()

# Whether "src" (a source of "tgt", absolute) is C that parc should see.
function(_parc_is_c_source src out)
  get_source_file_property(lang "${src}" LANGUAGE)
  get_source_file_property(hdr "${src}" HEADER_FILE_ONLY)
  if(src MATCHES "\\.c$" AND (NOT lang OR lang STREQUAL "C") AND NOT hdr)
    set(${out} TRUE PARENT_SCOPE)
  else()
    set(${out} FALSE PARENT_SCOPE)
  endif()
endfunction()

function(parc_parallelize tgt)
  cmake_parse_arguments(PARSE_ARGV 1 arg "STRICT" "TARGET" "FLAGS")
  if(NOT TARGET ${tgt})
    message(FATAL_ERROR "parc_parallelize: '${tgt}' is not a target")
  endif()
  get_target_property(done ${tgt} PARC_PARALLELIZED)
  if(done)
    message(WARNING "parc_parallelize(${tgt}): already done; ignored")
    return()
  endif()
  get_target_property(srcdir ${tgt} SOURCE_DIR)
  if(NOT srcdir STREQUAL CMAKE_CURRENT_SOURCE_DIR)
    message(FATAL_ERROR "parc_parallelize(${tgt}): call it in ${srcdir}/CMakeLists.txt, "
      "where the target is created")
  endif()
  if(NOT arg_TARGET)
    set(arg_TARGET openmp)
  endif()
  _parc_check_back_end("${arg_TARGET}")
  set(cuda FALSE)
  if(arg_TARGET STREQUAL "cuda")
    _parc_cuda_ready(${tgt} cuda)
  endif()
  set(strict OFF)
  if(arg_STRICT OR PARC_STRICT)
    set(strict ON)
  endif()
  _parc_target_flags(${tgt} flags)
  get_target_property(srcs ${tgt} SOURCES)
  set(new_srcs "")
  set(cus "")
  foreach(src IN LISTS srcs)
    if(src MATCHES "\\$<")
      list(APPEND new_srcs "${src}")
      continue()
    endif()
    get_filename_component(abs "${src}" ABSOLUTE BASE_DIR "${srcdir}")
    _parc_is_c_source("${abs}" is_c)
    if(NOT is_c)
      list(APPEND new_srcs "${src}")
      continue()
    endif()
    _parc_output_path(${tgt} "${abs}" ".c" gen)
    # Without CUDA, parc runs as for openmp: the same CPU path, and no
    # kernels that nothing would build.
    set(cu "")
    if(cuda)
      _parc_output_path(${tgt} "${abs}" ".cu" cu)
      list(APPEND cus "${cu}")
    endif()
    _parc_add_rule(${tgt} "${abs}" "${gen}" "${cu}" "${flags}" "${arg_FLAGS}" ${strict})
    _parc_copy_source_properties("${abs}" "${gen}")
    list(APPEND new_srcs "${gen}")
  endforeach()
  set_property(TARGET ${tgt} PROPERTY SOURCES ${new_srcs} ${cus})
  set_property(TARGET ${tgt} PROPERTY PARC_PARALLELIZED ON)
  _parc_link_openmp(${tgt})
  if(cus)
    _parc_link_cuda(${tgt} "${cus}")
  endif()
endfunction()

cmake_policy(POP)
