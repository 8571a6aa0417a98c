#pragma once

#include <QString>

class QLabel;
class QWidget;

// The amber note a page shows above its work: a credential that stays home, secrets that were
// kept out of a saved request, what an import left out. One look for all of them.
namespace Notices {

QString warningStyleSheet();
// A word-wrapped label in that look, hidden until it has something to say.
QLabel *warningLabel(QWidget *parent, const QString &objectName);
// `text` with its http(s) addresses kept whole when a label wraps it (a word joiner after each
// "/", so no line ends after "http://").
QString unbrokenAddresses(const QString &text);

} // namespace Notices
