target_sources(tokenbench_core PRIVATE
    interop/CurlImport.h interop/CurlImport.cpp
    interop/RequestExport.h interop/RequestExport.cpp
    interop/DraftExport.h interop/DraftExport.cpp
    interop/ImportedCollection.h
    interop/RequestImport.h interop/RequestImport.cpp
    interop/PostmanImport.h interop/PostmanImport.cpp
    interop/InsomniaImport.h interop/InsomniaImport.cpp
    interop/HarImport.h interop/HarImport.cpp
    interop/CollectionImport.h interop/CollectionImport.cpp
)
