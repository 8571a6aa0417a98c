tokenbench_add_test(tst_proxyrules SOURCES net/tst_proxyrules.cpp LIBS tokenbench_core)
# Against a real tinyproxy started by the test (make deps installs it).
tokenbench_add_test(tst_proxy SOURCES net/tst_proxy.cpp LIBS tokenbench_core)
# Against a real nginx with ssl_verify_client on, started by the test.
tokenbench_add_test(tst_mutualtls SOURCES net/tst_mutualtls.cpp LIBS tokenbench_core)
