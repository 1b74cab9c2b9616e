#pragma once

#include <QString>

namespace SageDesk {

// Where the console and the CLI look for notebook instances: the local endpoint, a named profile of
// the shared AWS files, or the credentials of the environment, each in one region. A typed value, so
// that nobody has to recognise a scope by the prefix of its cache key.
class ConsoleScope final
{
public:
    enum class Kind
    {
        Local,
        Profile,
        Environment,
    };

    // The region a scope falls back to when nothing names one, and the one sagedesk-local answers for.
    static QString defaultRegion() { return QStringLiteral("us-east-1"); }

    // Local in the default region.
    ConsoleScope() = default;
    static ConsoleScope local(const QString& region = {});
    static ConsoleScope profile(const QString& name, const QString& region = {});
    // AWS_ACCESS_KEY_ID and friends (or an endpoint) set in the environment, no profile named.
    static ConsoleScope environment(const QString& region = {});

    Kind kind() const { return m_kind; }
    bool isLocal() const { return m_kind == Kind::Local; }
    // The profile whose credential chain signs: empty for Local, "default" for Environment (with no
    // AWS_PROFILE the chain reads the environment's keys first, then the default profile).
    QString profileName() const;
    QString region() const { return m_region; }

    // The key of the offline cache: "local/us-east-1", "profile:dev/eu-west-1". The environment's keys
    // share "profile:default/..." with the default profile, as they always have, so that lists cached
    // by earlier versions are still found. The profile stands for the account so that the cached list
    // can be shown before the account is known (offline start).
    QString cacheKey() const;

    bool operator==(const ConsoleScope& other) const = default;

private:
    ConsoleScope(Kind kind, QString profile, const QString& region);

    Kind m_kind = Kind::Local;
    QString m_profile;
    QString m_region = defaultRegion();
};

} // namespace SageDesk
