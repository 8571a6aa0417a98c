target_sources(tokenbench_core PRIVATE
    history/HistoryEntry.h
    history/HistoryScrubber.h history/HistoryScrubber.cpp
    history/HistoryStore.h history/HistoryStore.cpp
)
target_link_libraries(tokenbench_core PUBLIC Qt6::Sql)
