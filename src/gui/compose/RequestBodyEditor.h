#pragma once

#include "compose/RequestDraft.h"

#include <QWidget>

class KeyValueTable;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;

// The composer's Body tab: one editor per kind of body (JSON checked as it is typed and formatted
// on request, URL-encoded form fields, raw text with its content type, a file to send).
class RequestBodyEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RequestBodyEditor(QWidget *parent = nullptr);
    ~RequestBodyEditor() override;

    RequestDraft::BodyKind kind() const;
    // Writes the body's part of a draft (kind, text, form, file and their content types).
    void fillDraft(RequestDraft &draft) const;
    // Shows a draft's body; the kind changes first (kindChanged() may offer another method).
    void setDraft(const RequestDraft &draft);

    // The font requests are written in.
    static QFont monospace();

Q_SIGNALS:
    void kindChanged(RequestDraft::BodyKind kind);

private:
    void validateJson();
    void formatJson();
    void chooseFile();

    QComboBox *m_kind = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPlainTextEdit *m_jsonEdit = nullptr;
    QLabel *m_jsonStatus = nullptr;
    QPushButton *m_formatJson = nullptr;
    KeyValueTable *m_form = nullptr;
    QPlainTextEdit *m_rawEdit = nullptr;
    QComboBox *m_rawType = nullptr;
    QLineEdit *m_filePath = nullptr;
    QComboBox *m_fileType = nullptr;
    QTimer *m_jsonTimer = nullptr;
};
