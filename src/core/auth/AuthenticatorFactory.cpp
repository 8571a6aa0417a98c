#include "AuthenticatorFactory.h"

#include "auth/vendors/GenericAuthenticator.h"
#include "auth/vendors/OAuth2Authenticator.h"
#include "auth/vendors/PasswordSafeAuthenticator.h"
#include "auth/vendors/RegScaleAuthenticator.h"
#include "auth/vendors/ScantrustAuthenticator.h"

namespace {

using Maker = std::unique_ptr<Authenticator> (*)(HttpClient *, const Credentials &);

struct Entry
{
    MethodDescriptor descriptor;
    Maker make;
};

template<typename A, typename A::Method M>
std::unique_ptr<Authenticator> make(HttpClient *http, const Credentials &credentials)
{
    return std::make_unique<A>(M, http, credentials);
}

template<typename A, typename A::Method M>
Entry entry()
{
    Entry e{A::describe(M), &make<A, M>};
    // Most vendors document no place for their API description: the common one is tried.
    if (e.descriptor.apiDocumentSources.isEmpty())
        e.descriptor.apiDocumentSources = {QStringLiteral("openapi.json"),
                                           QStringLiteral("/openapi.json")};
    return e;
}

// Built on each call: the descriptors hold translated words, and the language can change.
QList<Entry> entries()
{
    using RS = RegScaleAuthenticator;
    using ST = ScantrustAuthenticator;
    using PS = PasswordSafeAuthenticator;
    using G = GenericAuthenticator;
    return {
        entry<RS, RS::Method::Password>(),
        entry<RS, RS::Method::Token>(),
        entry<RS, RS::Method::ServiceAccount>(),
        entry<ST, ST::Method::Uat>(),
        entry<ST, ST::Method::Jwt>(),
        entry<PS, PS::Method::ApiKey>(),
        entry<PS, PS::Method::OAuth>(),
        entry<G, G::Method::Bearer>(),
        entry<G, G::Method::Basic>(),
        entry<OAuth2Authenticator, OAuth2Authenticator::Method::OAuth2>(),
    };
}

} // namespace

namespace AuthenticatorFactory {

QList<MethodDescriptor> all()
{
    QList<MethodDescriptor> out;
    const QList<Entry> table = entries();
    for (const Entry &e : table)
        out.append(e.descriptor);
    std::stable_sort(out.begin(), out.end(),
                     [](const MethodDescriptor &a, const MethodDescriptor &b) {
                         return a.vendorOrder < b.vendorOrder;
                     });
    return out;
}

std::optional<MethodDescriptor> find(const QString &vendor, const QString &method)
{
    const QList<Entry> table = entries();
    for (const Entry &e : table)
        if (e.descriptor.vendor == vendor && e.descriptor.method == method)
            return e.descriptor;
    return std::nullopt;
}

std::optional<MethodDescriptor> vendor(const QString &vendor)
{
    const QList<MethodDescriptor> methods = all();
    for (const MethodDescriptor &d : methods)
        if (d.vendor == vendor)
            return d;
    return std::nullopt;
}

QStringList vendors()
{
    QStringList out;
    const QList<MethodDescriptor> methods = all();
    for (const MethodDescriptor &d : methods)
        if (!out.contains(d.vendor))
            out.append(d.vendor);
    return out;
}

std::unique_ptr<Authenticator> create(const QString &vendor, const QString &method,
                                      HttpClient *http, const Credentials &credentials)
{
    const QList<Entry> table = entries();
    for (const Entry &e : table)
        if (e.descriptor.vendor == vendor && e.descriptor.method == method)
            return e.make(http, credentials);
    return nullptr;
}

TokenDelivery deliveryFor(const QString &vendor, const QString &method,
                          const QMap<QString, QString> &fields)
{
    const auto d = find(vendor, method);
    return d ? d->deliveryFor(fields) : TokenDelivery::bearer();
}

} // namespace AuthenticatorFactory
