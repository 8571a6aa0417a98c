#pragma once

class QString;
class QWidget;
struct Error;

// The window-modal warning a face shows when the core says no: the error's message for people,
// never its detail.
namespace ErrorBox {

void open(QWidget *parent, const QString &title, const Error &error);

} // namespace ErrorBox
