#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace SageDesk::Aws {

// One profile as the AWS CLI sees it: the [profile NAME] (or [default]) section of the config file
// merged with the [NAME] section of the credentials file (the credentials file wins).
struct Profile
{
    QString name;
    QHash<QString, QString> values; // keys lower case, e.g. "region", "role_arn", "sso_session"
    // Keys given as nested sub-keys ("s3 =\n  addressing_style = path") keyed by "s3".
    QHash<QString, QHash<QString, QString>> subValues;
    QString configFile;      // where the config part came from (empty when none)
    QString credentialsFile; // where the credentials part came from (empty when none)

    QString value(const QString& key) const { return values.value(key); }
    bool has(const QString& key) const { return values.contains(key); }
};

} // namespace SageDesk::Aws
