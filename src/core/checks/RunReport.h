#pragma once

#include "explorer/CollectionRunner.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// A collection run written for machines: JUnit XML for CI servers (one testsuite, one testcase
// per request; a failed check is a <failure>, a request that got no answer an <error>), and
// JSON. Neither holds a captured value or a body: only what was checked and what was found.
namespace RunReport {

QByteArray junit(const CollectionRunner::Summary &summary, const QString &profile,
                 const QString &collection);
QJsonObject json(const CollectionRunner::Summary &summary, const QString &profile,
                 const QString &collection);

} // namespace RunReport
