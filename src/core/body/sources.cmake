target_sources(tokenbench_core PRIVATE
    body/ChunkedVector.h
    body/BodySource.h body/BodySource.cpp
    body/JsonTokenizer.h body/JsonTokenizer.cpp
    body/JsonLineIndex.h body/JsonLineIndex.cpp
    body/RawLineIndex.h body/RawLineIndex.cpp
    body/FoldMap.h body/FoldMap.cpp
    body/BodyDocument.h body/BodyDocument.cpp
    body/PrettyJsonDocument.h body/PrettyJsonDocument.cpp
    body/RawTextDocument.h body/RawTextDocument.cpp
    body/BodySearch.h body/BodySearch.cpp
    body/BodyWorker.h body/BodyWorker.cpp
)
