#include "commandcontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace ssc::ctl {

CommandContext::CommandContext(QStringList arguments, bool json)
    : m_arguments(std::move(arguments)), m_json(json), m_out(stdout), m_err(stderr)
{}

void CommandContext::print(const QString& line)
{
    m_out << line << '\n';
    m_out.flush();
}

void CommandContext::printJson(const QJsonValue& value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

void CommandContext::printError(const QString& message)
{
    m_err << "ssc-ctl: " << message << '\n';
    m_err.flush();
}

int CommandContext::usageError(const QString& message)
{
    printError(message);
    return UsageError;
}

} // namespace ssc::ctl
