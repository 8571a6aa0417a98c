#include "explorer/SpecLoader.h"

#include "auth/AuthenticatorFactory.h"
#include "compose/RequestBuilder.h"
#include "compose/RequestRunner.h"
#include "explorer/SpecParser.h"
#include "net/HttpClient.h"
#include "profiles/ProfileStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThread>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SpecLoader)
};

constexpr qint64 MaxDocumentBytes = qint64(64) * 1024 * 1024;

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

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(Error::Kind::Io, QStringLiteral("explorer.file_unreadable"),
                           Text::tr("Could not read %1: %2.").arg(path, file.errorString()));
    }
    if (file.size() > MaxDocumentBytes) {
        return Error::make(Error::Kind::InvalidInput, QStringLiteral("explorer.too_large"),
                           Text::tr("%1 is larger than %2 MB, which is refused.")
                               .arg(path)
                               .arg(MaxDocumentBytes / (1024 * 1024)));
    }
    return file.readAll();
}

// What the parse worker hands back; shared so that the thread never touches the loader.
struct ParseJob
{
    QByteArray bytes;
    std::optional<Result<ApiSpec>> result;
};

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
    // A parse cannot be interrupted; it is bounded by the parser's limits, so waiting is brief.
    // Their finished() handlers, which would delete them, die with this loader: delete them here.
    for (const QPointer<QThread> &thread : std::as_const(m_threads)) {
        if (thread) {
            thread->wait();
            delete thread.data();
        }
    }
}

QString SpecLoader::defaultStorageDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/explorer");
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
    if (!QDir().mkpath(m_dir))
        return false;
    QSaveFile file(pathFor(id, ".json"));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(meta).toJson());
    return file.commit();
}

bool SpecLoader::storeCache(const QUuid &id, const QByteArray &bytes, const QString &origin) const
{
    if (!QDir().mkpath(m_dir))
        return false;
    QSaveFile file(pathFor(id, ".spec"));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(bytes);
    if (!file.commit())
        return false;
    QJsonObject meta = readMeta(id);
    meta.insert(QStringLiteral("fetchedFrom"), origin);
    meta.insert(QStringLiteral("fetchedAt"),
                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    meta.insert(QStringLiteral("bytes"), qint64(bytes.size()));
    return writeMeta(id, meta);
}

QString SpecLoader::sourceOverride(const QUuid &profileId) const
{
    return readMeta(profileId).value(QStringLiteral("source")).toString();
}

void SpecLoader::setSourceOverride(const QUuid &profileId, const QString &source)
{
    QJsonObject meta = readMeta(profileId);
    if (source.trimmed().isEmpty())
        meta.remove(QStringLiteral("source"));
    else
        meta.insert(QStringLiteral("source"), source.trimmed());
    writeMeta(profileId, meta);
}

QStringList SpecLoader::candidates(const QUuid &profileId) const
{
    const auto profile = m_profiles->find(profileId.toString());
    const QString custom = sourceOverride(profileId);
    const QStringList sources = custom.isEmpty()
                                    ? defaultSources(profile ? profile->vendor : QString())
                                    : QStringList{custom};
    const QUrl base = profile ? profile->baseUrl : QUrl();
    QStringList out;
    for (const QString &source : sources) {
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
    if (m_runner->isRunning())
        m_runner->cancel();
    setBusy(false);
}

void SpecLoader::load(const QUuid &profileId)
{
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
    fetchNext(profileId, urls, generation, mayAskToLogIn, Error{});
}

void SpecLoader::fetchNext(const QUuid &id, QStringList urls, quint64 generation, bool mayAsk,
                           const Error &lastError)
{
    if (urls.isEmpty()) {
        fail(id, lastError, generation);
        return;
    }
    const QString url = urls.takeFirst();
    Q_EMIT progress(Text::tr("Fetching %1…").arg(url));
    m_fetch = Fetch{id, url, urls, generation, mayAsk};
    RequestDraft draft;
    draft.method = QStringLiteral("GET");
    draft.url = url;
    draft.headers.append({QStringLiteral("Accept"),
                          QStringLiteral("application/json, application/yaml;q=0.9, "
                                         "text/yaml;q=0.8, */*;q=0.5"),
                          true});
    // The description often sits behind the same login as the API, and many servers publish it
    // openly: the session goes when there is one; a 401 then asks for a login.
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
        const auto fromFile = readFile(response.bodyFile);
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
    // Several MB of YAML take a while: the window keeps painting while a worker parses.
    QThread *thread = QThread::create([job] { job->result = SpecParser::parse(job->bytes); });
    m_threads.append(thread);
    connect(thread, &QThread::finished, this,
            [this, thread, job, id, origin, storeInCache, generation] {
                m_threads.removeAll(thread);
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
