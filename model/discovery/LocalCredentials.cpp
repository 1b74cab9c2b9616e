#include "discovery/LocalCredentials.h"

#include "core/PrivateFiles.h"
#include "core/platform/Files.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryFile>

namespace SageDesk::Local {

namespace {

QString randomText(int length, QLatin1String alphabet)
{
    QString text;
    text.reserve(length);
    auto* random = QRandomGenerator::system();
    for (int i = 0; i < length; ++i) {
        text += alphabet[static_cast<qsizetype>(random->bounded(static_cast<quint32>(alphabet.size())))];
    }
    return text;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("SageDesk::Local::LocalCredentials", text);
}

} // namespace

QString LocalCredentials::filePath(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("credentials.json"));
}

std::optional<LocalCredentials> LocalCredentials::load(const QString& dataDir, QString* error)
{
    QFile file(filePath(dataDir));
    // The key lets whoever holds it run code as this user: a file someone else wrote or can read
    // is not this user's key.
    if (file.exists()) {
        if (const QString problem = PrivateFiles::ownershipProblem(file.fileName()); !problem.isEmpty()) {
            if (error) {
                *error = problem;
            }
            return std::nullopt;
        }
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = tr("Cannot read %1: %2").arg(file.fileName(), file.errorString());
        }
        return std::nullopt;
    }
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    LocalCredentials credentials{json.value(QLatin1String("AccessKeyId")).toString(),
                                 json.value(QLatin1String("SecretAccessKey")).toString(),
                                 json.value(QLatin1String("AccountId")).toString()};
    if (credentials.accessKeyId.isEmpty() || credentials.secretAccessKey.isEmpty() ||
        credentials.accountId.isEmpty()) {
        if (error) {
            *error = tr("%1 is not a sagedesk-local credentials file.").arg(file.fileName());
        }
        return std::nullopt;
    }
    return credentials;
}

std::optional<LocalCredentials> LocalCredentials::loadOrCreate(const QString& dataDir, QString* error)
{
    if (QFile::exists(filePath(dataDir))) {
        return load(dataDir, error);
    }
    PrivateFiles::makePath(dataDir);
    LocalCredentials credentials;
    credentials.accessKeyId =
        QStringLiteral("AKIA") + randomText(16, QLatin1String("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"));
    credentials.secretAccessKey =
        randomText(40, QLatin1String("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"));
    credentials.accountId = QStringLiteral("1") + randomText(11, QLatin1String("0123456789"));
    const QJsonObject json{{QStringLiteral("AccessKeyId"), credentials.accessKeyId},
                           {QStringLiteral("SecretAccessKey"), credentials.secretAccessKey},
                           {QStringLiteral("AccountId"), credentials.accountId}};
    // Written whole under a temporary name (QTemporaryFile creates it 0600), then hard-linked to its
    // name, which fails when the name exists: of two first starts racing, one key wins and the other
    // start reads it, where a rename would let the second overwrite a key the first already handed out.
    QTemporaryFile file(filePath(dataDir) + QStringLiteral(".XXXXXX"));
    if (!file.open() || file.write(QJsonDocument(json).toJson()) < 0 || !Platform::flushToDisk(file)) {
        if (error) {
            *error = tr("Cannot write %1: %2").arg(filePath(dataDir), file.errorString());
        }
        return std::nullopt;
    }
    QString linkError;
    switch (Platform::linkExclusive(file.fileName(), filePath(dataDir), &linkError)) {
    case Platform::LinkResult::Linked:
        break;
    case Platform::LinkResult::Exists:
        return load(dataDir, error);
    case Platform::LinkResult::Failed:
        if (error) {
            *error = tr("Cannot write %1: %2").arg(filePath(dataDir), linkError);
        }
        return std::nullopt;
    }
    return credentials;
}

} // namespace SageDesk::Local
