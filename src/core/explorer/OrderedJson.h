#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCborValue>
#include <QString>

#include <atomic>
#include <memory>

// JSON read into QCborValue and written back from it. QJsonObject sorts its members; an API
// document's properties have an order people wrote on purpose (id first, then name...), and the
// example bodies we generate must keep it. QCborMap keeps insertion order.
namespace OrderedJson {

struct Limits
{
    int maxDepth = 256;
    qsizetype maxNodes = 8 * 1000 * 1000;
    // Members of one object. Making a larger one would hold a cancel up for longer than 100 ms.
    qsizetype maxMembers = 500 * 1000;
    // Set (from any thread) to stop reading: the parse returns within a few thousand values
    // with an Error of kind Cancelled.
    std::shared_ptr<const std::atomic_bool> cancel;
};

// Strict JSON (RFC 8259); fails with Error::Kind::Parse naming the line and column. A member
// named twice keeps its first place and takes its last value. Time linear in the text.
Result<QCborValue> parse(const QByteArray &text, const Limits &limits = {});

// JSON text with members in map order; `indent` 0 writes it on one line.
QString toText(const QCborValue &value, int indent = 2);

// A string, number or boolean as it reads in a query string or form field.
QString scalarText(const QCborValue &value);

} // namespace OrderedJson
