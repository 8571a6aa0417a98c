#pragma once

#include "HttpServerRequest.h"

// The routes' name for a request the loopback server parsed.
using SandboxRequest = HttpServerRequest;
