tokenbench_add_test(tst_proxyrules SOURCES net/tst_proxyrules.cpp LIBS tokenbench_core)
# Against a real tinyproxy started by the test (make deps installs it).
tokenbench_add_test(tst_proxy SOURCES net/tst_proxy.cpp LIBS tokenbench_core)
# Against a real nginx with ssl_verify_client on, started by the test.
tokenbench_add_test(tst_mutualtls SOURCES net/tst_mutualtls.cpp LIBS tokenbench_core)
# tokenbench-cli through tinyproxy and against nginx with client certificates.
tokenbench_add_test(tst_clinetwork SOURCES net/tst_clinetwork.cpp LIBS tokenbench_sandbox_lib)
target_compile_definitions(tst_clinetwork PRIVATE TOKENBENCH_CLI="$<TARGET_FILE:tokenbench-cli>")
add_dependencies(tst_clinetwork tokenbench-cli)
tokenbench_add_test(tst_proxyprompt SOURCES net/tst_proxyprompt.cpp LIBS tokenbench_sandbox_lib)
# The app: a profile made in the editor logs in and sends through tinyproxy to nginx.
tokenbench_add_test(tst_networkprofile SOURCES net/tst_networkprofile.cpp LIBS tokenbench_gui)
# Trusting a certificate authority from a refused server: the sandbox's HTTPS side and its CA.
tokenbench_add_test(tst_catrust SOURCES net/tst_catrust.cpp LIBS tokenbench_sandbox_lib)
