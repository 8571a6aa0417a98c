#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCborValue>

// YAML (1.2 core schema) read with yaml-cpp into the same ordered tree OrderedJson gives. yaml-cpp
// throws and shares aliased nodes: walking a "billion laughs" document would visit 10^9 nodes, so
// the walk counts and stops at a limit; every exception ends at this boundary as an Error.
namespace YamlDocument {

struct Limits
{
    int maxDepth = 256;
    qsizetype maxNodes = 4 * 1000 * 1000;
};

Result<QCborValue> parse(const QByteArray &text, const Limits &limits = {});

} // namespace YamlDocument
