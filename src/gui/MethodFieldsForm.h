#pragma once

#include "auth/Credentials.h"

#include <QFormLayout>
#include <QList>
#include <QMap>
#include <QWidget>

class QLabel;

// The fields of one way to log in, as a form built from its descriptor: a label and an editor
// for each (a masked line with a Show button for a secret, a date with a "Known" box when it may
// be unknown, a list for a choice, a line for text and URLs), "(optional)" where it may stay
// empty for this profile. The login dialog asks a method's secrets with it, the profile editor
// its other fields.
class MethodFieldsForm : public QWidget
{
    Q_OBJECT

public:
    enum class Part
    {
        Secrets,  // the secret fields but the one-time ones (a second factor is asked apart)
        Settings, // the plain fields a profile keeps
    };

    explicit MethodFieldsForm(QWidget *parent = nullptr);
    ~MethodFieldsForm() override;

    // Shows `part` of `method`'s fields, optional as a profile with `profileFields` has them
    // (a client secret is not, for client credentials); what was shown before goes.
    void setMethod(const MethodDescriptor &method, Part part,
                   const QMap<QString, QString> &profileFields = {});
    void setFieldGrowthPolicy(QFormLayout::FieldGrowthPolicy policy);

    // The fields shown, in order, `optional` as for this profile.
    QList<FieldSpec> fields() const;
    bool isEmpty() const { return m_fields.isEmpty(); }
    // A secret as typed; any other value trimmed; a date "yyyy-MM-dd", empty when unknown.
    QString value(const QString &key) const;
    void setValue(const QString &key, const QString &value);
    // The values that are not empty, by key.
    QMap<QString, QString> values() const;
    // Every field that may not stay empty has a value.
    bool isFilled() const;

    // The editor a person types into (null for an unknown key), the first of them, and the first
    // left empty (only among those that must be filled when `requiredOnly`).
    QWidget *editor(const QString &key) const;
    QWidget *firstEditor() const;
    QWidget *firstEmpty(bool requiredOnly) const;
    // The labels, for a dialog that lines them up with its other forms.
    QList<QWidget *> labels() const;
    // Puts the form's editors next in the tab order after `previous`; returns the last one.
    QWidget *chainTabOrder(QWidget *previous) const;

Q_SIGNALS:
    // A value changed.
    void edited();

private:
    struct Field
    {
        FieldSpec spec;
        QWidget *editor = nullptr;  // QLineEdit, QDateEdit or QComboBox
        QWidget *enabler = nullptr; // the "Known" check box of an optional date
        QLabel *label = nullptr;
    };

    QWidget *secretEditor(Field &field);
    QWidget *dateEditor(Field &field);
    QWidget *choiceEditor(Field &field);
    QWidget *lineEditor(Field &field);
    const Field *find(const QString &key) const;
    QString value(const Field &field) const;

    QFormLayout *m_layout;
    QList<Field> m_fields;
};
