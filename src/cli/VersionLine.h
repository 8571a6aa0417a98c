#pragma once

// What `tokenbench-cli --version` prints, for the launcher (no Qt) and CliApp alike.
constexpr char CliVersionLine[] = "tokenbench-cli " TOKENBENCH_VERSION "\n";
