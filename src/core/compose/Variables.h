#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct Profile;
struct Session;

// The {{name}} values a request may use: the profile's base URL, name and non-secret fields, and
// the facts its session returned (RegScale's userId). The profile's token never becomes one: it
// is attached by the HTTP layer, not pasted into text. Secrets a person typed into a request are
// variables of their own, whose values live in the keychain (SecretVariables).
class Variables
{
public:
    struct Variable
    {
        QString name;
        QString value;
        QString origin; // where it comes from, for people: "profile", "login response"
    };

    static Variables forProfile(const Profile &profile, const Session *session = nullptr);

    void set(const QString &name, const QString &value, const QString &origin);
    std::optional<QString> value(const QString &name) const;
    const Variable *find(const QString &name) const;
    const QList<Variable> &all() const { return m_variables; }

    // Replaces every {{name}} (spaces inside the braces allowed) with its value; a name with no
    // value is left as it is and reported in `unresolved`.
    QString resolve(const QString &text, QStringList *unresolved = nullptr) const;

    // The names referenced in `text`, each once, in order; and where each reference sits.
    struct Reference
    {
        QString name;
        qsizetype start = 0;  // of "{{"
        qsizetype length = 0; // through "}}"
    };
    static QList<Reference> references(const QString &text);
    // True when `text` holds references and nothing else but white space ("Bearer {{token}}"
    // is not; "{{token}}" is).
    static bool onlyReferences(const QString &text);
    // Sets every variable of `other` here, replacing those of the same name.
    void merge(const Variables &other);

private:
    QList<Variable> m_variables;
};
