target_sources(tokenbench_gui PRIVATE
    history/HistoryModel.h history/HistoryModel.cpp
    history/HistoryPanel.h history/HistoryPanel.cpp
)
