tokenbench_add_test(tst_historystore SOURCES history/tst_historystore.cpp
    LIBS tokenbench_core tokenbench_sandbox_lib)
tokenbench_add_test(tst_historyleak SOURCES history/tst_historyleak.cpp
    LIBS tokenbench_core tokenbench_sandbox_lib)
tokenbench_add_test(tst_historypanel SOURCES history/tst_historypanel.cpp LIBS tokenbench_gui)
