#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace SageDesk::Aws {
class AwsConnection;
}

namespace SageDesk::Ui {

// Finds the sagedesk-local endpoint of a data directory through its runtime file, starting one
// (detached, so it outlives the window and keeps local instances running) when none is running.
class LocalEndpointConnector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalEndpointConnector)

public:
    // `dataDir` empty: sagedesk-local's default; `program` empty: next to this executable, then PATH.
    explicit LocalEndpointConnector(QString dataDir = {}, QString program = {}, QObject* parent = nullptr);
    ~LocalEndpointConnector() override;

    // Answers with ready() or failed(); starts the endpoint when its runtime file is missing or stale.
    void connectToEndpoint();
    // A connection to the running endpoint with its credentials, or null when none runs (no
    // endpoint is started).
    std::unique_ptr<Aws::AwsConnection> createConnection() const;
    bool isRunning() const;
    // The process id of the endpoint this connector started, 0 when it started none.
    qint64 startedPid() const { return m_startedPid; }

    QString dataDir() const { return m_dataDir; }
    QString program() const;
    static QString localScope(const QString& region);

signals:
    void ready();
    void failed(const QString& reason);

private:
    void checkStarted();

    QString m_dataDir;
    QString m_program;
    QTimer m_wait;
    int m_checks = 0;
    qint64 m_startedPid = 0;
};

} // namespace SageDesk::Ui
