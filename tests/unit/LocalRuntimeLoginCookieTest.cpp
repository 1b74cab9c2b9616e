// The minted Jupyter login cookie is byte for byte what tornado (which Jupyter uses to check it)
// produces for the same secret file, name, value and time.
#include "local/runtime/JupyterLoginCookie.h"

#include <gtest/gtest.h>

#include <QProcess>
#include <QTemporaryDir>

using namespace SageDesk::Local;

namespace {

// notebook 6's key derivation and tornado's create_signed_value, from the installed packages.
constexpr auto kTornadoSigner = R"PY(
import hashlib, hmac, sys
from tornado.web import create_signed_value, decode_signed_value
secret_file, name, value, timestamp = sys.argv[1:5]
key = hmac.new(open(secret_file, 'rb').read(), digestmod=hashlib.sha256)
key.update(b'')
secret = key.digest()
signed = create_signed_value(secret, name, value, version=2, clock=lambda: int(timestamp))
sys.stdout.write(signed.decode())
)PY";

} // namespace

TEST(LocalRuntimeLoginCookie, NameFollowsJupyterHostRule)
{
    EXPECT_EQ(JupyterLoginCookie::name(8888), QByteArray("username-127-0-0-1-8888"));
}

TEST(LocalRuntimeLoginCookie, SignedValueMatchesTornado)
{
    QProcess probe;
    probe.start(QStringLiteral("/usr/bin/python3"),
                {QStringLiteral("-c"), QStringLiteral("import tornado.web")});
    if (!probe.waitForFinished(30000) || probe.exitStatus() != QProcess::NormalExit ||
        probe.exitCode() != 0) {
        GTEST_SKIP() << "/usr/bin/python3 with tornado is needed to compare against";
    }
    QTemporaryDir dir;
    QFile secretFile(dir.filePath(QStringLiteral("secret")));
    const QByteArray secret = "c2FnZWRlc2stdGVzdC1zZWNyZXQtdGhpcnR5LXR3bw==\n";
    ASSERT_TRUE(secretFile.open(QIODevice::WriteOnly));
    secretFile.write(secret);
    secretFile.close();
    const QByteArray name = JupyterLoginCookie::name(41234);
    const QByteArray value = "0123456789abcdef0123456789abcdef";
    const qint64 timestamp = 1795000000;

    QProcess tornado;
    tornado.start(QStringLiteral("/usr/bin/python3"),
                  {QStringLiteral("-c"), QString::fromLatin1(kTornadoSigner), secretFile.fileName(),
                   QString::fromLatin1(name), QString::fromLatin1(value), QString::number(timestamp)});
    ASSERT_TRUE(tornado.waitForFinished(30000));
    ASSERT_EQ(tornado.exitCode(), 0) << tornado.readAllStandardError().toStdString();
    const QByteArray expected = tornado.readAllStandardOutput();

    const QByteArray key = JupyterLoginCookie::signingKey(secret);
    EXPECT_EQ(JupyterLoginCookie::signedValue(key, name, value, timestamp), expected);
    EXPECT_NE(
        JupyterLoginCookie::signedValue(JupyterLoginCookie::signingKey("other\n"), name, value, timestamp),
        expected);
    EXPECT_NE(JupyterLoginCookie::signedValue(key, JupyterLoginCookie::name(41235), value, timestamp),
              expected);
}
