# The API explorer beside the composer, and the collections of saved requests.
target_sources(tokenbench_gui PRIVATE
    explorer/EndpointItemDelegate.h explorer/EndpointItemDelegate.cpp
    explorer/ExplorerPanel.h explorer/ExplorerPanel.cpp
    explorer/EndpointCatalog.h explorer/EndpointCatalog.cpp
    explorer/EndpointDetails.h explorer/EndpointDetails.cpp
    explorer/OperationInputs.h explorer/OperationInputs.cpp
    explorer/CollectionsPanel.h explorer/CollectionsPanel.cpp
    explorer/ImportRequestsDialog.h explorer/ImportRequestsDialog.cpp
    explorer/RunResultsView.h explorer/RunResultsView.cpp
    explorer/ChecksEditor.h explorer/ChecksEditor.cpp
)
