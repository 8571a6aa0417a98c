#include "ErrorBox.h"

#include "util/Result.h"

#include <QMessageBox>

namespace ErrorBox {

void open(QWidget *parent, const QString &title, const Error &error)
{
    auto *box =
        new QMessageBox(QMessageBox::Warning, title, error.message, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace ErrorBox
