#pragma once

#include "compose/RequestDraft.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The authentication an imported request asked for (its own, or inherited from its folder or
// collection), described without its secrets: the profile decides whether its own credential
// stands in for it (RequestImport::applyProfile), since a draft never carries one.
struct ImportedAuth
{
    QString kind;       // as the file names it: "bearer", "basic", "apikey", "oauth2", "digest"...
    QString headerName; // apikey: the header it goes in
    bool inQuery = false; // apikey: sent in the query
    QString from;         // for people: "the request", "the folder Users", "the collection"
};

// One variable of an environment (Postman environment, collection variables, Insomnia's base
// environment). Secret ones go to the keychain, never into a file.
struct ImportedVariable
{
    QString name;
    QString value;
    bool secret = false;
    bool enabled = true;
};

struct ImportedRequest
{
    QStringList folder; // the folders it sits in, outermost first
    QString name;
    RequestDraft draft;
    std::optional<ImportedAuth> auth;
    // What the file asks for and the draft will not do, one line each with why.
    QStringList notCarried;
    // What is in the draft but deserves a word (a multipart form sent URL-encoded).
    QStringList notes;

    // "Folder / Sub / Name": collections are flat lists of named requests in Tokenbench, so the
    // folder path becomes part of the name, which keeps the file's order and its grouping.
    QString savedName() const;
};

struct ImportedCollection
{
    QString format; // "Postman Collection v2.1", "Insomnia export v4", "HAR 1.2"
    QString name;   // the file's own name for it
    QList<ImportedRequest> requests;
    QList<ImportedVariable> variables;
    // What concerns the whole file: collection scripts, entries that are not HTTP requests.
    QStringList notes;
};
