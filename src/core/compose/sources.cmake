target_sources(tokenbench_core PRIVATE
    compose/RequestDraft.h compose/RequestDraft.cpp
    compose/Variables.h compose/Variables.cpp
    compose/RequestBuilder.h compose/RequestBuilder.cpp
    compose/RequestRunner.h compose/RequestRunner.cpp
    compose/AuthorizationPreview.h compose/AuthorizationPreview.cpp
    compose/DraftSecrets.h compose/DraftSecrets.cpp
    compose/SecretVariables.h compose/SecretVariables.cpp
)
