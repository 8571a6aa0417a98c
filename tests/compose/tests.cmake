tokenbench_add_test(tst_requestdraft SOURCES compose/tst_requestdraft.cpp LIBS tokenbench_core)
tokenbench_add_test(tst_requestrunner SOURCES compose/tst_requestrunner.cpp
    LIBS tokenbench_core tokenbench_sandbox_lib)
tokenbench_add_test(tst_composerwidget SOURCES compose/tst_composerwidget.cpp
    LIBS tokenbench_gui tokenbench_sandbox_lib)
tokenbench_add_test(tst_requestpage SOURCES compose/tst_requestpage.cpp
    LIBS tokenbench_gui tokenbench_sandbox_lib)
tokenbench_add_test(tst_draftsecrets SOURCES compose/tst_draftsecrets.cpp LIBS tokenbench_core)
tokenbench_add_test(tst_secretvariables SOURCES compose/tst_secretvariables.cpp
    LIBS tokenbench_core)
tokenbench_add_test(tst_authorizationpreview SOURCES compose/tst_authorizationpreview.cpp
    LIBS tokenbench_core tokenbench_sandbox_lib)
