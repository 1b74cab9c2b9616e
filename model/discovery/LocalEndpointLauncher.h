#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace SageDesk::Local {

// Starts sagedesk-local on a data directory when none runs there, detached so that it outlives
// whoever started it (local notebook instances keep running after the window closes), and waits
// until its runtime file says it listens. The words for a failure are the caller's: the GUI shows
// them in its own language and style.
class LocalEndpointLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalEndpointLauncher)

public:
    enum class Failure
    {
        NotFound,   // no sagedesk-local next to this executable or on the PATH
        NotStarted, // the process could not be started
        TimedOut,   // it started but wrote no runtime file within startTimeoutSeconds()
    };

    // `dataDir` empty: sagedesk-local's default; `program` empty: next to this executable, then PATH.
    explicit LocalEndpointLauncher(QString dataDir = {}, QString program = {}, QObject* parent = nullptr);
    ~LocalEndpointLauncher() override;

    QString dataDir() const { return m_dataDir; }
    // The executable start() runs; empty when there is none.
    QString program() const;
    bool isRunning() const;
    // Answers with ready() or failed(), ready() at once when an endpoint already runs.
    void start();
    // The process id of the endpoint this launcher started, 0 when it started none.
    qint64 startedPid() const { return m_startedPid; }

    // A first start creates its key and database, which takes a while on a slow disk.
    static constexpr int startTimeoutSeconds() { return 15; }

signals:
    void ready();
    void failed(SageDesk::Local::LocalEndpointLauncher::Failure failure, const QString& program);

private:
    void checkStarted();

    QString m_dataDir;
    QString m_program;
    QString m_starting;
    QTimer m_wait;
    int m_checks = 0;
    qint64 m_startedPid = 0;
};

} // namespace SageDesk::Local
