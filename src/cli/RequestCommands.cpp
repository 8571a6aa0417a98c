// request and curl: an ad-hoc call with the profile's authentication through the one send path,
// or the curl command for it.
#include "CliContext.h"
#include "Commands.h"

#include "compose/AuthorizationPreview.h"
#include "compose/RequestRunner.h"
#include "interop/DraftExport.h"

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
    QString bodyFile; // -d @FILE: sent as its bytes
    bool hasBody = false;
    bool noHistory = false;
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
                r.body = file.peek(64);
                r.bodyFile = file.fileName();
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
        } else if (!isCurl && arg == QLatin1String("--no-history")) {
            r.noHistory = true;
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

// The draft the one send path takes: what was typed, nothing resolved or attached yet.
RequestDraft draftOf(const RequestArgs &r)
{
    RequestDraft draft;
    draft.method = QString::fromLatin1(r.method);
    draft.url = r.target;
    for (const auto &h : r.headers)
        draft.headers.append({QString::fromUtf8(h.first), QString::fromUtf8(h.second), true});
    if (!r.hasBody)
        return draft;
    const QString type = draft.header(QStringLiteral("Content-Type")).value_or(QString());
    if (!r.bodyFile.isEmpty()) {
        draft.bodyKind = RequestDraft::BodyKind::File;
        draft.bodyFilePath = r.bodyFile;
        draft.fileContentType = type;
    } else {
        draft.bodyKind = RequestDraft::BodyKind::Raw;
        draft.bodyText = QString::fromUtf8(r.body);
        draft.rawContentType = type;
    }
    return draft;
}

// Where the draft goes, said before it goes when the credential stays home: the composer's own
// words for it.
void noteOrigin(CliContext &context, const Profile &profile, const Session *session,
                const RequestArgs &r)
{
    const auto preview = AuthorizationPreview::of(&profile, session, r.target, false);
    if (!preview.originNote.isEmpty())
        context.err << Text::tr("Note: %1").arg(preview.originNote) << '\n';
}

} // namespace

namespace Commands {

int request(CliContext &context, const QStringList &args)
{
    RequestArgs r;
    if (const int code = parse(context, QStringLiteral("request"), args, false, r); code != 0)
        return code;
    addContentType(r);
    int code = CliContext::Ok;
    const auto profile = context.requireProfile(r.name, code);
    if (!profile)
        return code;
    if (r.secretsStdin && (code = context.takeSecretsFromStdin(*profile)) != CliContext::Ok)
        return code;
    noteOrigin(context, *profile, nullptr, r);

    AppServices &services = context.services();
    if (!r.noHistory) {
        // History that cannot be kept never stops a request; it is said once.
        if (const auto opened = services.history().open(services.historyPath()); !opened)
            context.err << opened.error().message << '\n';
    }
    RequestRunner *runner = services.makeRunner(&services);
    RequestRunner::Options options;
    options.saveToFile = r.output;
    options.recordHistory = !r.noHistory;
    const RequestRunner::Outcome outcome = context.wait<RequestRunner::Outcome>([&](auto done) {
        QObject::connect(runner, &RequestRunner::finished, runner, done);
        runner->send(profile->id, draftOf(r), options);
    });
    const Result<HttpResponse> &result = outcome.response;
    if (!result)
        return context.fail(result.error());

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
    } else if (response.bodyFile != r.output) {
        // An answer that did not stream to -o (an error status) is saved there all the same,
        // as curl does; a temporary file it went to goes.
        if (!response.bodyFile.isEmpty()) {
            QFile::remove(r.output);
            if (!QFile::rename(response.bodyFile, r.output))
                QFile::remove(response.bodyFile);
        } else {
            QFile file(r.output);
            if (file.open(QIODevice::WriteOnly))
                file.write(response.body);
        }
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
    int code = CliContext::Ok;
    const auto profile = context.requireProfile(r.name, code);
    if (!profile)
        return code;
    if (r.secretsStdin && (code = context.takeSecretsFromStdin(*profile)) != CliContext::Ok)
        return code;

    // The composer's Copy as, in a terminal: the token (and any secret typed into the
    // arguments) as $PLACEHOLDERS unless revealed.
    DraftExport::Context export_;
    export_.profile = &*profile;
    export_.reveal = r.reveal;
    if (r.reveal) {
        const Result<Session> fresh = context.wait<Result<Session>>([&](auto done) {
            context.sessions().freshSession(profile->id, &context.sessions(), done);
        });
        if (!fresh)
            return context.fail(fresh.error());
        export_.session = fresh.value();
    }
    noteOrigin(context, *profile, export_.session ? &*export_.session : nullptr, r);
    const auto text = DraftExport::exportDraft(RequestExport::Format::Curl, draftOf(r), export_);
    if (!text)
        return context.fail(text.error());
    context.out << text.value() << '\n';
    return CliContext::Ok;
}

} // namespace Commands
