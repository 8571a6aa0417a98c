# Checks on responses: assertions and captures of saved requests, the JSONPath subset they use,
# and the evaluator that turns a response into results in words.
target_sources(tokenbench_core PRIVATE
    checks/JsonPath.h checks/JsonPath.cpp
    checks/Assertion.h checks/Assertion.cpp
    checks/Capture.h checks/Capture.cpp
    checks/CheckEvaluator.h checks/CheckEvaluator.cpp
    checks/RunReport.h checks/RunReport.cpp
)
