#pragma once

#include <QByteArray>
#include <QString>

#include <utility>
#include <variant>

// What went wrong, for people and for logs. `message` is translated and safe to show; `detail`
// is for logs and has had every secret removed before it was built.
struct Error
{
    enum class Kind
    {
        InvalidInput,
        Parse,
        Network,
        Tls,
        Timeout,
        Authentication,
        Permission,
        NotFound,
        Server,
        Keychain,
        Io,
        Cancelled,
        Internal,
        // A person must log in (no stored secret will do, or the one stored was refused) and
        // nobody could be asked: a face that can ask opens its login, a script gets exit 3.
        LoginRequired,
    };

    Kind kind = Kind::Internal;
    QString code;    // stable and machine-readable, e.g. "jwt.segment_count"
    QString message; // translated, one sentence or two, no secrets
    QString detail;  // redacted, for logs only
    // A server certificate refused only because no trusted authority signed it (code
    // "net.tls_certificate"): the chain the server sent, leaf first, as PEM, so that a face may
    // offer to trust its top (see CaTrust). Certificates are public: nothing here is secret.
    QByteArray untrustedChain;

    static Error make(Kind kind, QString code, QString message, QString detail = {})
    {
        Error error;
        error.kind = kind;
        error.code = std::move(code);
        error.message = std::move(message);
        error.detail = std::move(detail);
        return error;
    }
};

// A value or an Error; the project's replacement for exceptions.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &std::get<0>(m_data); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};
