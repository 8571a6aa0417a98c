target_sources(tokenbench_gui PRIVATE
    body/BodyTextView.h body/BodyTextView.cpp
    body/BodyImageView.h body/BodyImageView.cpp
    body/BodyView.h body/BodyView.cpp
    body/BodyGutter.h body/BodyGutter.cpp
    body/BodyFindBar.h body/BodyFindBar.cpp
    body/BodyJobs.h body/BodyJobs.cpp
    body/BodyToolBar.h body/BodyToolBar.cpp
)
