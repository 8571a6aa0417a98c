#pragma once

#include "auth/Credentials.h"
#include "profiles/Profile.h"

#include <QDialog>
#include <QList>
#include <QMap>

#include <memory>

namespace Ui {
class ProfileEditorDialog;
}
class MethodFieldsForm;
class QAbstractButton;
class QButtonGroup;
class QWidget;

// Creates or edits a profile: its vendor and method, base URL, the method's non-secret fields
// (built from the vendor's descriptor) and options. Secrets are never asked here: the login
// dialog asks for them.
class ProfileEditorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProfileEditorDialog(QWidget *parent = nullptr);
    ~ProfileEditorDialog() override;

    // Edit mode: shows `profile`; its vendor and method may still change.
    void setProfile(const Profile &profile);
    // What the dialog shows, as a profile; keeps the id and creation time of an edited one.
    Profile profile() const;

    // The method whose fields are shown.
    MethodDescriptor currentMethod() const;
    // Empty when the profile may be saved, else why not (as shown under the tabs).
    QString problem() const { return m_problem; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillVendors();
    void fillMethods();
    void selectMethod(const QString &vendor, const QString &method);
    void rebuildFields();
    void alignLabels();
    void rememberFieldValues();
    void addColourButtons();
    void selectColour(const QString &colour);
    QString currentColour() const;
    void validate();

    std::unique_ptr<Ui::ProfileEditorDialog> m_ui;
    QList<MethodDescriptor> m_methods;
    MethodFieldsForm *m_fields = nullptr;
    // Values typed into fields, by key, so switching methods back and forth keeps them.
    QMap<QString, QString> m_fieldValues;
    QButtonGroup *m_colourGroup = nullptr;
    Profile m_profile;
    QString m_problem;
};
