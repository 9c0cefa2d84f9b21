# What `cmake --install` puts where (GNUInstallDirs). The program finds its data
# in ../share/sdgen beside itself (gen/cli/data_location.h), so the data folder
# must stay at DATADIR/sdgen with BINDIR beside DATADIR.
include(GNUInstallDirs)

install(TARGETS sdgen RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY templates/ DESTINATION ${CMAKE_INSTALL_DATADIR}/sdgen/templates)
install(DIRECTORY styles/default/ DESTINATION ${CMAKE_INSTALL_DATADIR}/sdgen/styles/default)

install(FILES README.md packaging/copyright DESTINATION ${CMAKE_INSTALL_DOCDIR})
add_custom_command(
  OUTPUT ${PROJECT_BINARY_DIR}/changelog.gz
  COMMAND ${CMAKE_COMMAND} -DIN=${PROJECT_SOURCE_DIR}/packaging/changelog
          -DOUT=${PROJECT_BINARY_DIR}/changelog.gz -P ${PROJECT_SOURCE_DIR}/cmake/gzip_file.cmake
  DEPENDS packaging/changelog cmake/gzip_file.cmake)
add_custom_target(changelog ALL DEPENDS ${PROJECT_BINARY_DIR}/changelog.gz)
install(FILES ${PROJECT_BINARY_DIR}/changelog.gz DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs
        FILES_MATCHING PATTERN "*.md" PATTERN "*.xsd" PATTERN "*.png")

install(FILES packaging/sdgen.bash-completion
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME sdgen)

# Man pages come from the built program's own help (`sdgen help --man`), so
# they say what `sdgen help` says. The script lists the commands itself.
set(SDGEN_MAN_DIR ${PROJECT_BINARY_DIR}/man)
add_custom_command(
  OUTPUT ${SDGEN_MAN_DIR}/sdgen.1.gz
  COMMAND ${CMAKE_COMMAND} -DSDGEN=$<TARGET_FILE:sdgen> -DOUT=${SDGEN_MAN_DIR}
          -P ${PROJECT_SOURCE_DIR}/cmake/make_man_pages.cmake
  DEPENDS sdgen ${PROJECT_SOURCE_DIR}/cmake/make_man_pages.cmake
  COMMENT "Making the man pages from sdgen's help")
add_custom_target(man_pages ALL DEPENDS ${SDGEN_MAN_DIR}/sdgen.1.gz)
install(DIRECTORY ${SDGEN_MAN_DIR}/ DESTINATION ${CMAKE_INSTALL_MANDIR}/man1
        FILES_MATCHING PATTERN "*.1.gz")
