tokenbench_add_test(tst_curlimport SOURCES interop/tst_curlimport.cpp LIBS tokenbench_core)
target_compile_definitions(tst_curlimport PRIVATE
    TOKENBENCH_CURL_DATA="${CMAKE_CURRENT_SOURCE_DIR}/data/curl")
tokenbench_add_test(tst_requestexport SOURCES interop/tst_requestexport.cpp
    LIBS tokenbench_core tokenbench_sandbox_lib)
