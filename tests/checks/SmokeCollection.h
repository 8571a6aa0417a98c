#pragma once

#include "explorer/CollectionStore.h"

#include <QList>

using namespace Qt::StringLiterals;

// The collection both faces run against the sandbox's generic API (tst_clirun in the CLI,
// tst_collectionchecks in the app): three requests pass, two fail, and the id the POST sends
// back reaches the next request through a capture.
namespace SmokeCollection {

using K = Assertion::Kind;
using O = Assertion::Operator;

inline SavedRequest request(const QString &name, const QString &method, const QString &url,
                            const QList<Assertion> &assertions = {},
                            const QList<Capture> &captures = {})
{
    SavedRequest r;
    r.name = name;
    r.draft.method = method;
    r.draft.url = url;
    r.assertions = assertions;
    r.captures = captures;
    return r;
}

inline Assertion check(Assertion::Kind kind, Assertion::Operator op, const QString &target,
                       const QString &expected)
{
    return {kind, op, target, expected};
}

inline QList<SavedRequest> smoke()
{
    SavedRequest create = request(u"Echo create"_s, u"POST"_s, u"api/echo"_s,
                                  {check(K::Status, O::InRange, {}, u"2xx"_s),
                                   check(K::JsonBody, O::IsType, u"$.json.id"_s, u"number"_s)},
                                  {{u"id"_s, Capture::Source::JsonBody, u"$.json.id"_s}});
    create.draft.bodyKind = RequestDraft::BodyKind::Json;
    create.draft.bodyText = u"{\"id\": 4711, \"name\": \"widget\"}"_s;
    return {request(u"Who am I"_s, u"GET"_s, u"api/whoami"_s,
                    {check(K::Status, O::Equals, {}, u"200"_s),
                     check(K::Header, O::Matches, u"Content-Type"_s, u"json"_s),
                     check(K::JsonBody, O::Exists, u"$.authenticated_as"_s, {}),
                     check(K::ResponseTime, O::Below, {}, u"20000"_s)}),
            create,
            request(u"Echo read"_s, u"GET"_s, u"api/echo?id={{id}}"_s,
                    {check(K::JsonBody, O::Equals, u"$.query.id"_s, u"\"4711\""_s)}),
            request(u"Missing"_s, u"GET"_s, u"api/nothing-here"_s),
            request(u"Wrong type"_s, u"GET"_s, u"api/whoami"_s,
                    {check(K::JsonBody, O::IsType, u"$.authenticated_as"_s, u"number"_s)})};
}

} // namespace SmokeCollection
