# The API explorer: documents, example bodies, collections, and the panels over them.
set(TOKENBENCH_OPENAPI_DATA "${CMAKE_CURRENT_SOURCE_DIR}/data/openapi")
tokenbench_add_test(tst_specparser SOURCES explorer/tst_specparser.cpp LIBS tokenbench_core)
target_compile_definitions(tst_specparser PRIVATE
    TOKENBENCH_OPENAPI_DATA="${TOKENBENCH_OPENAPI_DATA}")
# It reads documents of 100,000 and 400,000 members: 10 s here, over three minutes in the
# sanitizers' Debug build (make asan).
set_tests_properties(tst_specparser PROPERTIES TIMEOUT 900)
tokenbench_add_test(tst_operationdraft SOURCES explorer/tst_operationdraft.cpp LIBS tokenbench_core)
target_compile_definitions(tst_operationdraft PRIVATE
    TOKENBENCH_OPENAPI_DATA="${TOKENBENCH_OPENAPI_DATA}"
    TOKENBENCH_SANDBOX_OPENAPI="${PROJECT_SOURCE_DIR}/src/sandbox/openapi.json")
tokenbench_add_test(tst_explorerpanel SOURCES explorer/tst_explorerpanel.cpp
    LIBS tokenbench_gui tokenbench_sandbox_lib)
target_compile_definitions(tst_explorerpanel PRIVATE
    TOKENBENCH_OPENAPI_DATA="${TOKENBENCH_OPENAPI_DATA}")
tokenbench_add_test(tst_importrequestsdialog SOURCES explorer/tst_importrequestsdialog.cpp
    LIBS tokenbench_gui tokenbench_sandbox_lib)
target_compile_definitions(tst_importrequestsdialog PRIVATE
    TOKENBENCH_IMPORT_DATA="${PROJECT_SOURCE_DIR}/tests/data/import")
