#pragma once

#include <QString>

#include <optional>

namespace SageDesk::Local {

struct LocalCredentials;

// The runtime file <dataDir>/endpoint.json that a running sagedesk-local writes, so that the GUI
// and the CLI can find it: its port, process id and region. Together with
// LocalCredentials::load(dataDir) it is everything a client needs.
struct LocalEndpointInfo
{
    quint16 port = 0;
    qint64 pid = 0;
    QString region;

    QString endpointUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(port); }
    // `export AWS_ACCESS_KEY_ID=...` lines (key, secret, region, endpoint URL) for a shell: they carry
    // the secret, so they are for the person's own terminal only. The region goes into AWS_REGION and
    // AWS_DEFAULT_REGION, since older SDKs and tools read only the latter.
    QString environmentLines(const LocalCredentials& credentials) const;

    // The data directory sagedesk-local uses when given none: the AppLocalDataLocation of an
    // application named "sagedesk-local", whoever asks.
    static QString defaultDataDir();
    static QString filePath(const QString& dataDir);

    // The endpoint running on `dataDir`, or nullopt when there is no runtime file or its process has
    // gone (a SIGKILLed endpoint leaves a stale file behind).
    // A runtime file that is not this user's own and private, or that names a process of another user
    // or one that does not listen on its port, is no endpoint either; `problem` then says why when the
    // file itself is refused.
    static std::optional<LocalEndpointInfo> read(const QString& dataDir, QString* problem = nullptr);
    bool write(const QString& dataDir) const;
    static void remove(const QString& dataDir);
};

} // namespace SageDesk::Local
