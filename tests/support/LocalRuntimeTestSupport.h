#pragma once

#include "domain/NotebookInstanceStatus.h"
#include "local/runtime/InstanceProcesses.h"
#include "local/runtime/NotebookRuntime.h"

#include <QDir>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace SageDesk::Test {

// Every statusChanged of a NotebookRuntime, in order.
class RuntimeStatusLog final
{
public:
    struct Entry
    {
        QString name;
        NotebookInstanceStatus status;
        QString failureReason;
    };

    explicit RuntimeStatusLog(Local::NotebookRuntime& runtime)
    {
        QObject::connect(&runtime, &Local::NotebookRuntime::statusChanged, &runtime,
                         [this](const QString& name, NotebookInstanceStatus status, const QString& reason) {
                             m_entries.append({name, status, reason});
                         });
    }

    // Runs the event loop until `name` reaches `status` (or the timeout passes).
    bool waitFor(const QString& name, NotebookInstanceStatus status, int timeoutMs = 60000)
    {
        return QTest::qWaitFor([&] { return last(name) && last(name)->status == status; }, timeoutMs);
    }
    // Until `name` reaches InService, Failed or Stopped.
    bool waitForSettled(const QString& name, int timeoutMs = 60000)
    {
        return QTest::qWaitFor(
            [&] {
                const auto entry = last(name);
                return entry && !NotebookInstanceStatuses::isTransitional(entry->status);
            },
            timeoutMs);
    }
    std::optional<Entry> last(const QString& name) const
    {
        for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
            if (it->name == name) {
                return *it;
            }
        }
        return std::nullopt;
    }
    QList<NotebookInstanceStatus> statuses(const QString& name) const
    {
        QList<NotebookInstanceStatus> result;
        for (const Entry& entry : m_entries) {
            if (entry.name == name) {
                result.append(entry.status);
            }
        }
        return result;
    }

private:
    QList<Entry> m_entries;
};

inline bool jupyterInstalled()
{
    return !QStandardPaths::findExecutable(QStringLiteral("jupyter-notebook")).isEmpty();
}

// Runs a program to completion; its combined output lands in *output.
inline int runProgram(const QString& program, const QStringList& arguments, QString* output = nullptr,
                      const QString& workingDirectory = {}, int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (output) {
        *output = QString::fromUtf8(process.readAll());
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

// A git repository with one commit (README.md saying `text`) at `path`.
inline bool makeGitRepository(const QString& path, const QString& text)
{
    QDir().mkpath(path);
    QFile readme(path + QStringLiteral("/README.md"));
    if (!readme.open(QIODevice::WriteOnly) || readme.write(text.toUtf8()) < 0) {
        return false;
    }
    readme.close();
    const QString git = QStringLiteral("git");
    return runProgram(git, {QStringLiteral("init"), QStringLiteral("-q")}, nullptr, path) == 0 &&
           runProgram(git, {QStringLiteral("add"), QStringLiteral("README.md")}, nullptr, path) == 0 &&
           runProgram(git,
                      {QStringLiteral("-c"), QStringLiteral("user.name=SageDesk"), QStringLiteral("-c"),
                       QStringLiteral("user.email=tests@sagedesk.invalid"), QStringLiteral("commit"),
                       QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("first")},
                      nullptr, path) == 0;
}

inline QString readText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace SageDesk::Test
