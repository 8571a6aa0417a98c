# Checks on responses: the JSONPath subset, every assertion kind, captures and runs.
tokenbench_add_test(tst_jsonpath SOURCES checks/tst_jsonpath.cpp LIBS tokenbench_core)
tokenbench_add_test(tst_checkevaluator SOURCES checks/tst_checkevaluator.cpp LIBS tokenbench_core)
