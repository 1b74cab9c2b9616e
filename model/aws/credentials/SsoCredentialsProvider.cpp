#include "aws/credentials/SsoCredentialsProvider.h"

#include "aws/config/AwsConfig.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

#include "core/Redaction.h"

namespace SageDesk::Aws {

namespace {

// `aws sso login` writes "2026-11-27T15:00:00Z"; older CLIs wrote "2026-11-27T15:00:00UTC".
QDateTime parseExpiresAt(QString text)
{
    if (text.endsWith(QLatin1String("UTC"))) {
        text.chop(3);
        text += QLatin1Char('Z');
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

constexpr int kTransferTimeoutMs = 30000;

} // namespace

SsoCredentialsProvider::SsoCredentialsProvider(Settings settings, QNetworkAccessManager* network,
                                               const Clock& clock, QObject* parent)
    : CredentialsProvider(clock, parent)
    , m_settings(std::move(settings))
    , m_network(network ? network : new QNetworkAccessManager(this))
{}

QString SsoCredentialsProvider::name() const
{
    return tr("profile %1 (IAM Identity Center)").arg(m_settings.profile);
}

QString SsoCredentialsProvider::tokenCachePath() const
{
    const QString key = m_settings.sessionName.isEmpty() ? m_settings.startUrl : m_settings.sessionName;
    return m_settings.cacheDirectory + QLatin1Char('/') +
           QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex()) +
           QStringLiteral(".json");
}

QString SsoCredentialsProvider::signInAgainError() const
{
    return tr("The IAM Identity Center sign-in of profile %1 has expired or is missing. Sign in again with: "
              "aws sso login --profile %1")
        .arg(m_settings.profile);
}

QString SsoCredentialsProvider::accessTokenOf(const QByteArray& cacheFile, const QDateTime& now)
{
    const QJsonObject token = QJsonDocument::fromJson(cacheFile).object();
    const QString accessToken = token.value(QLatin1String("accessToken")).toString();
    const QDateTime expiresAt = parseExpiresAt(token.value(QLatin1String("expiresAt")).toString());
    return !expiresAt.isValid() || expiresAt <= now ? QString() : accessToken;
}

void SsoCredentialsProvider::fetch(Callback done)
{
    if (m_settings.accountId.isEmpty() || m_settings.roleName.isEmpty() || m_settings.region.isEmpty()) {
        done(CredentialsResult::failure(tr("Profile %1 needs sso_account_id, sso_role_name and sso_region "
                                           "(in the profile or its sso-session).")
                                            .arg(m_settings.profile)));
        return;
    }
    QFile cache(tokenCachePath());
    if (!cache.open(QIODevice::ReadOnly)) {
        done(CredentialsResult::failure(signInAgainError()));
        return;
    }
    const QString accessToken = accessTokenOf(cache.readAll(), clock().currentDateTimeUtc());
    if (accessToken.isEmpty()) {
        done(CredentialsResult::failure(signInAgainError()));
        return;
    }

    if (m_settings.portalEndpoint.isEmpty() && !AwsConfig::isValidRegion(m_settings.region)) {
        done(CredentialsResult::failure(
            tr("Provided region_name '%1' doesn't match a supported format.").arg(m_settings.region)));
        return;
    }
    QUrl url = m_settings.portalEndpoint.isEmpty()
                   ? QUrl(QStringLiteral("https://portal.sso.%1.amazonaws.com").arg(m_settings.region))
                   : m_settings.portalEndpoint;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) +
                QStringLiteral("/federation/credentials"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("role_name"), m_settings.roleName);
    query.addQueryItem(QStringLiteral("account_id"), m_settings.accountId);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("x-amz-sso_bearer_token", accessToken.toUtf8());
    request.setTransferTimeout(kTransferTimeoutMs);
    QNetworkReply* reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (status == 401 || status == 403) {
            done(CredentialsResult::failure(signInAgainError()));
            return;
        }
        if (reply->error() != QNetworkReply::NoError && status == 0) {
            done(CredentialsResult::failure(tr("GetRoleCredentials for profile %1 failed: %2")
                                                .arg(m_settings.profile, reply->errorString())));
            return;
        }
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        if (status != 200) {
            const QString message =
                object.value(QLatin1String("message"))
                    .toString(
                        object.value(QLatin1String("Message")).toString(QString::fromUtf8(body.left(200))));
            done(CredentialsResult::failure(tr("GetRoleCredentials for profile %1 failed (HTTP %2): %3")
                                                .arg(m_settings.profile)
                                                .arg(status)
                                                .arg(Redaction::redact(message))));
            return;
        }
        const QJsonObject role = object.value(QLatin1String("roleCredentials")).toObject();
        Credentials credentials;
        credentials.accessKeyId = role.value(QLatin1String("accessKeyId")).toString();
        credentials.secretAccessKey = role.value(QLatin1String("secretAccessKey")).toString();
        credentials.sessionToken = role.value(QLatin1String("sessionToken")).toString();
        credentials.expiration = QDateTime::fromMSecsSinceEpoch(
            qint64(role.value(QLatin1String("expiration")).toDouble()), Qt::UTC);
        credentials.source = name();
        if (!credentials.isValid()) {
            done(CredentialsResult::failure(
                tr("GetRoleCredentials for profile %1 returned no credentials.").arg(m_settings.profile)));
            return;
        }
        done(CredentialsResult::success(credentials));
    });
}

} // namespace SageDesk::Aws
