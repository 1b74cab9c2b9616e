#include "aws/client/QueryParameters.h"

#include "aws/SigV4.h"

namespace SageDesk::Aws {

QueryParameters& QueryParameters::add(const QString& name, const QString& value)
{
    m_items.append({name, value});
    return *this;
}

QueryParameters& QueryParameters::addIfSet(const QString& name, const QString& value)
{
    return value.isEmpty() ? *this : add(name, value);
}

QueryParameters& QueryParameters::addMembers(const QString& name, const QStringList& values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        add(QStringLiteral("%1.member.%2").arg(name).arg(i + 1), values.at(i));
    }
    return *this;
}

QueryParameters& QueryParameters::addIndexed(const QString& name, const QStringList& values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        add(QStringLiteral("%1.%2").arg(name).arg(i + 1), values.at(i));
    }
    return *this;
}

QByteArray QueryParameters::encoded() const
{
    QByteArrayList parts;
    for (const auto& [name, value] : m_items) {
        parts.append(SigV4::uriEncode(name.toUtf8(), false) + '=' + SigV4::uriEncode(value.toUtf8(), false));
    }
    return parts.join('&');
}

} // namespace SageDesk::Aws
