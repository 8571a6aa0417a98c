# What `cmake --install` and the Debian package put where. Included from the top-level
# CMakeLists.txt after every target exists.
#
# Everything the package holds is in the "app" component; the CPack config packs only that one.
# The src/ directories still carry plain install(TARGETS) rules of their own (component
# "Unspecified"), among them tokenbench-sandbox, which the package leaves out: demo mode runs
# the sandbox inside the app, and the standalone one is a developer's tool.
include(GNUInstallDirs)

set(TOKENBENCH_APP_ID io.tokenbench.Tokenbench)

install(TARGETS tokenbench tokenbench-cli docker-credential-tokenbench
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT app)
# Modules, loaded when first needed (util/ModulePath.h looks in ../lib/tokenbench from bin/ and
# ../../lib/tokenbench from libexec/tokenbench/): the CLI proper, and the keychain and D-Bus.
install(TARGETS tokenbench_cli tokenbench_sessionbus
        LIBRARY DESTINATION lib/tokenbench COMPONENT app)
# tokenbench-cli copy runs it when no app runs; it looks for it in ../libexec/tokenbench.
install(TARGETS tokenbench-clipboard
        RUNTIME DESTINATION ${CMAKE_INSTALL_LIBEXECDIR}/tokenbench COMPONENT app)

install(FILES ${PROJECT_SOURCE_DIR}/resources/${TOKENBENCH_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT app)
install(FILES ${PROJECT_SOURCE_DIR}/resources/${TOKENBENCH_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT app)
# The icon is named after the app id, as the desktop file's Icon= and Flatpak want.
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/tokenbench.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${TOKENBENCH_APP_ID}.svg COMPONENT app)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/tokenbench-cli.bash-completion
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME tokenbench-cli COMPONENT app)

# Manual pages: the version filled in, then gzip -9n (no name or time stamp, so the package is
# reproducible), as Debian wants them.
find_program(TOKENBENCH_GZIP gzip REQUIRED)
set(TOKENBENCH_MANPAGES)
foreach(page tokenbench tokenbench-cli)
    configure_file(${PROJECT_SOURCE_DIR}/packaging/${page}.1.in
                   ${PROJECT_BINARY_DIR}/packaging/${page}.1 @ONLY)
    add_custom_command(
        OUTPUT ${PROJECT_BINARY_DIR}/packaging/${page}.1.gz
        COMMAND ${TOKENBENCH_GZIP} -9nkf ${PROJECT_BINARY_DIR}/packaging/${page}.1
        DEPENDS ${PROJECT_BINARY_DIR}/packaging/${page}.1
        COMMENT "Compressing the manual page ${page}.1")
    list(APPEND TOKENBENCH_MANPAGES ${PROJECT_BINARY_DIR}/packaging/${page}.1.gz)
endforeach()
add_custom_target(tokenbench_manpages ALL DEPENDS ${TOKENBENCH_MANPAGES})
install(FILES ${TOKENBENCH_MANPAGES} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT app)

# Translations need nothing here: the .qm files are compiled into tokenbench_core as resources
# under :/i18n (qt_add_translations in the top-level CMakeLists.txt).
