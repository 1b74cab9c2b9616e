#include "discovery/LocalEndpointInfo.h"

#include "core/PrivateFiles.h"
#include "core/platform/Processes.h"
#include "discovery/LocalCredentials.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace SageDesk::Local {

QString LocalEndpointInfo::defaultDataDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("sagedesk-local"));
}

QString LocalEndpointInfo::filePath(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("endpoint.json"));
}

std::optional<LocalEndpointInfo> LocalEndpointInfo::read(const QString& dataDir, QString* problem)
{
    QFile file(filePath(dataDir));
    if (!file.exists()) {
        return std::nullopt;
    }
    if (QString why = PrivateFiles::ownershipProblem(file.fileName()); !why.isEmpty()) {
        if (problem) {
            *problem = std::move(why);
        }
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    LocalEndpointInfo info;
    info.port = static_cast<quint16>(json.value(QLatin1String("port")).toInt());
    info.pid = json.value(QLatin1String("pid")).toInteger();
    info.region = json.value(QLatin1String("region")).toString();
    if (info.port == 0 || info.pid <= 0 || !Platform::isProcessOfThisUser(info.pid) ||
        !Platform::processListensOn(info.pid, info.port)) {
        return std::nullopt;
    }
    return info;
}

bool LocalEndpointInfo::write(const QString& dataDir) const
{
    PrivateFiles::makePath(dataDir);
    QSaveFile file(filePath(dataDir));
    const QJsonObject json{{QStringLiteral("port"), port},
                           {QStringLiteral("pid"), pid},
                           {QStringLiteral("region"), region},
                           {QStringLiteral("endpointUrl"), endpointUrl()}};
    // Private before any byte is written: readers refuse a runtime file that others can read.
    return file.open(QIODevice::WriteOnly) &&
           file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
           file.write(QJsonDocument(json).toJson()) >= 0 && file.commit();
}

QString LocalEndpointInfo::environmentLines(const LocalCredentials& credentials) const
{
    // Both region variables: the SDKs of newer generations read AWS_REGION, botocore (boto3 and the
    // aws CLI) reads only AWS_DEFAULT_REGION and stops with "You must specify a region" without it.
    return QStringLiteral(
               "export AWS_ACCESS_KEY_ID=%1\nexport AWS_SECRET_ACCESS_KEY=%2\nexport AWS_REGION=%3\n"
               "export AWS_DEFAULT_REGION=%3\nexport AWS_ENDPOINT_URL=%4\n")
        .arg(credentials.accessKeyId, credentials.secretAccessKey, region, endpointUrl());
}

void LocalEndpointInfo::remove(const QString& dataDir)
{
    QFile::remove(filePath(dataDir));
}

} // namespace SageDesk::Local
