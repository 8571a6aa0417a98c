#pragma once

#include <QElapsedTimer>
#include <QLineEdit>
#include <QTest>

#include <vector>

namespace BenchSupport {

// Types `text` into `line` a key at a time and erases it with Backspace, as a person would,
// `rounds` times; each keystroke is timed from the key event until `settle()` (which runs what
// the key set off and paints) returns. Widening a search (Backspace) is often the dearer way.
template<typename Settle>
std::vector<double> typeAndErase(QLineEdit *line, const QString &text, int rounds, Settle settle)
{
    std::vector<double> times;
    const auto timed = [&](auto press) {
        QElapsedTimer clock;
        clock.start();
        press();
        settle();
        times.push_back(double(clock.nsecsElapsed()) / 1e6);
    };
    line->setFocus();
    for (int r = 0; r < rounds; ++r) {
        for (const QChar c : text)
            timed([&] { QTest::keyClick(line, c.toLatin1()); });
        for (qsizetype i = 0; i < text.size(); ++i)
            timed([&] { QTest::keyClick(line, Qt::Key_Backspace); });
    }
    if (!line->text().isEmpty())
        qFatal("the field was not emptied");
    return times;
}

} // namespace BenchSupport
