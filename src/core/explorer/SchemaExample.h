#pragma once

#include <QCborMap>
#include <QCborValue>

// An example value made from a JSON Schema as OpenAPI uses it: the document's own example or
// default when it gives one, else a value of the right type and format. $refs are followed,
// allOf merged, the first oneOf/anyOf choice taken. Recursive schemas end: a reference already
// being expanded, a depth limit and a total size budget all stop the walk.
namespace SchemaExample {

enum class Purpose
{
    Request, // readOnly properties left out
    Response // writeOnly properties left out
};

struct Options
{
    Purpose purpose = Purpose::Request;
    int maxDepth = 10;
    int maxNodes = 2000;
};

QCborValue generate(const QCborMap &root, const QCborValue &schema, const Options &options = {});

} // namespace SchemaExample
