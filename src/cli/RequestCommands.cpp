// request and curl: an ad-hoc call with the profile's authentication, or the curl command for it.
#include "CliContext.h"
#include "Commands.h"
#include "ProfileSession.h"

#include "auth/AuthenticatorFactory.h"
#include "compose/RequestBuilder.h"
#include "interop/RequestExport.h"
#include "net/HttpErrors.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLocale>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

struct RequestArgs
{
    QString name;
    QByteArray method;
    QString target;
    HttpHeaders headers;
    QByteArray body;
    bool hasBody = false;
    bool include = false;
    QString output;
    bool reveal = false;
    bool secretsStdin = false;
};

int parse(CliContext &context, const QString &command, const QStringList &args, bool isCurl,
          RequestArgs &r)
{
    QStringList positional;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        const auto next = [&]() -> std::optional<QString> {
            if (i + 1 >= args.size())
                return std::nullopt;
            return args.at(++i);
        };
        if (arg == QLatin1String("-H") || arg == QLatin1String("--header")) {
            const auto h = next();
            const qsizetype colon = h ? h->indexOf(QLatin1Char(':')) : -1;
            if (colon <= 0)
                return context.fail(CliContext::Usage,
                                    Text::tr("%1: -H takes 'Name: value'.").arg(command));
            r.headers.append(
                qMakePair(h->left(colon).trimmed().toUtf8(), h->mid(colon + 1).trimmed().toUtf8()));
        } else if (arg == QLatin1String("-d") || arg == QLatin1String("--data")) {
            const auto d = next();
            if (!d)
                return context.fail(CliContext::Usage,
                                    Text::tr("%1: -d needs a body.").arg(command));
            if (d->startsWith(QLatin1Char('@'))) {
                QFile file(d->mid(1));
                if (!file.open(QIODevice::ReadOnly))
                    return context.fail(CliContext::Usage,
                                        Text::tr("%1: cannot read %2: %3")
                                            .arg(command, file.fileName(), file.errorString()));
                r.body = file.readAll();
            } else {
                r.body = d->toUtf8();
            }
            r.hasBody = true;
        } else if (!isCurl && arg == QLatin1String("-i")) {
            r.include = true;
        } else if (!isCurl && arg == QLatin1String("-o")) {
            const auto o = next();
            if (!o)
                return context.fail(CliContext::Usage,
                                    Text::tr("%1: -o needs a file.").arg(command));
            r.output = *o;
        } else if (isCurl && arg == QLatin1String("--reveal")) {
            r.reveal = true;
        } else if (arg == QLatin1String("--secrets-stdin")) {
            r.secretsStdin = true;
        } else if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1) {
            return context.fail(CliContext::Usage,
                                Text::tr("%1: unknown option '%2'.").arg(command, arg));
        } else {
            positional.append(arg);
        }
    }
    if (positional.size() != 3)
        return context.fail(CliContext::Usage,
                            Text::tr("%1: give NAME METHOD PATH_OR_URL.").arg(command));
    r.name = positional.at(0);
    r.method = positional.at(1).toUpper().toLatin1();
    r.target = positional.at(2);
    static const QList<QByteArray> methods{"GET",    "POST", "PUT",    "PATCH",
                                           "DELETE", "HEAD", "OPTIONS"};
    if (!methods.contains(r.method))
        return context.fail(CliContext::Usage,
                            Text::tr("%1: unknown method '%2'.").arg(command, positional.at(1)));
    return CliContext::Ok;
}

void addContentType(RequestArgs &r)
{
    if (!r.hasBody)
        return;
    for (const auto &h : std::as_const(r.headers))
        if (h.first.compare("Content-Type", Qt::CaseInsensitive) == 0)
            return;
    const QByteArray trimmed = r.body.trimmed();
    const bool json = trimmed.startsWith('{') || trimmed.startsWith('[');
    r.headers.append(
        qMakePair(QByteArray("Content-Type"),
                  QByteArray(json ? "application/json" : "application/x-www-form-urlencoded")));
}

int runRequest(CliContext &context, const HttpRequest &request, Result<HttpResponse> &result)
{
    HttpCall *call = context.http().send(request);
    QEventLoop loop;
    QObject::connect(call, &HttpCall::finished, &loop, [&] {
        result = call->result();
        loop.quit();
    });
    loop.exec();
    return CliContext::Ok;
}

} // namespace

namespace Commands {

int request(CliContext &context, const QStringList &args)
{
    RequestArgs r;
    if (const int code = parse(context, QStringLiteral("request"), args, false, r); code != 0)
        return code;
    addContentType(r);
    int missing = CliContext::Ok;
    const auto profile = context.requireProfile(r.name, missing);
    if (!profile)
        return missing;
    ProfileSession session(context, *profile);
    int code = session.gatherSecrets(r.secretsStdin);
    if (code == CliContext::Ok)
        code = session.ensureSession(true);
    if (code != CliContext::Ok)
        return code;

    HttpRequest request;
    request.method = r.method;
    request.url = RequestBuilder::resolveUrl(profile->baseUrl, r.target);
    request.headers = r.headers;
    request.body = r.body;
    request.saveToFile = r.output;
    request.credential = session.session().credential();
    if (Origin::of(request.url) != request.credential.origin)
        context.err << Text::tr("Note: %1 is not on %2's origin (%3), so no credentials are sent.")
                           .arg(request.url.host(), profile->name,
                                request.credential.origin.toString())
                    << '\n';

    Result<HttpResponse> result = Error{};
    runRequest(context, request, result);
    // A token the server no longer takes: log in again once, when the stored secrets allow it.
    if (result && result->status == 401 && profile->options.autoRelogin &&
        session.authenticator() == nullptr) {
        ProfileSession fresh(context, *context.profile(r.name));
        if (fresh.gatherSecrets(false) == CliContext::Ok &&
            fresh.logIn(!context.noKeychain()) == CliContext::Ok) {
            request.credential = fresh.session().credential();
            runRequest(context, request, result);
        }
    }
    if (!result)
        return context.fail(CliContext::exitCodeFor(result.error()), result.error().message);

    const HttpResponse &response = result.value();
    context.out.flush();
    QIODevice *stdoutDevice = context.out.device();
    if (r.include) {
        QByteArray head =
            "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + response.reason + "\r\n";
        for (const auto &h : response.headers)
            head += h.first + ": " + h.second + "\r\n";
        head += "\r\n";
        stdoutDevice->write(head);
    }
    if (r.output.isEmpty()) {
        if (!response.bodyFile.isEmpty()) {
            // A large body went to a temporary file: copy it in pieces, then remove it.
            QFile file(response.bodyFile);
            if (file.open(QIODevice::ReadOnly)) {
                while (!file.atEnd())
                    stdoutDevice->write(file.read(1 << 20));
            }
            file.remove();
        } else {
            stdoutDevice->write(response.body);
        }
    } else if (!response.isSuccess() && !response.body.isEmpty()) {
        QFile file(r.output);
        if (file.open(QIODevice::WriteOnly))
            file.write(response.body);
    }
    if (auto *file = qobject_cast<QFile *>(stdoutDevice))
        file->flush();

    context.err << response.status << ' ' << QString::fromLatin1(response.reason)
                << QStringLiteral(" · ") << response.elapsedMs << QStringLiteral(" ms · ")
                << QLocale::c().formattedDataSize(response.bodySize) << '\n';
    return response.status >= 400 ? CliContext::HttpError : CliContext::Ok;
}

int curl(CliContext &context, const QStringList &args)
{
    RequestArgs r;
    if (const int code = parse(context, QStringLiteral("curl"), args, true, r); code != 0)
        return code;
    addContentType(r);
    int missing = CliContext::Ok;
    const auto profile = context.requireProfile(r.name, missing);
    if (!profile)
        return missing;

    TokenDelivery delivery =
        AuthenticatorFactory::deliveryFor(profile->vendor, profile->method, profile->fields);
    QString secret;
    if (r.reveal) {
        ProfileSession session(context, *profile);
        int code = session.gatherSecrets(r.secretsStdin);
        if (code == CliContext::Ok)
            code = session.ensureSession(true);
        if (code != CliContext::Ok)
            return code;
        delivery = session.session().token.delivery();
        secret = session.session().token.raw();
    }
    HttpRequest request;
    request.method = r.method;
    request.url = RequestBuilder::resolveUrl(profile->baseUrl, r.target);
    request.headers = r.headers;
    request.body = r.body;
    // The token goes only to the profile's origin, as a $TOKEN placeholder unless revealed.
    RequestExport::Options options;
    options.auth = RequestExport::Auth{delivery, Origin::of(profile->baseUrl), secret};
    context.out << RequestExport::exportRequest(RequestExport::Format::Curl, request, options)
                << '\n';
    return CliContext::Ok;
}

} // namespace Commands
