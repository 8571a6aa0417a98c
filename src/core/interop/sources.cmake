target_sources(tokenbench_core PRIVATE
    interop/CurlImport.h interop/CurlImport.cpp
    interop/RequestExport.h interop/RequestExport.cpp
    interop/DraftExport.h interop/DraftExport.cpp
)
