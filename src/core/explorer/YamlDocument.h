#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCborValue>

#include <atomic>
#include <memory>

// YAML (1.2 core schema) read with yaml-cpp into the same ordered tree OrderedJson gives, from
// yaml-cpp's parse events as they come (time linear in the text, and a cancel is seen at once).
// An alias shares its anchor's tree; walking a "billion laughs" document would still visit 10^9
// nodes, so aliases count all the values they stand for, up to a limit. Every exception ends at
// this boundary as an Error.
namespace YamlDocument {

struct Limits
{
    int maxDepth = 256;
    qsizetype maxNodes = 4 * 1000 * 1000;
    qsizetype maxMembers = 500 * 1000;              // keys of one mapping, as OrderedJson::Limits
    std::shared_ptr<const std::atomic_bool> cancel; // as OrderedJson::Limits
};

Result<QCborValue> parse(const QByteArray &text, const Limits &limits = {});

} // namespace YamlDocument
