# Debian's libhpdf-dev ships neither a pkg-config file nor a CMake config.
find_path(LibHaru_INCLUDE_DIR hpdf.h)
find_library(LibHaru_LIBRARY hpdf)
if(LibHaru_INCLUDE_DIR AND EXISTS "${LibHaru_INCLUDE_DIR}/hpdf_version.h")
  file(STRINGS "${LibHaru_INCLUDE_DIR}/hpdf_version.h" _haru_version REGEX "HPDF_VERSION_TEXT")
  string(REGEX MATCH "[0-9]+\\.[0-9]+\\.[0-9]+" LibHaru_VERSION "${_haru_version}")
endif()
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(LibHaru
  REQUIRED_VARS LibHaru_LIBRARY LibHaru_INCLUDE_DIR
  VERSION_VAR LibHaru_VERSION)
if(LibHaru_FOUND AND NOT TARGET LibHaru::LibHaru)
  add_library(LibHaru::LibHaru UNKNOWN IMPORTED)
  set_target_properties(LibHaru::LibHaru PROPERTIES
    IMPORTED_LOCATION "${LibHaru_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${LibHaru_INCLUDE_DIR}")
endif()
