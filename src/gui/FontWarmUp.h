#pragma once

#include <thread>

// Loads the desktop's font configuration on a second core while the application starts: the
// first line of text otherwise waits for it on the main thread (fontconfig parses every file
// in /etc/fonts, about a tenth of start-up by callgrind). Construct it first thing in main();
// it waits for its thread when it goes. Without fontconfig it does nothing.
class FontWarmUp
{
public:
    FontWarmUp();
    ~FontWarmUp();
    FontWarmUp(const FontWarmUp &) = delete;
    FontWarmUp &operator=(const FontWarmUp &) = delete;

private:
    std::thread m_thread;
};
