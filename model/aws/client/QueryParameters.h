#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace SageDesk::Aws {

// The flattened parameters of a Query or EC2 call, in the order they were added.
class QueryParameters final
{
public:
    QueryParameters& add(const QString& name, const QString& value);
    // Only when `value` is not empty.
    QueryParameters& addIfSet(const QString& name, const QString& value);
    // Query lists: "Name.member.1", "Name.member.2", ...
    QueryParameters& addMembers(const QString& name, const QStringList& values);
    // EC2 lists: "Name.1", "Name.2", ...
    QueryParameters& addIndexed(const QString& name, const QStringList& values);

    const QList<QPair<QString, QString>>& items() const { return m_items; }
    // RFC 3986 form encoding, as the SDKs send it.
    QByteArray encoded() const;

private:
    QList<QPair<QString, QString>> m_items;
};

} // namespace SageDesk::Aws
