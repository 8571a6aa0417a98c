target_sources(tokenbench_gui PRIVATE
    body/BodyTextView.h body/BodyTextView.cpp
    body/BodyImageView.h body/BodyImageView.cpp
    body/BodyView.h body/BodyView.cpp
)
