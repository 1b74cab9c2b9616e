#pragma once

#include "discovery/LocalEndpointLauncher.h"

#include <QObject>
#include <QString>

#include <memory>

namespace SageDesk::Aws {
class AwsConnection;
}

namespace SageDesk::Ui {

// The console's side of Local::LocalEndpointLauncher: the same start, with a failure put in words
// for the error banner, and the InstanceSource of the endpoint once it runs.
class LocalEndpointConnector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalEndpointConnector)

public:
    // `dataDir` empty: sagedesk-local's default; `program` empty: next to this executable, then PATH.
    explicit LocalEndpointConnector(QString dataDir = {}, QString program = {}, QObject* parent = nullptr);
    ~LocalEndpointConnector() override;

    // Answers with ready() or failed(); starts the endpoint when its runtime file is missing or stale.
    void connectToEndpoint() { m_launcher.start(); }
    // A connection to the running endpoint with its credentials, or null when none runs (no
    // endpoint is started).
    std::unique_ptr<Aws::AwsConnection> createConnection() const;
    bool isRunning() const { return m_launcher.isRunning(); }
    // The process id of the endpoint this connector started, 0 when it started none.
    qint64 startedPid() const { return m_launcher.startedPid(); }

    QString dataDir() const { return m_launcher.dataDir(); }
    QString program() const { return m_launcher.program(); }

signals:
    void ready();
    void failed(const QString& reason);

private:
    Local::LocalEndpointLauncher m_launcher;
};

} // namespace SageDesk::Ui
