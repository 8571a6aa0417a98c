# Debian package of the desktop app and the CLI: `cpack -G DEB` in the build directory.
install(FILES ${PROJECT_SOURCE_DIR}/resources/tokenbench.desktop
        DESTINATION share/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/tokenbench.svg
        DESTINATION share/icons/hicolor/scalable/apps)

set(CPACK_PACKAGE_NAME tokenbench)
set(CPACK_PACKAGE_VENDOR "Tokenbench")
set(CPACK_PACKAGE_CONTACT "Tokenbench developers <tokenbench@invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
# Dependencies are computed from the binaries, never listed by hand.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
include(CPack)
