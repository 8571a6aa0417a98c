# Checks on responses: the JSONPath subset, every assertion kind, captures and runs.
tokenbench_add_test(tst_jsonpath SOURCES checks/tst_jsonpath.cpp LIBS tokenbench_core)
tokenbench_add_test(tst_checkevaluator SOURCES checks/tst_checkevaluator.cpp LIBS tokenbench_core)

# tokenbench-cli run against the sandbox; its JUnit file checked by xmllint (libxml2-utils, which
# make deps installs) against the Jenkins xUnit schema in tests/data/junit.
find_program(TOKENBENCH_XMLLINT xmllint)
if(NOT TOKENBENCH_XMLLINT)
    message(STATUS "xmllint not found: tst_clirun skips its JUnit schema check")
    set(TOKENBENCH_XMLLINT "")
endif()
tokenbench_add_test(tst_clirun SOURCES cli/tst_clirun.cpp LIBS tokenbench_sandbox_lib)
target_compile_definitions(tst_clirun PRIVATE
    TOKENBENCH_CLI="$<TARGET_FILE:tokenbench-cli>"
    TOKENBENCH_XMLLINT="${TOKENBENCH_XMLLINT}"
    TOKENBENCH_JUNIT_XSD="${CMAKE_CURRENT_SOURCE_DIR}/data/junit/junit-10.xsd")
add_dependencies(tst_clirun tokenbench-cli)

# The app's collection runner, offscreen, against the CLI on the same collection.
tokenbench_add_test(tst_collectionchecks SOURCES checks/tst_collectionchecks.cpp
    LIBS tokenbench_gui tokenbench_sandbox_lib)
target_compile_definitions(tst_collectionchecks PRIVATE
    TOKENBENCH_CLI="$<TARGET_FILE:tokenbench-cli>")
add_dependencies(tst_collectionchecks tokenbench-cli)
