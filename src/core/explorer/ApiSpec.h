#pragma once

#include <QCborMap>
#include <QCborValue>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

// One parameter of an operation, its $ref already followed. Swagger 2.0 puts the type on the
// parameter itself; it is moved into `schema` so that both versions read the same.
struct ApiParameter
{
    QString name;
    QString in; // "path", "query", "header", "cookie"
    bool required = false;
    bool deprecated = false;
    QString description;
    QCborValue schema;
    QCborValue example; // undefined when the document gives none
};

struct ApiResponse
{
    QString status; // "200", "4XX", "default"
    QString description;
    QStringList contentTypes;
};

// One method on one path, as the endpoint browser lists it and the composer receives it.
struct ApiOperation
{
    QString method; // upper case
    QString path;   // as the document writes it: "/api/issues/{id}"
    QString operationId;
    QString summary;
    QString description;
    QStringList tags;
    bool deprecated = false;
    QList<ApiParameter> parameters; // the path item's and the operation's, merged
    QStringList requestContentTypes;
    QString requestContentType; // the one an example body is made for
    QCborValue requestSchema;   // undefined: no body
    QCborValue requestExample;  // the document's own example for that content type, if any
    bool requestBodyRequired = false;
    QList<ApiResponse> responses;
    QStringList problems; // $refs that could not be followed, for people

    // What the search box matches: path, summary and operation id.
    QString searchText() const;
};

// A parsed OpenAPI 3.x or Swagger 2.0 document: its operations indexed, and the whole tree kept
// for the $refs that schemas make when an example body is generated. Read-only once built, so it
// is shared between the worker thread that parses it and the window that shows it.
struct ApiSpec
{
    enum class Kind
    {
        Swagger2,
        OpenApi3
    };

    Kind kind = Kind::OpenApi3;
    QString specVersion; // "2.0", "3.0.3", "3.1.0"
    QString title;
    QString version;
    QString description;
    // The path every operation path is under: Swagger's basePath, or the path of OpenAPI's first
    // server URL ("/api/v1"); empty for "/".
    QString basePath;
    QCborMap root;
    QList<ApiOperation> operations;
    QStringList tags; // declared order first, then as operations name them
    QHash<QString, QString> tagDescriptions;
    QStringList problems;
    // The operations of each tag (none: under ""), once indexTags() made it.
    QHash<QString, QList<int>> operationsByTag;
    bool tagsIndexed = false;

    QString kindName() const; // "Swagger 2.0", "OpenAPI 3.0.3"
    // Operations named by a tag; operations with none are under an empty tag. Looked up in the
    // index when there is one: the endpoint list asks once per tag.
    QList<int> operationsTagged(const QString &tag) const;
    void indexTags();
    const ApiOperation *find(const QString &method, const QString &path) const;
};

using ApiSpecPtr = std::shared_ptr<const ApiSpec>;
