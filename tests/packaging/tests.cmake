# Packaging: the desktop file, the AppStream metadata, the manual pages, the bash completion and
# the command line of both executables. The validators come with `make deps`; a test whose tool
# is missing is not added (and says so at configure time).
set(_pkg ${PROJECT_SOURCE_DIR}/packaging)
set(_here ${CMAKE_CURRENT_SOURCE_DIR}/packaging)
set(_app_id io.tokenbench.Tokenbench)

find_program(TOKENBENCH_DESKTOP_FILE_VALIDATE desktop-file-validate)
find_program(TOKENBENCH_APPSTREAMCLI appstreamcli)
find_program(TOKENBENCH_GROFF groff)
find_program(TOKENBENCH_BASH bash REQUIRED)

if(TOKENBENCH_DESKTOP_FILE_VALIDATE)
    # Hints and warnings count as failures too: the file is small enough to keep spotless.
    add_test(NAME packaging_desktop_file COMMAND ${TOKENBENCH_DESKTOP_FILE_VALIDATE}
             ${PROJECT_SOURCE_DIR}/resources/${_app_id}.desktop)
    set_tests_properties(packaging_desktop_file PROPERTIES FAIL_REGULAR_EXPRESSION ".+")
else()
    message(STATUS "desktop-file-validate not found: packaging_desktop_file is left out")
endif()

if(TOKENBENCH_APPSTREAMCLI)
    # --no-net: the screenshot and homepage URLs are on tokenbench.invalid, and tests run offline.
    add_test(NAME packaging_metainfo COMMAND ${TOKENBENCH_APPSTREAMCLI} validate --no-net
             --explain ${PROJECT_SOURCE_DIR}/resources/${_app_id}.metainfo.xml)
    set_tests_properties(packaging_metainfo PROPERTIES
        FAIL_REGULAR_EXPRESSION "^[EW]: |\n[EW]: ")
else()
    message(STATUS "appstreamcli not found: packaging_metainfo is left out")
endif()

# The metainfo's newest release is the project's version.
add_test(NAME packaging_metainfo_version COMMAND grep -q
         "<release version=\"${PROJECT_VERSION}\""
         ${PROJECT_SOURCE_DIR}/resources/${_app_id}.metainfo.xml)

if(TOKENBENCH_GROFF)
    add_test(NAME packaging_manpages COMMAND ${TOKENBENCH_BASH} ${_here}/test-manpages.sh
             $<TARGET_FILE:tokenbench-cli>
             ${PROJECT_BINARY_DIR}/packaging/tokenbench.1
             ${PROJECT_BINARY_DIR}/packaging/tokenbench-cli.1)
    set_tests_properties(packaging_manpages PROPERTIES ENVIRONMENT "LANG=C.UTF-8")
else()
    message(STATUS "groff not found: packaging_manpages is left out")
endif()

add_test(NAME packaging_bash_completion COMMAND ${TOKENBENCH_BASH} ${_here}/test-completion.sh
         ${_pkg}/tokenbench-cli.bash-completion $<TARGET_FILE:tokenbench-cli>)
set_tests_properties(packaging_bash_completion PROPERTIES ENVIRONMENT "LANG=C.UTF-8")

add_test(NAME packaging_command_line COMMAND ${TOKENBENCH_BASH} ${_here}/test-command-line.sh
         $<TARGET_FILE:tokenbench> $<TARGET_FILE:tokenbench-cli> ${PROJECT_VERSION})
set_tests_properties(packaging_command_line PROPERTIES
    ENVIRONMENT "LANG=C.UTF-8;QT_LOGGING_RULES=qt.qpa.*=false" TIMEOUT 180)

# The Flatpak manifest can only be parsed here, not built (no network for the runtime).
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
    execute_process(COMMAND ${Python3_EXECUTABLE} -c "import yaml"
                    RESULT_VARIABLE _tokenbench_no_yaml OUTPUT_QUIET ERROR_QUIET)
endif()
if(Python3_Interpreter_FOUND AND _tokenbench_no_yaml EQUAL 0)
    add_test(NAME packaging_flatpak_manifest COMMAND ${Python3_EXECUTABLE}
             ${_here}/check-flatpak-manifest.py ${_pkg}/flatpak/${_app_id}.yml ${_app_id})
else()
    message(STATUS "python3 with yaml not found: packaging_flatpak_manifest is left out")
endif()
