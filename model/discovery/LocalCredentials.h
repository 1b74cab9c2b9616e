#pragma once

#include <QString>

#include <optional>

namespace SageDesk::Local {

// The one access key of a sagedesk-local data directory, made on first run and kept in
// <dataDir>/credentials.json with mode 0600. The GUI and the CLI read it to sign their requests.
struct LocalCredentials
{
    QString accessKeyId;
    QString secretAccessKey;
    QString accountId;

    static QString filePath(const QString& dataDir);
    // Reads the file; nullopt (with the reason in `error`) when it is absent or unreadable.
    static std::optional<LocalCredentials> load(const QString& dataDir, QString* error = nullptr);
    // Reads the file, or makes new credentials and writes it (0600) when there is none.
    static std::optional<LocalCredentials> loadOrCreate(const QString& dataDir, QString* error = nullptr);
};

} // namespace SageDesk::Local
