# ParcTransform.cmake - the build step of parc_parallelize(): runs parc on
# one source, at build time.
#
#   cmake -DPARC=parc -DIN=src.c -DOUT=gen.c [-DSTRICT=ON] [-DCC=compiler]
#         [-DCUDA_OUT=gen.cu] -P ParcTransform.cmake -- [parc:OPTION...] <parser flags>
#
# "parc:OPTION" words are parc's own options (e.g. parc:--remarks); the
# other words after "--" are for parc's C parser, as for a compiler.
#
# Writes OUT: '#line 1 "IN"', then parc's output (or, when parc fails and
# STRICT is off, IN unchanged after a warning).  With CC, also writes
# OUT.d, the headers IN includes, for the DEPFILE of the rule.  With
# CUDA_OUT, parc runs with --target=cuda and also writes CUDA_OUT, the
# kernels; when parc fails, CUDA_OUT has none (the original calls none), so
# that the build, which lists it as a source, still finds it.
cmake_minimum_required(VERSION 3.20)

# The arguments after "--".
set(flags "")
set(parc_flags "")
set(seen FALSE)
math(EXPR last "${CMAKE_ARGC} - 1")
foreach(i RANGE ${last})
  if(seen AND CMAKE_ARGV${i} MATCHES "^parc:(.*)")
    list(APPEND parc_flags "${CMAKE_MATCH_1}")
  elseif(seen)
    list(APPEND flags "${CMAKE_ARGV${i}}")
  elseif(CMAKE_ARGV${i} STREQUAL "--")
    set(seen TRUE)
  endif()
endforeach()

set(tmp "${OUT}.tmp")
get_filename_component(out_dir "${OUT}" DIRECTORY)
file(MAKE_DIRECTORY "${out_dir}")
if(CUDA_OUT)
  list(APPEND parc_flags "--target=cuda" "--cuda-out=${CUDA_OUT}.tmp")
endif()
execute_process(COMMAND "${PARC}" ${parc_flags} "${IN}" -o "${tmp}" -- ${flags}
  RESULT_VARIABLE rc)
if(CUDA_OUT AND rc EQUAL 0)
  file(RENAME "${CUDA_OUT}.tmp" "${CUDA_OUT}")
elseif(CUDA_OUT)
  file(REMOVE "${CUDA_OUT}.tmp")
  file(WRITE "${CUDA_OUT}" "/* parc failed on ${IN}: no kernels. */\n")
endif()
if(NOT rc EQUAL 0)
  file(REMOVE "${tmp}")
  if(STRICT)
    message(FATAL_ERROR "parc failed on ${IN} (status ${rc})")
  endif()
  message(NOTICE "parc: warning: parc failed on ${IN}; compiling it unchanged")
  configure_file("${IN}" "${tmp}" COPYONLY)
endif()

# The #line directive, with the name escaped as parc escapes it; a byte
# order mark stays first.
string(REPLACE "\\" "\\\\" name "${IN}")
string(REPLACE "\"" "\\\"" name "${name}")
file(READ "${tmp}" text)
set(bom "")
file(READ "${tmp}" head LIMIT 3 HEX)
if(head STREQUAL "efbbbf")
  file(READ "${tmp}" bom LIMIT 3)
  string(SUBSTRING "${text}" 3 -1 text)
endif()
file(WRITE "${OUT}" "${bom}#line 1 \"${name}\"\n${text}")
file(REMOVE "${tmp}")

if(CC)
  execute_process(COMMAND "${CC}" -M -MT "${OUT}" -MF "${OUT}.d" ${flags} "${IN}"
    RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
  if(NOT rc EQUAL 0)
    file(WRITE "${OUT}.d" "${OUT}: ${IN}\n")
  endif()
endif()
