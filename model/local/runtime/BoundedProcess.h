#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>

#include <chrono>

namespace SageDesk::Local {

// One step of an instance start (a git clone, a lifecycle script): a child in its own session,
// marked as the instance's, with its output appended to a log file, ended with everything it
// started when it overruns its time limit or is cancelled.
class BoundedProcess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoundedProcess)

public:
    enum class Outcome
    {
        Succeeded,
        FailedToRun, // could not be started, or exited non-zero / crashed
        TimedOut,
        Cancelled,
    };
    Q_ENUM(Outcome)

    BoundedProcess(QString marker, QObject* parent = nullptr);
    ~BoundedProcess() override;

    void setWorkingDirectory(const QString& directory);
    // The whole environment (the instance's marker is kept).
    void setEnvironment(const QProcessEnvironment& environment);
    void setEnvironmentVariable(const QString& name, const QString& value);
    void start(const QString& program, const QStringList& arguments, const QString& logFile,
               std::chrono::milliseconds timeout);
    void cancel();
    bool isActive() const;

signals:
    // `exitCode` is -1 when the program never ran or did not exit on its own.
    void finished(SageDesk::Local::BoundedProcess::Outcome outcome, int exitCode);

private:
    void endEverything();
    void finish(Outcome outcome, int exitCode);

    QString m_marker;
    QProcess m_process;
    QTimer m_deadline;
    bool m_finished = true;
    bool m_ending = false;
};

} // namespace SageDesk::Local
