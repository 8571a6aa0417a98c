target_sources(tokenbench_gui PRIVATE
    compose/KeyValueTable.h compose/KeyValueTable.cpp
    compose/ComposerWidget.h compose/ComposerWidget.cpp
    compose/ComposerInterop.h compose/ComposerInterop.cpp
    compose/RequestBodyEditor.h compose/RequestBodyEditor.cpp
    compose/VariablesTable.h compose/VariablesTable.cpp
    compose/CurlNetworkDialog.h compose/CurlNetworkDialog.cpp
    compose/ResponseViewer.h compose/ResponseViewer.cpp
)
