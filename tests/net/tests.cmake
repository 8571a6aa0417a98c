tokenbench_add_test(tst_proxyrules SOURCES net/tst_proxyrules.cpp LIBS tokenbench_core)
