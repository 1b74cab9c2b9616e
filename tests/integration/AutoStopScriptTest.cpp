// The generated auto-stop OnStart section is valid bash, the watcher it writes is valid Python 3
// (the instance's own /usr/bin/python3 runs it), and the section returns at once.
#include "console/create/AutoStopScript.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace SageDesk;

namespace {

int run(const QString& program, const QStringList& arguments, QString* output = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        return -1;
    }
    if (output) {
        *output = QString::fromUtf8(process.readAll());
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

TEST(AutoStopScript, OnStartIsBashAndTheWatcherIsPython)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QByteArray onStart =
        AutoStopScript::onStart("#!/bin/bash\necho mine\n", QStringLiteral("it's-nb"), QStringLiteral("eu-west-1"), 60);
    QFile script(dir.filePath(QStringLiteral("on-start.sh")));
    ASSERT_TRUE(script.open(QIODevice::WriteOnly));
    script.write(onStart);
    script.close();
    QString output;
    EXPECT_EQ(run(QStringLiteral("bash"), {QStringLiteral("-n"), script.fileName()}, &output), 0)
        << output.toStdString();

    QFile watcher(dir.filePath(QStringLiteral("watcher.py")));
    ASSERT_TRUE(watcher.open(QIODevice::WriteOnly));
    watcher.write(AutoStopScript::watcher());
    watcher.close();
    EXPECT_EQ(run(QStringLiteral("python3"), {QStringLiteral("-m"), QStringLiteral("py_compile"), watcher.fileName()},
                  &output),
              0)
        << output.toStdString();
    // Its arguments as the section passes them, the name quoted for the shell.
    EXPECT_EQ(run(QStringLiteral("python3"), {watcher.fileName(), QStringLiteral("--help")}, &output), 0);
    EXPECT_TRUE(output.contains(QLatin1String("--minutes"))) << output.toStdString();
    EXPECT_TRUE(onStart.contains("--name 'it'\\''s-nb' --region 'eu-west-1' --minutes 60"));
    EXPECT_TRUE(onStart.startsWith("#!/bin/bash\n# SageDesk"));
    EXPECT_TRUE(onStart.endsWith("echo mine\n"));
}
