#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace SageDesk::Local {

// The parameters of a Query-protocol request (IAM, STS, EC2): `Action=CreateRole&RoleName=...`, with
// lists flattened as `Tags.member.1.Key=...`.
class QueryRequest final
{
public:
    explicit QueryRequest(QList<QPair<QString, QString>> parameters);

    QString action() const { return value(QStringLiteral("Action")); }
    QString value(const QString& name) const;
    bool has(const QString& name) const;
    // Name.member.1, Name.member.2, ... (or Name.member.N.Field when `field` is set) in index order.
    QStringList members(const QString& name, const QString& field = {}) const;
    // EC2's flat lists: Name.1, Name.2, ... (or Name.N.Field) in index order.
    QStringList indexed(const QString& name, const QString& field = {}) const;

private:
    QList<QPair<QString, QString>> m_parameters;
};

} // namespace SageDesk::Local
