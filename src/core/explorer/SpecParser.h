#pragma once

#include "explorer/ApiSpec.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCborMap>
#include <QCborValue>
#include <QHash>

#include <atomic>
#include <memory>

// Reads an API description (JSON or YAML, OpenAPI 3.x or Swagger 2.0) and indexes its operations.
// Values, not exceptions; malformed documents fail with a sentence a person can act on, and a
// document that is mostly fine loads with its problems listed.
namespace SpecParser {

struct Limits
{
    qsizetype maxBytes = qsizetype(128) * 1024 * 1024;
    qsizetype maxNodes = 4 * 1000 * 1000;
    int maxDepth = 256;
    int maxRefHops = 32;
    qsizetype maxMembers = 500 * 1000; // of one object or mapping (OrderedJson::Limits)
    // Set from any thread to stop: reading and indexing return within 100 ms with an Error of
    // kind Cancelled.
    std::shared_ptr<const std::atomic_bool> cancel;
};

// JSON when it starts with '{' or '[', else YAML.
Result<QCborValue> parseTree(const QByteArray &bytes, const Limits &limits = {});

Result<ApiSpec> parse(const QByteArray &bytes, const Limits &limits = {});
Result<ApiSpec> fromTree(const QCborValue &tree, const Limits &limits = {});

// Follows local "#/a/b" references in one document, and remembers: each large map a reference
// goes through is indexed the first time, so n references into a map of n members cost n, not
// n² (QCborMap finds a key by looking at every member). One per walk; not for several threads.
class RefResolver
{
public:
    explicit RefResolver(const QCborMap &root, int maxHops = 32);
    Result<QCborValue> resolve(const QString &ref);
    Result<QCborValue> deref(const QCborValue &value);

private:
    QCborValue member(const QString &path, const QCborMap &map, const QString &key);

    QCborMap m_root;
    int m_maxHops;
    QHash<QString, QHash<QString, QCborValue>> m_maps; // large maps, by their JSON pointer
    QHash<QString, QCborValue> m_resolved;
};

// Follows a local "#/a/b" reference (and the references it lands on) to a value. Fails on a
// cycle, a missing target, or a reference to another file, which we do not fetch.
Result<QCborValue> resolveRef(const QCborMap &root, const QString &ref, int maxHops = 32);

// The value itself, or what its "$ref" names; errors as resolveRef.
Result<QCborValue> deref(const QCborMap &root, const QCborValue &value, int maxHops = 32);

} // namespace SpecParser
