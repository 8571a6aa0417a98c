# The API explorer's core: reading OpenAPI/Swagger documents, example bodies, collections.
# yaml-cpp (Debian's libyaml-cpp-dev) reads YAML; JSON has our own order-keeping reader.
find_package(yaml-cpp REQUIRED)
target_sources(tokenbench_core PRIVATE
    explorer/OrderedJson.h explorer/OrderedJson.cpp
    explorer/YamlDocument.h explorer/YamlDocument.cpp
    explorer/ApiSpec.h
    explorer/SpecParser.h explorer/SpecParser.cpp
    explorer/SchemaExample.h explorer/SchemaExample.cpp
    explorer/OperationDraft.h explorer/OperationDraft.cpp
    explorer/RegScaleModules.h explorer/RegScaleModules.cpp
    explorer/SpecLoader.h explorer/SpecLoader.cpp
    explorer/CollectionStore.h explorer/CollectionStore.cpp
    explorer/CollectionRunner.h explorer/CollectionRunner.cpp
)
target_link_libraries(tokenbench_core PRIVATE yaml-cpp)
