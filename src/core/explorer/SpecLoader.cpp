#include "explorer/SpecLoader.h"

#include "AppPaths.h"

#include "auth/AuthenticatorFactory.h"
#include "compose/DraftSecrets.h"
#include "compose/RequestBuilder.h"
#include "compose/SecretVariables.h"
#include "compose/Variables.h"
#include "explorer/SpecParser.h"
#include "net/HttpClient.h"
#include "profiles/ProfileStore.h"
#include "util/Clock.h"
#include "util/PrivateFiles.h"
#include "util/Redactor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>

#include <atomic>
#include <memory>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SpecLoader)
};

// The largest public descriptions fit (GitHub's dereferenced one is 73 MB); tests lower it.
qint64 MaxDocumentBytes = SpecLoader::DefaultDocumentLimit;

bool isRemote(const QString &source)
{
    return source.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
           source.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

bool isLocalFile(const QString &source)
{
    return source.startsWith(QLatin1String("file:"), Qt::CaseInsensitive) ||
           (QDir::isAbsolutePath(source) && QFileInfo::exists(source));
}

QString localPath(const QString &source)
{
    return source.startsWith(QLatin1String("file:"), Qt::CaseInsensitive)
               ? QUrl(source).toLocalFile()
               : source;
}

// `shownAs` names the document in messages: its address when `path` is where a download was
// kept, never a temporary file a person has not heard of.
Result<QByteArray> readFile(const QString &path, const QString &shownAs = {})
{
    const QString name = shownAs.isEmpty() ? path : shownAs;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(Error::Kind::Io, QStringLiteral("explorer.file_unreadable"),
                           Text::tr("Could not read %1: %2.").arg(name, file.errorString()));
    }
    if (file.size() > MaxDocumentBytes) {
        return Error::make(Error::Kind::InvalidInput, QStringLiteral("explorer.too_large"),
                           Text::tr("%1 is larger than %2 MB, which is refused.")
                               .arg(name)
                               .arg(MaxDocumentBytes / (1024 * 1024)));
    }
    return file.readAll();
}

// "https://user:pass@host/x" -> "https://host/x", on the text as typed ({{variables}} and all).
QString withoutUserInfo(const QString &address)
{
    static const QRegularExpression userInfo(
        QStringLiteral("^(\\s*[A-Za-z][A-Za-z0-9+.-]*://)[^/?#@]*@"));
    QString out = address;
    return out.replace(userInfo, QStringLiteral("\\1"));
}

// What the parse worker hands back; shared so that the thread never touches the loader.
struct ParseJob
{
    QByteArray bytes;
    std::shared_ptr<std::atomic_bool> cancel = std::make_shared<std::atomic_bool>(false);
    std::optional<Result<ApiSpec>> result;
};

// How long a loader being destroyed gives a cancelled parse to stop before leaving it to finish
// on its own: the parse looks at its cancel flag every few thousand values.
constexpr int StopWaitMs = 100;

} // namespace

SpecLoader::SpecLoader(ProfileStore *profiles, SessionManager *sessions, HttpClient *http,
                       const QString &storageDir, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_runner(new RequestRunner(profiles, sessions, http, nullptr, this))
    , m_dir(storageDir.isEmpty() ? defaultStorageDir() : storageDir)
{
    connect(m_runner, &RequestRunner::finished, this, &SpecLoader::onFetched);
}

SpecLoader::~SpecLoader()
{
    cancel();
    // A cancelled parse stops within a few thousand values; quitting waits no longer than that.
    // One that has not stopped by then finishes by itself and deletes its thread: it shares
    // nothing with this loader but its job.
    for (const Worker &worker : std::as_const(m_workers)) {
        QThread *thread = worker.thread.data();
        if (!thread)
            continue;
        if (thread->wait(StopWaitMs)) {
            delete thread;
        } else {
            thread->disconnect(this);
            connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        }
    }
}

QString SpecLoader::defaultStorageDir()
{
    return AppPaths::cacheDir() + QStringLiteral("/explorer");
}

void SpecLoader::setDocumentLimit(qint64 bytes)
{
    MaxDocumentBytes = bytes;
}

QStringList SpecLoader::defaultSources(const QString &vendor)
{
    // The vendor's descriptor knows; a vendor nobody describes gets the common openapi.json,
    // under the base URL first, then at the origin's root.
    if (const auto d = AuthenticatorFactory::vendor(vendor))
        return d->apiDocumentSources;
    return {QStringLiteral("openapi.json"), QStringLiteral("/openapi.json")};
}

QString SpecLoader::pathFor(const QUuid &id, const char *suffix) const
{
    return m_dir + QLatin1Char('/') + id.toString(QUuid::WithoutBraces) + QLatin1String(suffix);
}

QJsonObject SpecLoader::readMeta(const QUuid &id) const
{
    QFile file(pathFor(id, ".json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool SpecLoader::writeMeta(const QUuid &id, const QJsonObject &meta) const
{
    return PrivateFiles::write(pathFor(id, ".json"), QJsonDocument(meta).toJson()).ok();
}

bool SpecLoader::storeCache(const QUuid &id, const QByteArray &bytes, const QString &origin) const
{
    if (!PrivateFiles::write(pathFor(id, ".spec"), bytes))
        return false;
    QJsonObject meta = readMeta(id);
    meta.insert(QStringLiteral("fetchedFrom"), origin);
    meta.insert(QStringLiteral("fetchedAt"), Clock::now().toString(Qt::ISODateWithMs));
    meta.insert(QStringLiteral("bytes"), qint64(bytes.size()));
    return writeMeta(id, meta);
}

QString SpecLoader::sourceOverride(const QUuid &profileId) const
{
    return readMeta(profileId).value(QStringLiteral("source")).toString();
}

QString SpecLoader::setSourceOverride(const QUuid &profileId, const QString &source)
{
    QString kept = withoutUserInfo(source.trimmed());
    if (!kept.isEmpty() && !isLocalFile(kept)) {
        // A key in the address (?api_key=...) is kept like one typed into a request. Names the
        // profile keeps already are avoided unless their value is known to be this one.
        QHash<QString, QString> known;
        if (m_secretVariables) {
            const Variables values = m_secretVariables->known(profileId);
            for (const QString &name : m_secretVariables->names(profileId))
                known.insert(name, values.value(name).value_or(QString()));
        }
        RequestDraft address;
        address.url = kept;
        const DraftSecrets::Extraction extraction = DraftSecrets::extract(address, known);
        kept = extraction.draft.url;
        if (m_secretVariables && !extraction.isEmpty())
            m_secretVariables->store(profileId, extraction.newValues(), this, {});
    }
    QJsonObject meta = readMeta(profileId);
    if (kept.isEmpty())
        meta.remove(QStringLiteral("source"));
    else
        meta.insert(QStringLiteral("source"), kept);
    writeMeta(profileId, meta);
    return kept;
}

QStringList SpecLoader::candidates(const QUuid &profileId) const
{
    return candidates(profileId, Variables(), nullptr);
}

QStringList SpecLoader::candidates(const QUuid &profileId, const Variables &variables,
                                   QStringList *unresolved) const
{
    const auto profile = m_profiles->find(profileId.toString());
    const QString custom = sourceOverride(profileId);
    const QStringList sources = custom.isEmpty()
                                    ? defaultSources(profile ? profile->vendor : QString())
                                    : QStringList{custom};
    // A user name or password in the base URL (refused today, kept by older profiles) is no
    // part of the addresses: HttpClient would not send it, and they are shown and cached.
    const QUrl base = profile ? profile->baseUrl.adjusted(QUrl::RemoveUserInfo) : QUrl();
    QStringList out;
    for (const QString &written : sources) {
        // Variables first: a {{name}} must not reach QUrl, which would encode its braces.
        const QString source = unresolved ? variables.resolve(written, unresolved) : written;
        if (isRemote(source) || isLocalFile(source))
            out.append(source);
        else if (!base.isValid() || base.isEmpty())
            continue;
        else if (source.startsWith(QLatin1Char('/')))
            out.append(base.resolved(QUrl(source)).toString());
        else
            out.append(RequestBuilder::resolveUrl(base, source).toString());
    }
    return out;
}

std::optional<SpecLoader::CacheInfo> SpecLoader::cacheInfo(const QUuid &profileId) const
{
    if (!QFileInfo::exists(pathFor(profileId, ".spec")))
        return std::nullopt;
    const QJsonObject meta = readMeta(profileId);
    CacheInfo info;
    info.fetchedFrom = meta.value(QStringLiteral("fetchedFrom")).toString();
    info.fetchedAt = QDateTime::fromString(meta.value(QStringLiteral("fetchedAt")).toString(),
                                           Qt::ISODateWithMs);
    info.bytes = QFileInfo(pathFor(profileId, ".spec")).size();
    return info;
}

void SpecLoader::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void SpecLoader::cancel()
{
    ++m_generation;
    for (const Worker &worker : std::as_const(m_workers))
        *worker.cancel = true;
    if (m_runner->isRunning())
        m_runner->cancel();
    setBusy(false);
}

void SpecLoader::load(const QUuid &profileId)
{
    // A cache an earlier version made readable by others becomes private on first use.
    if (QFileInfo(m_dir).isDir())
        PrivateFiles::makeFolder(m_dir);
    const auto info = cacheInfo(profileId);
    if (!info) {
        refresh(profileId);
        return;
    }
    cancel();
    const quint64 generation = m_generation;
    setBusy(true);
    const auto bytes = readFile(pathFor(profileId, ".spec"));
    if (!bytes) {
        fail(profileId, bytes.error(), generation);
        return;
    }
    parseAsync(profileId, bytes.value(), info->fetchedFrom, false, generation);
}

void SpecLoader::loadFile(const QUuid &profileId, const QString &path)
{
    cancel();
    const quint64 generation = m_generation;
    setBusy(true);
    const auto bytes = readFile(path);
    if (!bytes) {
        fail(profileId, bytes.error(), generation);
        return;
    }
    setSourceOverride(profileId, QFileInfo(path).absoluteFilePath());
    parseAsync(profileId, bytes.value(), QFileInfo(path).absoluteFilePath(), true, generation);
}

void SpecLoader::loadBytes(const QUuid &profileId, const QByteArray &bytes, const QString &origin)
{
    cancel();
    const quint64 generation = m_generation;
    setBusy(true);
    parseAsync(profileId, bytes, origin, false, generation);
}

void SpecLoader::refresh(const QUuid &profileId, bool mayAskToLogIn)
{
    cancel();
    const quint64 generation = m_generation;
    const QStringList urls = candidates(profileId);
    if (urls.isEmpty()) {
        setBusy(true);
        fail(profileId,
             Error::make(Error::Kind::InvalidInput, QStringLiteral("explorer.no_source"),
                         Text::tr("This profile has no base URL to fetch an API description "
                                  "from: open a file or enter a URL.")),
             generation);
        return;
    }
    if (isLocalFile(urls.first())) {
        loadFile(profileId, localPath(urls.first()));
        return;
    }
    setBusy(true);
    // A key kept out of the address comes back from the keychain for the fetch.
    const QString custom = sourceOverride(profileId);
    RequestDraft address;
    address.url = custom;
    if (m_secretVariables && !custom.isEmpty()) {
        m_secretVariables->valuesFor(
            profileId, address, this,
            [this, profileId, generation, mayAskToLogIn](const Variables &) {
                if (generation == m_generation)
                    fetchAll(profileId, generation, mayAskToLogIn);
            });
        return;
    }
    fetchAll(profileId, generation, mayAskToLogIn);
}

void SpecLoader::fetchAll(const QUuid &id, quint64 generation, bool mayAsk)
{
    Variables variables;
    if (const auto profile = m_profiles->find(id.toString()))
        variables = Variables::forProfile(*profile);
    if (m_secretVariables)
        variables.merge(m_secretVariables->known(id));
    QStringList unresolved;
    const QStringList urls = candidates(id, variables, &unresolved);
    if (!unresolved.isEmpty()) {
        fail(id,
             Error::make(Error::Kind::InvalidInput, QStringLiteral("explorer.unresolved"),
                         Text::tr("The address of the API description uses %1, which has no "
                                  "value: enter the address again.")
                             .arg(QStringLiteral("{{") + unresolved.join(QStringLiteral("}}, {{")) +
                                  QStringLiteral("}}"))),
             generation);
        return;
    }
    QList<Address> addresses;
    for (const QString &candidate : urls) {
        // What is shown and cached names no secret: no user info, secret values masked.
        const QUrl url(candidate);
        addresses.append({Redactor::url(url), url});
    }
    fetchNext(id, addresses, generation, mayAsk, Error{});
}

void SpecLoader::fetchNext(const QUuid &id, QList<Address> urls, quint64 generation, bool mayAsk,
                           const Error &lastError)
{
    if (urls.isEmpty()) {
        fail(id, lastError, generation);
        return;
    }
    const Address address = urls.takeFirst();
    Q_EMIT progress(Text::tr("Fetching %1…").arg(address.kept));
    m_fetch = Fetch{id, address.kept, urls, generation, mayAsk};
    RequestDraft draft;
    draft.method = QStringLiteral("GET");
    draft.url = address.url.toString(QUrl::FullyEncoded);
    draft.headers.append({QStringLiteral("Accept"),
                          QStringLiteral("application/json, application/yaml;q=0.9, "
                                         "text/yaml;q=0.8, */*;q=0.5"),
                          true});
    // Through the one send path: the profile's network settings, and its session when there is
    // one. The description often sits behind the same login as the API, and many servers
    // publish it openly: without a session it goes without a credential, and only a person's
    // click (mayAsk) turns a 401 into a login.
    RequestRunner::Options options;
    options.credentialRequired = false;
    options.recordHistory = false;
    options.ask = mayAsk ? SessionManager::Ask::IfNeeded : SessionManager::Ask::Never;
    m_runner->send(id, draft, options);
}

void SpecLoader::onFetched(const RequestRunner::Outcome &outcome)
{
    const Fetch fetch = m_fetch;
    if (fetch.generation != m_generation || outcome.profileId != fetch.id)
        return;
    const QUuid &id = fetch.id;
    const QString &url = fetch.url;
    const quint64 generation = fetch.generation;
    const Result<HttpResponse> &result = outcome.response;
    if (!result) {
        // A cancel() of ours moved the generation on; a Cancelled here is a login given up.
        fail(id, result.error(), generation);
        return;
    }
    const HttpResponse &response = result.value();
    const auto dropBody = [&response] {
        if (!response.bodyFile.isEmpty())
            QFile::remove(response.bodyFile);
    };
    if (response.status == 404 || response.status == 410) {
        dropBody();
        fetchNext(id, fetch.rest, generation, fetch.mayAsk,
                  Error::make(Error::Kind::NotFound, QStringLiteral("explorer.not_found"),
                              Text::tr("No API description was found at %1 (HTTP %2).")
                                  .arg(url)
                                  .arg(response.status)));
        return;
    }
    if (response.status == 401 || response.status == 403) {
        dropBody();
        fail(id,
             Error::make(Error::Kind::Authentication, QStringLiteral("explorer.refused"),
                         Text::tr("%1 refused the request (HTTP %2): log in to this "
                                  "profile, then refresh.")
                             .arg(url)
                             .arg(response.status)),
             generation);
        return;
    }
    if (!response.isSuccess()) {
        dropBody();
        fail(id,
             Error::make(Error::Kind::Server, QStringLiteral("explorer.http_status"),
                         Text::tr("%1 answered HTTP %2 instead of an API description.")
                             .arg(url)
                             .arg(response.status)),
             generation);
        return;
    }
    QByteArray bytes = response.body;
    if (!response.bodyFile.isEmpty()) {
        const auto fromFile = readFile(response.bodyFile, url);
        dropBody();
        if (!fromFile) {
            fail(id, fromFile.error(), generation);
            return;
        }
        bytes = fromFile.value();
    }
    parseAsync(id, bytes, url, true, generation);
}

void SpecLoader::parseAsync(const QUuid &id, const QByteArray &bytes, const QString &origin,
                            bool storeInCache, quint64 generation)
{
    Q_EMIT progress(Text::tr("Reading the API description…"));
    auto job = std::make_shared<ParseJob>();
    job->bytes = bytes;
    // Several MB of YAML take a while: the window keeps painting while a worker parses, and a
    // cancel (another profile, another document, quitting) stops it.
    QThread *thread = QThread::create([job] {
        SpecParser::Limits limits;
        limits.cancel = job->cancel;
        job->result = SpecParser::parse(job->bytes, limits);
    });
    m_workers.append({thread, job->cancel});
    connect(thread, &QThread::finished, this,
            [this, thread, job, id, origin, storeInCache, generation] {
                m_workers.removeIf([thread](const Worker &w) { return w.thread == thread; });
                thread->deleteLater();
                if (generation != m_generation || !job->result)
                    return;
                Result<ApiSpec> &result = *job->result;
                if (!result) {
                    fail(id, result.error(), generation);
                    return;
                }
                if (storeInCache && !storeCache(id, job->bytes, origin)) {
                    Q_EMIT progress(
                        Text::tr("The API description could not be cached in %1.").arg(m_dir));
                }
                auto spec = std::make_shared<const ApiSpec>(std::move(result).value());
                m_specs.insert(id, spec);
                setBusy(false);
                Q_EMIT loaded(id, spec);
            });
    thread->start(QThread::LowPriority);
}

void SpecLoader::fail(const QUuid &id, const Error &error, quint64 generation)
{
    if (generation != m_generation)
        return;
    setBusy(false);
    Q_EMIT failed(id, error);
}
