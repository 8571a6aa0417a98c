#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}
class SecureClipboard;
class TokenPanel;

// The application window. For now it hosts the token inspector; the profile list and the request
// composer take their places beside it as they arrive.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    TokenPanel *tokenPanel() const { return m_tokenPanel; }
    SecureClipboard *clipboard() const { return m_clipboard; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildClipboardMenu();
    void setClipboardDelay(int seconds);
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    SecureClipboard *m_clipboard;
    TokenPanel *m_tokenPanel;
};
