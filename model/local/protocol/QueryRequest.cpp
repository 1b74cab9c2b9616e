#include "local/protocol/QueryRequest.h"

namespace SageDesk::Local {

QueryRequest::QueryRequest(QList<QPair<QString, QString>> parameters)
    : m_parameters(std::move(parameters))
{}

QString QueryRequest::value(const QString& name) const
{
    for (const auto& [key, text] : m_parameters) {
        if (key == name) {
            return text;
        }
    }
    return {};
}

bool QueryRequest::has(const QString& name) const
{
    for (const auto& entry : m_parameters) {
        if (entry.first == name) {
            return true;
        }
    }
    return false;
}

QStringList QueryRequest::members(const QString& name, const QString& field) const
{
    return indexed(name + QStringLiteral(".member"), field);
}

QStringList QueryRequest::indexed(const QString& name, const QString& field) const
{
    QStringList values;
    // Indexes are 1-based and dense in every AWS SDK; stop at the first gap.
    for (int index = 1;; ++index) {
        QString key = QStringLiteral("%1.%2").arg(name).arg(index);
        if (!field.isEmpty()) {
            key += QLatin1Char('.') + field;
        }
        if (!has(key)) {
            return values;
        }
        values << value(key);
    }
}

} // namespace SageDesk::Local
