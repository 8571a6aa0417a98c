#pragma once

#include <QCoreApplication>
#include <QStringList>

class QIODevice;
class QTextStream;
class Jwt;
struct JsonNode;

// `tokenbench-cli decode [TOKEN|-] [--json]`: the token inspector in a terminal.
class DecodeCommand
{
    Q_DECLARE_TR_FUNCTIONS(DecodeCommand)

public:
    DecodeCommand(QIODevice &in, QTextStream &out, QTextStream &err);

    int run(const QStringList &args);

private:
    int usage(const QString &message);
    void printHuman(const Jwt &jwt);
    void printNode(const JsonNode &node, int depth);

    QIODevice &m_in;
    QTextStream &m_out;
    QTextStream &m_err;
};
