// A notebook instance's Jupyter server misbehaving, through a real sagedesk-local and the SageMaker API:
// a real Jupyter killed while InService, and, launched instead of Jupyter through the hidden test
// option --test-jupyter-program, two tiny scripts for the faults no real Jupyter produces on demand (one
// that never answers, one that answers but ignores SIGTERM). What a user sees (status, FailureReason,
// whether Stop is refused as AWS refuses it) and whether the process is gone (no zombie left behind).
#include "support/LocalEndpointTest.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace SageDesk::Test {
namespace {

// Serves 200 on every GET at the port Jupyter is told (--NotebookApp.port=N), like Jupyter's /api, and
// writes its pid into its working directory (the instance's volume). `ignoreTerm`: SIGTERM is ignored.
QByteArray servingJupyter(bool ignoreTerm)
{
    QByteArray script = "#!/usr/bin/python3\n"
                        "import http.server, os, signal, sys\n";
    if (ignoreTerm) {
        script += "signal.signal(signal.SIGTERM, signal.SIG_IGN)\n";
    }
    script += "port = int([a.split('=')[1] for a in sys.argv if a.startswith('--NotebookApp.port=')][0])\n"
              "open('fake-jupyter.pid', 'w').write(str(os.getpid()))\n"
              "class Api(http.server.BaseHTTPRequestHandler):\n"
              "    def do_GET(self):\n"
              "        self.send_response(200 if self.path.startswith('/api') else 404)\n"
              "        self.send_header('Content-Length', '2')\n"
              "        self.end_headers()\n"
              "        self.wfile.write(b'{}')\n"
              "http.server.HTTPServer(('127.0.0.1', port), Api).serve_forever()\n";
    return script;
}

// Never answers: writes its pid and sleeps.
const QByteArray kHangingJupyter = "#!/bin/sh\n"
                                   "echo $$ > fake-jupyter.pid\n"
                                   "exec sleep 600\n";

// Whether `pid` is still a process, a zombie included (a zombie is a child nobody reaped).
bool processExists(qint64 pid)
{
    return pid > 0 && QFile::exists(QStringLiteral("/proc/%1").arg(pid));
}

class LocalJupyterFaultsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (const QString missing = LocalTestEndpoint::missingTools(); !missing.isEmpty()) {
            GTEST_SKIP() << missing.toStdString();
        }
        ASSERT_TRUE(m_scripts.isValid());
    }

    // Starts the endpoint with `script` as its Jupyter (empty: the real one).
    void startEndpoint(const QByteArray& script, const QStringList& more = {})
    {
        QStringList arguments = more;
        if (!script.isEmpty()) {
            const QString path = m_scripts.filePath(QStringLiteral("fake-jupyter"));
            QFile file(path);
            ASSERT_TRUE(file.open(QIODevice::WriteOnly) && file.write(script) == script.size());
            file.close();
            ASSERT_TRUE(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
            arguments << QStringLiteral("--test-jupyter-program") << path;
        }
        ASSERT_TRUE(m_endpoint.start(arguments)) << m_endpoint.error().toStdString();
        m_role = m_endpoint.executionRoleArn();
        ASSERT_FALSE(m_role.isEmpty());
    }

    QJsonObject call(const QByteArray& operation, const QString& name) const
    {
        return m_endpoint.sageMakerCall(operation, {{QStringLiteral("NotebookInstanceName"), name}});
    }

    void create(const QString& name) const
    {
        const QJsonObject answer = m_endpoint.sageMakerCall(
            "CreateNotebookInstance", {{QStringLiteral("NotebookInstanceName"), name},
                                       {QStringLiteral("InstanceType"), QStringLiteral("ml.t3.medium")},
                                       {QStringLiteral("RoleArn"), m_role}});
        ASSERT_TRUE(answer.contains(QLatin1String("NotebookInstanceArn")))
            << QJsonDocument(answer).toJson().toStdString();
    }

    // Describes until the status is `status`; the last answer.
    QJsonObject waitForStatus(const QString& name, const QString& status, int timeoutMs = 120000) const
    {
        QJsonObject described;
        (void)QTest::qWaitFor(
            [&] {
                described = call("DescribeNotebookInstance", name);
                return described.value(QLatin1String("NotebookInstanceStatus")).toString() == status;
            },
            timeoutMs);
        return described;
    }

    QString instanceFolder(const QString& name) const
    {
        return m_endpoint.dataDir() + QStringLiteral("/instances/") + name;
    }

    // The pid a fake Jupyter wrote, once it did.
    qint64 fakeJupyterPid(const QString& name) const
    {
        const QString path = instanceFolder(name) + QStringLiteral("/SageMaker/fake-jupyter.pid");
        qint64 pid = 0;
        (void)QTest::qWaitFor(
            [&] {
                QFile file(path);
                pid = file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toLongLong() : 0;
                return pid > 0;
            },
            60000);
        return pid;
    }

    // Stop on a Failed instance is refused with AWS's ValidationException and text.
    void expectStopRefused(const QString& name) const
    {
        const QJsonObject refused = call("StopNotebookInstance", name);
        EXPECT_TRUE(
            refused.value(QLatin1String("__type")).toString().contains(QLatin1String("ValidationException")))
            << QJsonDocument(refused).toJson().toStdString();
        EXPECT_TRUE(refused.value(QLatin1String("message"))
                        .toString()
                        .startsWith(QLatin1String("Status (Failed) not in (")))
            << QJsonDocument(refused).toJson().toStdString();
    }

    QTemporaryDir m_scripts;
    LocalTestEndpoint m_endpoint;
    QString m_role;
};

TEST_F(LocalJupyterFaultsTest, JupyterKilledWhileInServiceFailsTheInstanceWhichStartsAgain)
{
    ASSERT_NO_FATAL_FAILURE(startEndpoint({}));
    const QString name = QStringLiteral("dies");
    ASSERT_NO_FATAL_FAILURE(create(name));
    ASSERT_EQ(waitForStatus(name, QStringLiteral("InService")).value(QLatin1String("NotebookInstanceStatus")),
              QStringLiteral("InService"))
        << m_endpoint.output().toStdString();
    QFile record(instanceFolder(name) + QStringLiteral("/runtime.json"));
    ASSERT_TRUE(record.open(QIODevice::ReadOnly));
    const qint64 pid =
        QJsonDocument::fromJson(record.readAll()).object().value(QLatin1String("pid")).toInteger();
    ASSERT_GT(pid, 0);
    ASSERT_EQ(::kill(static_cast<pid_t>(pid), SIGKILL), 0);

    const QJsonObject failed = waitForStatus(name, QStringLiteral("Failed"));
    ASSERT_EQ(failed.value(QLatin1String("NotebookInstanceStatus")).toString(), QStringLiteral("Failed"));
    const QString reason = failed.value(QLatin1String("FailureReason")).toString();
    EXPECT_TRUE(reason.contains(QLatin1String("Jupyter server"))) << reason.toStdString();
    EXPECT_TRUE(reason.contains(QLatin1String("signal 9"))) << reason.toStdString();
    EXPECT_TRUE(QTest::qWaitFor([pid] { return !processExists(pid); }, 30000))
        << "Jupyter " << pid << " not reaped";
    expectStopRefused(name);

    // As on AWS, a Failed instance starts again.
    EXPECT_TRUE(call("StartNotebookInstance", name).isEmpty());
    const QJsonObject again = waitForStatus(name, QStringLiteral("InService"));
    EXPECT_EQ(again.value(QLatin1String("NotebookInstanceStatus")).toString(), QStringLiteral("InService"))
        << m_endpoint.output().toStdString();
    EXPECT_TRUE(again.value(QLatin1String("FailureReason")).toString().isEmpty());
}

TEST_F(LocalJupyterFaultsTest, JupyterThatNeverAnswersFailsAfterTheStartLimitAndIsEnded)
{
    ASSERT_NO_FATAL_FAILURE(startEndpoint(
        kHangingJupyter, {QStringLiteral("--test-jupyter-start-timeout-ms"), QStringLiteral("3000")}));
    const QString name = QStringLiteral("hangs");
    ASSERT_NO_FATAL_FAILURE(create(name));
    const qint64 pid = fakeJupyterPid(name);
    ASSERT_GT(pid, 0);

    const QJsonObject failed = waitForStatus(name, QStringLiteral("Failed"));
    ASSERT_EQ(failed.value(QLatin1String("NotebookInstanceStatus")).toString(), QStringLiteral("Failed"))
        << m_endpoint.output().toStdString();
    const QString reason = failed.value(QLatin1String("FailureReason")).toString();
    EXPECT_TRUE(reason.contains(QLatin1String("did not answer within 3 seconds"))) << reason.toStdString();
    EXPECT_TRUE(QTest::qWaitFor([pid] { return !processExists(pid); }, 30000))
        << "Jupyter " << pid << " survived";
    expectStopRefused(name);
    // A Failed instance can be deleted.
    EXPECT_TRUE(call("DeleteNotebookInstance", name).isEmpty());
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return call("DescribeNotebookInstance", name).value(QLatin1String("message")) ==
                   QLatin1String("RecordNotFound");
        },
        60000));
}

TEST_F(LocalJupyterFaultsTest, JupyterIgnoringSigtermIsKilledAndTheInstanceStops)
{
    ASSERT_NO_FATAL_FAILURE(startEndpoint(servingJupyter(true)));
    const QString name = QStringLiteral("stubborn");
    ASSERT_NO_FATAL_FAILURE(create(name));
    const QJsonObject serving = waitForStatus(name, QStringLiteral("InService"));
    ASSERT_EQ(serving.value(QLatin1String("NotebookInstanceStatus")).toString(), QStringLiteral("InService"))
        << m_endpoint.output().toStdString();
    const qint64 pid = fakeJupyterPid(name);
    ASSERT_GT(pid, 0);

    EXPECT_TRUE(call("StopNotebookInstance", name).isEmpty());
    const QJsonObject stopped = waitForStatus(name, QStringLiteral("Stopped"));
    ASSERT_EQ(stopped.value(QLatin1String("NotebookInstanceStatus")).toString(), QStringLiteral("Stopped"))
        << m_endpoint.output().toStdString();
    EXPECT_TRUE(stopped.value(QLatin1String("FailureReason")).toString().isEmpty());
    // Stopped is stored only once the process is gone (killed after the grace period) and reaped.
    EXPECT_FALSE(processExists(pid)) << "Jupyter " << pid << " survived Stop";
}

// The options are for tests: hidden from --help, and refused at start unless the program is an absolute
// path to an executable file and the limit lies from half a second to two minutes.
TEST(LocalJupyterTestOptions, AreHiddenAndBounded)
{
    QTemporaryDir dataDir;
    ASSERT_TRUE(dataDir.isValid());
    const QList<QStringList> refused{
        {QStringLiteral("--test-jupyter-program"), QStringLiteral("python3")},
        {QStringLiteral("--test-jupyter-program"), dataDir.filePath(QStringLiteral("missing"))},
        {QStringLiteral("--test-jupyter-program"), dataDir.path()},
        {QStringLiteral("--test-jupyter-start-timeout-ms"), QStringLiteral("100")},
        {QStringLiteral("--test-jupyter-start-timeout-ms"), QStringLiteral("120001")},
        {QStringLiteral("--test-jupyter-start-timeout-ms"), QStringLiteral("soon")},
        {QStringLiteral("--test-transition-ms"), QStringLiteral("499")},
        {QStringLiteral("--test-transition-ms"), QStringLiteral("60001")},
    };
    for (const QStringList& option : refused) {
        QProcess endpoint;
        endpoint.start(QStringLiteral(SAGEDESK_LOCAL_PATH),
                       QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                   QStringLiteral("--data-dir"), dataDir.path()} +
                           option);
        ASSERT_TRUE(endpoint.waitForFinished(30000)) << option.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(endpoint.exitCode(), 2) << option.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(endpoint.readAllStandardError().contains("Invalid " + option.first().toUtf8()))
            << option.join(QLatin1Char(' ')).toStdString();
    }
    QProcess help;
    help.start(QStringLiteral(SAGEDESK_LOCAL_PATH), {QStringLiteral("--help")});
    ASSERT_TRUE(help.waitForFinished(30000));
    const QByteArray text = help.readAllStandardOutput();
    EXPECT_TRUE(text.contains("--data-dir")) << text.toStdString();
    EXPECT_FALSE(text.contains("test-")) << text.toStdString();
}

} // namespace
} // namespace SageDesk::Test
