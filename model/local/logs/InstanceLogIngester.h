#pragma once

#include "core/Clock.h"
#include "domain/NotebookInstanceStatus.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace SageDesk::Local {

class LogEventStore;
class NotebookRuntime;

// What the CloudWatch agent does on a notebook instance: reads the lines the lifecycle scripts and
// Jupyter append to their files under the instance's logs/ folder and stores each as an event of
// its stream, stamped when it was read (Jupyter's lines carry their own time, which is kept).
// The files stay plain text written by the processes themselves, so a script's background
// children and a Jupyter kept running after the endpoint has gone lose nothing.
//
// While an instance is Pending its files are read every kPollInterval, so lines appear as the
// script runs; otherwise they are read when someone asks (ingest() before every Logs request).
class InstanceLogIngester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceLogIngester)

public:
    static constexpr std::chrono::milliseconds kPollInterval{200};

    InstanceLogIngester(LogEventStore& store, const NotebookRuntime& runtime, const Clock& clock,
                        QObject* parent = nullptr);

    // Reads what the instance's files gained since the last time.
    void ingest(const QString& notebookInstanceName);
    // Every instance folder of the data directory.
    void ingestAll();

    // NotebookRuntime::statusChanged: Pending starts the polling of the instance, anything else ends
    // it with a last read.
    void onStatusChanged(const QString& notebookInstanceName, NotebookInstanceStatus status);

private:
    void ingestFile(const QString& streamName, const QString& path, bool wholeLastLine, bool jupyter);

    LogEventStore& m_store;
    const NotebookRuntime& m_runtime;
    const Clock& m_clock;
    QSet<QString> m_pending;
    QTimer m_poll;
};

} // namespace SageDesk::Local
