#pragma once

#include "auth/SignInStep.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

// What a login waits for outside Tokenbench, shown in the login dialog: the address the browser
// was sent to (open it again, copy it), or the code to enter on another device and where.
class SignInStepWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SignInStepWidget(QWidget *parent = nullptr);

    // Shows `step`; a browser sign-in opens the system browser at once.
    void show(const SignInStep &step);
    const SignInStep &step() const { return m_step; }

private:
    void openBrowser();
    void copy();

    SignInStep m_step;
    QLabel *m_heading = nullptr;
    QLabel *m_explanation = nullptr;
    QLineEdit *m_value = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_copy = nullptr;
    QLabel *m_copied = nullptr;
};
