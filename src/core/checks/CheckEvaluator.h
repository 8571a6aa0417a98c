#pragma once

#include "checks/Assertion.h"
#include "checks/Capture.h"
#include "compose/Variables.h"
#include "net/HttpMessage.h"

#include <QList>
#include <QString>

// What one assertion or capture found, in words for people.
struct CheckResult
{
    QString description; // what was checked: "status equals 200", "capture {{id}} from $.id"
    bool passed = false;
    QString message; // why it failed ("status was 404, expected 200"); empty when it held
    bool isCapture = false;
};

// Turns a response into a result per assertion and per capture, and the captured variables.
// A request without assertions is checked for a status below 400. The body is read from memory
// or from the file HttpClient streamed it to (mapped, not copied); a JSON path walks it with the
// streaming tokenizer and parses only the values it selects.
class CheckEvaluator
{
public:
    struct Evaluation
    {
        QList<CheckResult> results; // the assertions (or the implicit status check), then captures
        Variables captured;
        bool passed = false;

        QStringList failures() const; // the messages of those that failed, in order
    };

    // `variables` resolve {{names}} in targets and expected values (a captured id compared
    // with the id a later response holds).
    static Evaluation evaluate(const QList<Assertion> &assertions, const QList<Capture> &captures,
                               const HttpResponse &response, const Variables &variables = {});

    // One assertion against a body already in hand (tests, the editor's preview).
    static CheckResult check(const Assertion &assertion, const HttpResponse &response,
                             const QByteArray &body);
};
