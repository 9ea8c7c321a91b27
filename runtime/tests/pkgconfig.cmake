# pkgconfig.cmake - installs parc_rt into PREFIX, then compiles, links and
# runs CONSUMER with the flags from the installed parc_rt.pc, statically and
# dynamically.  Run with cmake -P; see tests/CMakeLists.txt for the inputs.
file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX}
  --component parc_rt RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "install failed")
endif()

set(ENV{PKG_CONFIG_PATH} ${PREFIX}/${LIBDIR}/pkgconfig)
# Runs pkg-config with ARGN and stores its output, as a list, in VAR.
function(pc var)
  execute_process(COMMAND ${PKG_CONFIG} ${ARGN} parc_rt
    OUTPUT_VARIABLE out OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "pkg-config ${ARGN} parc_rt failed")
  endif()
  separate_arguments(out UNIX_COMMAND "${out}")
  set(${var} ${out} PARENT_SCOPE)
endfunction()
pc(cflags --cflags)
pc(libs --libs)
pc(static_libs --libs --static)

separate_arguments(extra UNIX_COMMAND "${EXTRA_FLAGS}")

# Builds the consumer with "libs" plus ARGN into EXE and runs it.
function(build_and_run exe libs)
  execute_process(COMMAND ${CC} ${extra} ${cflags} ${CONSUMER} -o ${exe} ${libs} ${ARGN}
    RESULT_VARIABLE rc ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "compiling the consumer failed: ${cflags} ${libs}\n${err}")
  endif()
  execute_process(COMMAND ${exe} RESULT_VARIABLE rc ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${exe} failed (${rc}):\n${err}")
  endif()
endfunction()
set(ENV{LD_LIBRARY_PATH} ${PREFIX}/${LIBDIR})
build_and_run(${PREFIX}/consumer_shared "${libs}")
build_and_run(${PREFIX}/consumer_static "${static_libs}" -static-libgcc
  -Wl,-Bstatic -lparc_rt -Wl,-Bdynamic)
message(STATUS "1 passed, 0 failed")
