target_sources(tokenbench_gui PRIVATE
    compose/KeyValueTable.h compose/KeyValueTable.cpp
    compose/ComposerWidget.h compose/ComposerWidget.cpp
    compose/CurlNetworkDialog.h compose/CurlNetworkDialog.cpp
    compose/ResponseViewer.h compose/ResponseViewer.cpp
)
