# `cmake --build build --target package` makes build/sdgen_VERSION_ARCH.deb
# (docs/packaging.md). Library dependencies come from dpkg-shlibdeps; the fonts
# are named here because the shipped style (styles/default/style.xml) loads
# them by path: DejaVu Sans from fonts-dejavu-core, Andika from fonts-sil-andika.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME sdgen)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_CONTACT "sdgen maintainers <maintainers@users.noreply.b-seed-1bd6f51b.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "documents and checks for child-protection strategy discussions")
set(CPACK_PACKAGE_DESCRIPTION
    "sdgen turns the record of a child-protection strategy discussion (XML) into
the documents people need after the meeting (decision sheet, minutes, letters
to parents, words and pictures for children) as PDF and DOCX, and checks the
record like a compiler checks code.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core, fonts-sil-andika")
# Debian ships stripped programs; the debug information is for developers' builds.
set(CPACK_STRIP_FILES ON)
include(CPack)
