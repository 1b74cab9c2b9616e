// The embedded browser must start where SageDesk runs: under Xvfb, as root in CI (sandbox off),
// with JavaScript and local networking. Later web-view tests build on this.
#include "support/EventLoopWait.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

namespace {

QVariant runJavaScript(QWebEnginePage* page, const QString& script)
{
    QVariant result;
    bool done = false;
    page->runJavaScript(script, [&](const QVariant& value) {
        result = value;
        done = true;
    });
    EXPECT_TRUE(SageDesk::Test::waitInEventLoop([&] { return done; }, 20000)) << script.toStdString();
    return result;
}

} // namespace

TEST(WebEngineRuntime, RendersHtmlAndRunsJavaScript)
{
    QWebEngineView view;
    view.resize(640, 400);
    view.show();
    QSignalSpy loaded(&view, &QWebEngineView::loadFinished);
    view.setHtml(QStringLiteral("<html><head><title>SageDesk web view</title></head>"
                                "<body><p id='answer'></p><script>document.getElementById('answer')"
                                ".textContent = String(6*7);</script></body></html>"));
    ASSERT_TRUE(loaded.wait(60000) || !loaded.isEmpty());
    EXPECT_TRUE(loaded.first().first().toBool());
    EXPECT_EQ(view.title(), QStringLiteral("SageDesk web view"));
    EXPECT_EQ(runJavaScript(view.page(), QStringLiteral("document.getElementById('answer').textContent"))
                  .toString(),
              QStringLiteral("42"));
}

TEST(WebEngineRuntime, LoadsFromALoopbackServerAndKeepsItsCookie)
{
    QTcpServer server;
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0));
    int requests = 0;
    QByteArray lastCookieHeader;
    QObject::connect(&server, &QTcpServer::newConnection, [&] {
        while (QTcpSocket* socket = server.nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
                const QByteArray request = socket->readAll();
                if (!request.startsWith("GET / ")) {
                    socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                    return;
                }
                ++requests;
                for (const QByteArray& line : request.split('\n')) {
                    if (line.toLower().startsWith("cookie:")) {
                        lastCookieHeader = line.trimmed();
                    }
                }
                const QByteArray body = "<html><head><title>loopback</title></head><body>ok</body></html>";
                socket->write(
                    "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nSet-Cookie: session=abc; Path=/\r\n"
                    "Connection: close\r\nContent-Length: " +
                    QByteArray::number(body.size()) + "\r\n\r\n" + body);
                socket->disconnectFromHost();
            });
        }
    });
    QWebEngineProfile profile; // off the record: nothing written to the user's folders
    QWebEnginePage page(&profile);
    QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/").arg(server.serverPort()));
    page.load(url);
    ASSERT_TRUE(loaded.wait(60000) || !loaded.isEmpty());
    EXPECT_TRUE(loaded.takeFirst().first().toBool());
    EXPECT_EQ(page.title(), QStringLiteral("loopback"));
    page.load(url);
    ASSERT_TRUE(loaded.wait(60000) || !loaded.isEmpty());
    EXPECT_EQ(requests, 2);
    EXPECT_EQ(lastCookieHeader, QByteArray("Cookie: session=abc"));
}
