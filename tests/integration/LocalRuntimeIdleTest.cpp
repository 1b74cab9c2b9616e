// Idle auto-stop with a "minute" of one second: an idle instance stops by itself, a busy kernel
// keeps it running until its cell is done.
#include "support/LocalRuntimeTestSupport.h"

#include <gtest/gtest.h>

using namespace SageDesk;
using namespace SageDesk::Local;
using namespace SageDesk::Test;

namespace {

// Runs one cell that sleeps and then prints, with the token in the Authorization header.
constexpr auto kBusyKernelScript = R"PY(
import json, sys, uuid
import requests, websocket

base, token, seconds = sys.argv[1], sys.argv[2], sys.argv[3]
headers = {'Authorization': 'token ' + token}
kernel = requests.post(base + 'api/kernels', headers=headers, json={'name': 'python3'}).json()['id']
ws = websocket.create_connection(base.replace('http://', 'ws://') + 'api/kernels/' + kernel + '/channels',
                                 header=['Authorization: token ' + token], timeout=120)
msg_id = uuid.uuid4().hex
ws.send(json.dumps({
    'header': {'msg_id': msg_id, 'username': '', 'session': uuid.uuid4().hex, 'msg_type': 'execute_request',
               'version': '5.3'},
    'parent_header': {}, 'metadata': {}, 'channel': 'shell', 'buffers': [],
    'content': {'code': 'import time; time.sleep(' + seconds + '); print("cell done")', 'silent': False,
                'store_history': False, 'user_expressions': {}, 'allow_stdin': False, 'stop_on_error': True}}))
while True:
    message = json.loads(ws.recv())
    if message.get('parent_header', {}).get('msg_id') != msg_id:
        continue
    if message['msg_type'] == 'status' and message['content']['execution_state'] == 'busy':
        print('cell started', flush=True)
    if message['msg_type'] == 'stream':
        print(message['content']['text'], end='', flush=True)
    if message['msg_type'] == 'status' and message['content']['execution_state'] == 'idle':
        break
)PY";

class LocalRuntimeIdle : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!jupyterInstalled()) {
            GTEST_SKIP() << "jupyter-notebook is not installed";
        }
        m_options.idleMinute = std::chrono::seconds(1);
        m_options.idleCheckInterval = std::chrono::milliseconds(250);
    }

    NotebookRuntimeSpec spec(int idleMinutes) const
    {
        NotebookRuntimeSpec spec;
        spec.name = QStringLiteral("idle");
        spec.firstStart = true;
        spec.idleStopMinutes = idleMinutes;
        return spec;
    }

    QTemporaryDir m_data;
    NotebookRuntimeOptions m_options;
};

} // namespace

TEST_F(LocalRuntimeIdle, IdleInstanceStopsItself)
{
    NotebookRuntime runtime(m_data.path(), m_options);
    RuntimeStatusLog log(runtime);
    QStringList idleStops;
    QObject::connect(&runtime, &NotebookRuntime::idleStopTriggered, &runtime,
                     [&](const QString& name) { idleStops.append(name); });
    ASSERT_TRUE(runtime.start(spec(2)));
    ASSERT_TRUE(log.waitFor(QStringLiteral("idle"), NotebookInstanceStatus::InService));
    ASSERT_TRUE(log.waitFor(QStringLiteral("idle"), NotebookInstanceStatus::Stopped, 60000));
    EXPECT_EQ(idleStops, QStringList{QStringLiteral("idle")});
    EXPECT_EQ(log.statuses(QStringLiteral("idle")),
              (QList{NotebookInstanceStatus::Pending, NotebookInstanceStatus::InService,
                     NotebookInstanceStatus::Stopping, NotebookInstanceStatus::Stopped}));
}

TEST_F(LocalRuntimeIdle, BusyKernelKeepsTheInstanceRunning)
{
    if (runProgram(QStringLiteral("/usr/bin/python3"),
                   {QStringLiteral("-c"), QStringLiteral("import requests, websocket")}) != 0) {
        GTEST_SKIP() << "/usr/bin/python3 lacks requests or websocket-client";
    }
    NotebookRuntime runtime(m_data.path(), m_options);
    RuntimeStatusLog log(runtime);
    // No limit yet: Python's start-up and the kernel's launch take seconds on a loaded machine, and
    // must not count as idle time. The limit is set once the cell runs.
    ASSERT_TRUE(runtime.start(spec(0)));
    ASSERT_TRUE(log.waitFor(QStringLiteral("idle"), NotebookInstanceStatus::InService));

    QTemporaryDir scripts;
    QFile script(scripts.filePath(QStringLiteral("busy.py")));
    ASSERT_TRUE(script.open(QIODevice::WriteOnly));
    script.write(kBusyKernelScript);
    script.close();
    QProcess client;
    client.setProcessChannelMode(QProcess::MergedChannels);
    QByteArray output;
    QObject::connect(&client, &QProcess::readyRead, &client, [&] { output += client.readAll(); });
    client.start(QStringLiteral("/usr/bin/python3"),
                 {script.fileName(), runtime.jupyterUrl(QStringLiteral("idle"))->toString(),
                  QString::fromLatin1(*runtime.jupyterToken(QStringLiteral("idle"))), QStringLiteral("6")});
    ASSERT_TRUE(QTest::qWaitFor([&] { return output.contains("cell started"); }, 120000))
        << output.toStdString();
    // The cell is busy for twice the idle limit from here; had the monitor ignored it, the server (and
    // the cell) would be gone before "cell done".
    ASSERT_TRUE(runtime.setIdleStopMinutes(QStringLiteral("idle"), 3));
    ASSERT_TRUE(log.waitFor(QStringLiteral("idle"), NotebookInstanceStatus::Stopped, 60000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return client.state() == QProcess::NotRunning; }, 30000));
    output += client.readAll();
    EXPECT_TRUE(output.contains("cell done")) << output.toStdString();
}
