# ParcConfigVersion.cmake - which parc versions satisfy find_package(Parc X.Y).
#
# The version comes from ParcVersion.cmake, written next to this file at
# install time (from ParcVersion.cmake.in), or, in a source tree, from the
# project() line of the top-level CMakeLists.txt.  Compatibility: the same
# major version at or above the requested one; while the major version is
# 0, the same minor version too.
set(PACKAGE_VERSION "")
if(EXISTS "${CMAKE_CURRENT_LIST_DIR}/ParcVersion.cmake")
  include("${CMAKE_CURRENT_LIST_DIR}/ParcVersion.cmake")
  set(PACKAGE_VERSION "${PARC_PACKAGE_VERSION}")
elseif(EXISTS "${CMAKE_CURRENT_LIST_DIR}/../CMakeLists.txt")
  file(STRINGS "${CMAKE_CURRENT_LIST_DIR}/../CMakeLists.txt" _parc_project
    REGEX "^project\\(parc VERSION [0-9.]+" LIMIT_COUNT 1)
  string(REGEX MATCH "[0-9]+(\\.[0-9]+)*" PACKAGE_VERSION "${_parc_project}")
endif()
if(NOT PACKAGE_VERSION)
  set(PACKAGE_VERSION "0.0.0")
endif()

if(PACKAGE_FIND_VERSION)
  string(REGEX MATCH "^[0-9]+" _parc_major "${PACKAGE_VERSION}")
  string(REGEX MATCH "^[0-9]+\\.[0-9]+" _parc_minor "${PACKAGE_VERSION}")
  if(PACKAGE_VERSION VERSION_LESS PACKAGE_FIND_VERSION)
    set(PACKAGE_VERSION_COMPATIBLE FALSE)
  elseif(NOT _parc_major STREQUAL PACKAGE_FIND_VERSION_MAJOR)
    set(PACKAGE_VERSION_COMPATIBLE FALSE)
  elseif(_parc_major STREQUAL "0" AND
         NOT _parc_minor STREQUAL "${PACKAGE_FIND_VERSION_MAJOR}.${PACKAGE_FIND_VERSION_MINOR}")
    set(PACKAGE_VERSION_COMPATIBLE FALSE)
  else()
    set(PACKAGE_VERSION_COMPATIBLE TRUE)
    if(PACKAGE_VERSION VERSION_EQUAL PACKAGE_FIND_VERSION)
      set(PACKAGE_VERSION_EXACT TRUE)
    endif()
  endif()
else()
  set(PACKAGE_VERSION_COMPATIBLE TRUE)
endif()
