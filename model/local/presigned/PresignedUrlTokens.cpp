#include "local/presigned/PresignedUrlTokens.h"

#include <QRandomGenerator>

#include <array>

namespace SageDesk::Local {

PresignedUrlTokens::PresignedUrlTokens(const Clock& clock)
    : m_clock(clock)
{}

QString PresignedUrlTokens::issue(const QString& notebookInstanceName, qint64 sessionSeconds)
{
    dropExpired();
    std::array<quint32, 8> random{};
    QRandomGenerator::system()->fillRange(random.data(), random.size());
    const QString token =
        QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(random.data()), sizeof(random))
                                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_tokens.insert(token, Entry{Grant{notebookInstanceName, sessionSeconds},
                                 m_clock.currentMSecsSinceEpoch() + kValiditySecs * 1000});
    return token;
}

std::optional<PresignedUrlTokens::Grant> PresignedUrlTokens::redeem(const QString& token,
                                                                    const QString& notebookInstanceName)
{
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.constEnd()) {
        return std::nullopt;
    }
    const Entry entry = *it;
    m_tokens.erase(it);
    if (entry.expiresAtMSecs < m_clock.currentMSecsSinceEpoch() ||
        entry.grant.notebookInstanceName != notebookInstanceName) {
        return std::nullopt;
    }
    return entry.grant;
}

bool PresignedUrlTokens::isRedeemable(const QString& token, const QString& notebookInstanceName) const
{
    const auto it = m_tokens.constFind(token);
    return it != m_tokens.constEnd() && it->expiresAtMSecs >= m_clock.currentMSecsSinceEpoch() &&
           it->grant.notebookInstanceName == notebookInstanceName;
}

void PresignedUrlTokens::dropExpired()
{
    const qint64 now = m_clock.currentMSecsSinceEpoch();
    m_tokens.removeIf([now](const auto& item) { return item.value().expiresAtMSecs < now; });
}

} // namespace SageDesk::Local
