#include "RequestBodyEditor.h"

#include "KeyValueTable.h"
#include "compose/Variables.h"
#include "util/JsonText.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

RequestBodyEditor::RequestBodyEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *bodyLayout = new QVBoxLayout(this);
    bodyLayout->setContentsMargins(0, 4, 0, 0);
    auto *kindLine = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("bodyKindComboBox"));
    m_kind->addItem(tr("No body"), int(RequestDraft::BodyKind::None));
    m_kind->addItem(tr("JSON"), int(RequestDraft::BodyKind::Json));
    m_kind->addItem(tr("Form (URL-encoded)"), int(RequestDraft::BodyKind::Form));
    m_kind->addItem(tr("Raw text"), int(RequestDraft::BodyKind::Raw));
    m_kind->addItem(tr("File"), int(RequestDraft::BodyKind::File));
    kindLine->addWidget(m_kind);
    kindLine->addStretch(1);
    bodyLayout->addLayout(kindLine);
    m_stack = new QStackedWidget(this);
    bodyLayout->addWidget(m_stack, 1);

    auto *none = new QLabel(tr("This request has no body."), this);
    none->setAlignment(Qt::AlignCenter);
    none->setEnabled(false);
    m_stack->addWidget(none);

    auto *json = new QWidget(this);
    auto *jsonLayout = new QVBoxLayout(json);
    jsonLayout->setContentsMargins(0, 0, 0, 0);
    m_jsonEdit = new QPlainTextEdit(json);
    m_jsonEdit->setObjectName(QStringLiteral("jsonBodyPlainTextEdit"));
    m_jsonEdit->setFont(monospace());
    m_jsonEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_jsonEdit->setPlaceholderText(QStringLiteral("{\n  \"name\": \"{{username}}\"\n}"));
    m_jsonEdit->setTabChangesFocus(true);
    jsonLayout->addWidget(m_jsonEdit, 1);
    auto *jsonLine = new QHBoxLayout;
    m_jsonStatus = new QLabel(json);
    m_jsonStatus->setObjectName(QStringLiteral("jsonStatusLabel"));
    jsonLine->addWidget(m_jsonStatus, 1);
    m_formatJson = new QPushButton(tr("Format"), json);
    m_formatJson->setObjectName(QStringLiteral("formatJsonButton"));
    m_formatJson->setToolTip(tr("Indent the JSON, keeping its order (Ctrl+Shift+F)"));
    jsonLine->addWidget(m_formatJson);
    jsonLayout->addLayout(jsonLine);
    m_stack->addWidget(json);

    m_form = new KeyValueTable(this);
    m_form->setObjectName(QStringLiteral("formKeyValueTable"));
    m_form->setPlaceholders(tr("New field"), tr("Value"));
    m_stack->addWidget(m_form);

    auto *raw = new QWidget(this);
    auto *rawLayout = new QVBoxLayout(raw);
    rawLayout->setContentsMargins(0, 0, 0, 0);
    auto *rawForm = new QFormLayout;
    m_rawType = new QComboBox(raw);
    m_rawType->setObjectName(QStringLiteral("rawContentTypeComboBox"));
    m_rawType->setEditable(true);
    m_rawType->addItems({QStringLiteral("text/plain"), QStringLiteral("application/xml"),
                         QStringLiteral("text/csv"), QStringLiteral("application/json"),
                         QStringLiteral("application/x-www-form-urlencoded")});
    rawForm->addRow(tr("Content type:"), m_rawType);
    rawLayout->addLayout(rawForm);
    m_rawEdit = new QPlainTextEdit(raw);
    m_rawEdit->setObjectName(QStringLiteral("rawBodyPlainTextEdit"));
    m_rawEdit->setFont(monospace());
    m_rawEdit->setTabChangesFocus(true);
    rawLayout->addWidget(m_rawEdit, 1);
    m_stack->addWidget(raw);

    auto *file = new QWidget(this);
    auto *fileLayout = new QFormLayout(file);
    auto *pathLine = new QHBoxLayout;
    m_filePath = new QLineEdit(file);
    m_filePath->setObjectName(QStringLiteral("bodyFileLineEdit"));
    pathLine->addWidget(m_filePath, 1);
    auto *browse = new QPushButton(tr("Choose…"), file);
    browse->setObjectName(QStringLiteral("chooseBodyFileButton"));
    pathLine->addWidget(browse);
    fileLayout->addRow(tr("File:"), pathLine);
    m_fileType = new QComboBox(file);
    m_fileType->setObjectName(QStringLiteral("fileContentTypeComboBox"));
    m_fileType->setEditable(true);
    m_fileType->addItems({QStringLiteral("application/octet-stream"),
                          QStringLiteral("application/json"), QStringLiteral("application/pdf"),
                          QStringLiteral("image/png"), QStringLiteral("text/csv")});
    fileLayout->addRow(tr("Content type:"), m_fileType);
    m_stack->addWidget(file);

    m_jsonTimer = new QTimer(this);
    m_jsonTimer->setSingleShot(true);
    m_jsonTimer->setInterval(250);
    connect(m_jsonTimer, &QTimer::timeout, this, &RequestBodyEditor::validateJson);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_stack->setCurrentIndex(index);
        validateJson();
        Q_EMIT kindChanged(kind());
    });
    connect(m_jsonEdit, &QPlainTextEdit::textChanged, m_jsonTimer, qOverload<>(&QTimer::start));
    connect(m_formatJson, &QPushButton::clicked, this, &RequestBodyEditor::formatJson);
    connect(browse, &QPushButton::clicked, this, &RequestBodyEditor::chooseFile);
    auto *formatShortcut =
        new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), m_jsonEdit);
    formatShortcut->setContext(Qt::WidgetShortcut);
    connect(formatShortcut, &QShortcut::activated, this, &RequestBodyEditor::formatJson);
    validateJson();
}

RequestBodyEditor::~RequestBodyEditor() = default;

QFont RequestBodyEditor::monospace()
{
    QFont font(QStringLiteral("monospace"));
    font.setStyleHint(QFont::TypeWriter);
    return font;
}

RequestDraft::BodyKind RequestBodyEditor::kind() const
{
    return RequestDraft::BodyKind(m_kind->currentData().toInt());
}

void RequestBodyEditor::fillDraft(RequestDraft &d) const
{
    d.bodyKind = kind();
    d.bodyText = d.bodyKind == RequestDraft::BodyKind::Raw ? m_rawEdit->toPlainText()
                                                           : m_jsonEdit->toPlainText();
    d.rawContentType = m_rawType->currentText().trimmed();
    d.formFields = m_form->rows();
    d.bodyFilePath = m_filePath->text().trimmed();
    d.fileContentType = m_fileType->currentText().trimmed();
}

void RequestBodyEditor::setDraft(const RequestDraft &d)
{
    m_kind->setCurrentIndex(m_kind->findData(int(d.bodyKind)));
    if (d.bodyKind == RequestDraft::BodyKind::Raw) {
        m_rawEdit->setPlainText(d.bodyText);
        m_jsonEdit->clear();
    } else {
        m_jsonEdit->setPlainText(d.bodyText);
        m_rawEdit->clear();
    }
    m_rawType->setCurrentText(d.rawContentType);
    m_form->setRows(d.formFields);
    m_filePath->setText(d.bodyFilePath);
    m_fileType->setCurrentText(d.fileContentType);
    validateJson();
}

void RequestBodyEditor::validateJson()
{
    if (kind() != RequestDraft::BodyKind::Json)
        return;
    const QString text = m_jsonEdit->toPlainText();
    if (text.trimmed().isEmpty()) {
        m_jsonStatus->setText(tr("Empty body"));
        m_jsonStatus->setStyleSheet(QString());
        m_formatJson->setEnabled(false);
        return;
    }
    // {{variables}} are replaced before sending; check the JSON as it will be, with a stand-in.
    QString checked = text;
    for (const auto &ref : Variables::references(text))
        checked.replace(ref.start, ref.length, QString(ref.length, QLatin1Char('0')));
    QJsonParseError error;
    const QByteArray utf8 = checked.toUtf8();
    QJsonDocument::fromJson(utf8, &error);
    const bool valid = error.error == QJsonParseError::NoError;
    if (valid) {
        m_jsonStatus->setText(tr("Valid JSON"));
        m_jsonStatus->setStyleSheet(QStringLiteral("QLabel { color: #2e7d32; }"));
    } else {
        const QByteArray before = utf8.left(error.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(before.size() - before.lastIndexOf('\n'));
        m_jsonStatus->setText(
            tr("Line %1, column %2: %3").arg(line).arg(column).arg(error.errorString()));
        m_jsonStatus->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    }
    m_formatJson->setEnabled(valid && utf8 == text.toUtf8());
    if (valid && utf8 != text.toUtf8())
        m_formatJson->setToolTip(tr("Formatting keeps {{variables}} as they are only in strings; "
                                    "format before adding variables outside strings."));
}

void RequestBodyEditor::formatJson()
{
    const QByteArray text = m_jsonEdit->toPlainText().toUtf8();
    QJsonParseError error;
    QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        return;
    // Through the editor's undo stack, so Ctrl+Z brings the original back.
    QTextCursor cursor(m_jsonEdit->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(QString::fromUtf8(JsonText::indented(text, 2)));
}

void RequestBodyEditor::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Choose the File to Send"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { m_filePath->setText(path); });
    dialog->open();
}
