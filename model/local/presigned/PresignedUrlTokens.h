#pragma once

#include "core/Clock.h"

#include <QHash>
#include <QString>

#include <optional>

namespace SageDesk::Local {

// The authTokens of presigned notebook URLs: random, single use, valid for five minutes like
// AWS's. They live only in memory (a restart invalidates them), never in the state database.
class PresignedUrlTokens final
{
public:
    static constexpr qint64 kValiditySecs = 5 * 60;

    struct Grant
    {
        QString notebookInstanceName;
        qint64 sessionSeconds = 0;
    };

    explicit PresignedUrlTokens(const Clock& clock);

    QString issue(const QString& notebookInstanceName, qint64 sessionSeconds);
    // The grant of an unused, unexpired token for that instance; the token is spent either way.
    std::optional<Grant> redeem(const QString& token, const QString& notebookInstanceName);
    // Whether redeem() would grant it, without spending it: a HEAD request (a link preview, a mail
    // scanner) must not use up the one sign-in the URL carries.
    bool isRedeemable(const QString& token, const QString& notebookInstanceName) const;

private:
    struct Entry
    {
        Grant grant;
        qint64 expiresAtMSecs = 0;
    };
    void dropExpired();

    const Clock& m_clock;
    QHash<QString, Entry> m_tokens;
};

} // namespace SageDesk::Local
