// The presigned sign-in: the Set-Cookie headers NotebookRuntime::signIn() returns log a plain HTTP
// client in to the instance's Jupyter (tree page, REST, kernel websocket) with no token in any URL.
#include "local/runtime/JupyterServer.h"
#include "support/LocalRuntimeTestSupport.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>

using namespace SageDesk;
using namespace SageDesk::Local;
using namespace SageDesk::Test;

namespace {

// A browser stand-in: follows the endpoint's answer (cookie + Location) and uses Jupyter the way the
// classic notebook page does: XSRF cookie from the tree page, REST, then the kernel channels socket.
constexpr auto kBrowserScript = R"PY(
import json, sys, uuid
import requests, websocket

location, set_cookie = sys.argv[1], sys.argv[2]
login_cookie = set_cookie.split(';', 1)[0]
base = location.rsplit('/', 1)[0] + '/'
result = {}

def get(url, cookie):
    return requests.get(url, headers={'Cookie': cookie} if cookie else {}, allow_redirects=False)

result['without_cookie'] = get(location, None).status_code
result['forged_cookie'] = get(location, login_cookie[:-2] + ('0' if login_cookie[-2] != '0' else '1') + '"').status_code
tree = get(location, login_cookie)
result['tree'] = tree.status_code
result['tree_is_file_list'] = 'notebook_list' in tree.text
xsrf = tree.cookies.get('_xsrf')
cookies = login_cookie + '; _xsrf=' + xsrf
headers = {'Cookie': cookies, 'X-XSRFToken': xsrf}

created = requests.post(base + 'api/contents', headers=headers, json={'type': 'notebook'})
result['notebook_created'] = created.status_code
path = created.json()['path']
session = requests.post(base + 'api/sessions', headers=headers,
                        json={'path': path, 'type': 'notebook', 'name': '', 'kernel': {'name': 'python3'}})
result['session_created'] = session.status_code
kernel = session.json()['kernel']['id']

ws = websocket.create_connection(base.replace('http://', 'ws://') + 'api/kernels/' + kernel + '/channels',
                                 header=['Cookie: ' + cookies], timeout=60)
msg_id = uuid.uuid4().hex
ws.send(json.dumps({
    'header': {'msg_id': msg_id, 'username': '', 'session': uuid.uuid4().hex, 'msg_type': 'execute_request',
               'version': '5.3'},
    'parent_header': {}, 'metadata': {}, 'channel': 'shell', 'buffers': [],
    'content': {'code': 'print(6*7)', 'silent': False, 'store_history': True, 'user_expressions': {},
                'allow_stdin': False, 'stop_on_error': True}}))
output = ''
while True:
    message = json.loads(ws.recv())
    if message.get('parent_header', {}).get('msg_id') != msg_id:
        continue
    if message['msg_type'] == 'stream':
        output += message['content']['text']
    if message['msg_type'] == 'status' and message['content']['execution_state'] == 'idle':
        break
result['output'] = output
print('RESULT ' + json.dumps(result))
)PY";

bool browserToolsPresent()
{
    return runProgram(QStringLiteral("/usr/bin/python3"),
                      {QStringLiteral("-c"), QStringLiteral("import requests, websocket")}) == 0;
}

} // namespace

TEST(LocalRuntimeSignIn, CookieFromSignInOpensTreeRestAndKernel)
{
    if (!jupyterInstalled()) {
        GTEST_SKIP() << "jupyter-notebook is not installed";
    }
    if (!browserToolsPresent()) {
        GTEST_SKIP() << "/usr/bin/python3 lacks requests or websocket-client";
    }
    QTemporaryDir data;
    NotebookRuntime runtime(data.path());
    RuntimeStatusLog log(runtime);
    const QString name = QStringLiteral("signin");
    EXPECT_FALSE(runtime.signIn(name, 1800).has_value());
    NotebookRuntimeSpec spec;
    spec.name = name;
    spec.firstStart = true;
    ASSERT_TRUE(runtime.start(spec));
    EXPECT_FALSE(runtime.signIn(name, 1800).has_value()) << "no sign-in while Pending";
    ASSERT_TRUE(log.waitForSettled(name));
    ASSERT_EQ(log.last(name)->status, NotebookInstanceStatus::InService)
        << log.last(name)->failureReason.toStdString();

    const std::optional<JupyterSignIn> signIn = runtime.signIn(name, 1800);
    ASSERT_TRUE(signIn.has_value());
    ASSERT_EQ(signIn->setCookieHeaders.size(), 1);
    const QByteArray token = *runtime.jupyterToken(name);
    EXPECT_FALSE(signIn->location.toString().contains(QString::fromLatin1(token)));
    EXPECT_FALSE(signIn->setCookieHeaders.first().contains(token));
    EXPECT_EQ(signIn->location.path(), QStringLiteral("/tree"));
    EXPECT_TRUE(signIn->setCookieHeaders.first().contains("HttpOnly"));
    EXPECT_TRUE(signIn->setCookieHeaders.first().contains("Max-Age=1800"));
    EXPECT_FALSE(signIn->labUnavailable) << "the classic view was asked for";
    // With the JupyterLab server (a build with the front end) /lab; notebook 6 has no /lab: the
    // classic view instead of a 404, and the person is told why.
    const bool hasLab = !JupyterServer::labServerScript().isEmpty();
    EXPECT_EQ(runtime.signIn(name, 1800, true)->location.path(),
              hasLab ? QStringLiteral("/lab") : QStringLiteral("/tree"));
    EXPECT_EQ(runtime.signIn(name, 1800, true)->labUnavailable, !hasLab);

    QTemporaryDir scripts;
    QFile script(scripts.filePath(QStringLiteral("browser.py")));
    ASSERT_TRUE(script.open(QIODevice::WriteOnly));
    script.write(kBrowserScript);
    script.close();
    QString output;
    const int exitCode = runProgram(QStringLiteral("/usr/bin/python3"),
                                    {script.fileName(), signIn->location.toString(),
                                     QString::fromLatin1(signIn->setCookieHeaders.first())},
                                    &output);
    ASSERT_EQ(exitCode, 0) << output.toStdString();
    const qsizetype at = output.indexOf(QStringLiteral("RESULT "));
    ASSERT_GE(at, 0) << output.toStdString();
    const QJsonObject result = QJsonDocument::fromJson(output.mid(at + 7).toUtf8()).object();
    EXPECT_EQ(result.value(QLatin1String("without_cookie")).toInt(), 302) << "without the cookie: login page";
    EXPECT_EQ(result.value(QLatin1String("forged_cookie")).toInt(), 302) << "a tampered cookie is refused";
    EXPECT_EQ(result.value(QLatin1String("tree")).toInt(), 200);
    EXPECT_TRUE(result.value(QLatin1String("tree_is_file_list")).toBool());
    EXPECT_EQ(result.value(QLatin1String("notebook_created")).toInt(), 201);
    EXPECT_EQ(result.value(QLatin1String("session_created")).toInt(), 201);
    EXPECT_EQ(result.value(QLatin1String("output")).toString(), QStringLiteral("42\n"));

    // Stopping ends the kernel the client started as well.
    runtime.stop(name);
    ASSERT_TRUE(log.waitFor(name, NotebookInstanceStatus::Stopped, 10000));
    EXPECT_TRUE(InstanceProcesses::find(runtime.instanceDir(name)).isEmpty());
}
