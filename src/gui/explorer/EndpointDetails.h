#pragma once

#include "explorer/ApiSpec.h"

#include <QCoreApplication>
#include <QString>

// What the explorer shows of the chosen endpoint, as rich text: its method and path, summary,
// description, parameters, request body with an example, responses and the spec's problems.
class EndpointDetails
{
    // Its texts are the explorer panel's: they keep the panel's translation context.
    Q_DECLARE_TR_FUNCTIONS(ExplorerPanel)

public:
    static QString html(const ApiSpec &spec, const ApiOperation &op);
};
