#pragma once

#include <QStringList>

class CliContext;

// One function a command; each parses its own arguments and returns the exit status.
namespace Commands {

int list(CliContext &context, const QStringList &args);
int add(CliContext &context, const QStringList &args);
int remove(CliContext &context, const QStringList &args);
int login(CliContext &context, const QStringList &args);
int token(CliContext &context, const QStringList &args);
int header(CliContext &context, const QStringList &args);
int status(CliContext &context, const QStringList &args);
int request(CliContext &context, const QStringList &args);
int curl(CliContext &context, const QStringList &args);
int logout(CliContext &context, const QStringList &args);
int edit(CliContext &context, const QStringList &args);
int profiles(CliContext &context, const QStringList &args);
int exec(CliContext &context, const QStringList &args);
int gitCredential(CliContext &context, const QStringList &args);
int kubectlCredential(CliContext &context, const QStringList &args);
int copy(CliContext &context, const QStringList &args);
int import(CliContext &context, const QStringList &args);
int run(CliContext &context, const QStringList &args);

} // namespace Commands
