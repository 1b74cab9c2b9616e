#pragma once

#include <QDateTime>
#include <QString>

#include <chrono>

namespace SageDesk::Aws {

// One set of AWS credentials. The secret key and session token must never reach a log, an error
// text, a window title or SQLite (see Redaction::redact); describe() is the safe form.
struct Credentials
{
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken; // empty for long-term keys
    QDateTime expiration; // invalid: does not expire
    QString source;       // where they came from, e.g. "environment", "profile dev (credential_process)"

    bool isValid() const { return !accessKeyId.isEmpty() && !secretAccessKey.isEmpty(); }
    bool expires() const { return expiration.isValid(); }
    // True when they expire before now + margin (so they should be refreshed now).
    bool expiresWithin(const QDateTime& now, std::chrono::seconds margin) const
    {
        return expires() && now.addSecs(margin.count()) >= expiration;
    }
    // "AKIA...XYZ from <source>, expires ...": never shows a secret.
    QString describe() const;
};

} // namespace SageDesk::Aws
