# The API explorer's core: reading OpenAPI/Swagger documents, example bodies, collections.
# yaml-cpp (Debian's libyaml-cpp-dev) reads YAML; JSON has our own order-keeping reader.
find_package(yaml-cpp REQUIRED)
target_sources(tokenbench_core PRIVATE
    explorer/OrderedMap.h explorer/OrderedMap.cpp
    explorer/OrderedJson.h explorer/OrderedJson.cpp
    explorer/YamlDocument.h explorer/YamlDocument.cpp
    explorer/ApiSpec.h
    explorer/SpecParser.h explorer/SpecParser.cpp
    explorer/SchemaExample.h explorer/SchemaExample.cpp
    explorer/OperationDraft.h explorer/OperationDraft.cpp
    explorer/ParentRecords.h explorer/ParentRecords.cpp
    explorer/SpecLoader.h explorer/SpecLoader.cpp
    explorer/CollectionStore.h explorer/CollectionStore.cpp
    explorer/CollectionRunner.h explorer/CollectionRunner.cpp
)
target_link_libraries(tokenbench_core PRIVATE yaml-cpp)
# GCC 12 at -O2 warns about dangling pointers inside yaml-cpp's own node headers (a false
# positive in the library, not in our code); with warnings as errors it would stop the build.
set_source_files_properties(explorer/YamlDocument.cpp explorer/SpecParser.cpp
    PROPERTIES COMPILE_OPTIONS -Wno-dangling-pointer)
