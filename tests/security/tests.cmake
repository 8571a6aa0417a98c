# Security and reliability: network and keychain faults, a crash-durability test of the profile
# file and an end-to-end scan for leaked secrets. Fuzzing lives in tests/fuzz (TOKENBENCH_FUZZ).
tokenbench_add_test(tst_keychainfaults SOURCES security/tst_keychainfaults.cpp LIBS tokenbench_core)
tokenbench_add_test(tst_networkfaults SOURCES security/tst_networkfaults.cpp LIBS tokenbench_core)

tokenbench_add_test(tst_durability SOURCES security/tst_durability.cpp LIBS tokenbench_core)
target_compile_definitions(tst_durability PRIVATE TOKENBENCH_CLI="$<TARGET_FILE:tokenbench-cli>")
add_dependencies(tst_durability tokenbench-cli)

tokenbench_add_test(tst_leakscan SOURCES security/tst_leakscan.cpp
    LIBS tokenbench_gui tokenbench_sandbox_lib)
target_compile_definitions(tst_leakscan PRIVATE TOKENBENCH_CLI="$<TARGET_FILE:tokenbench-cli>")
add_dependencies(tst_leakscan tokenbench-cli)
