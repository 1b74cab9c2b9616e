// The connection layer's limits under load, each shown holding while a normal client keeps being
// served: a cap on connections, the whole-head deadline (slowloris), a bound on pipelined answers
// a peer does not read, and requests refused from their head before the body is read or 100 Continue
// sent. Loopback only, bounded in time and bytes; the endpoint runs in this process with small limits.
#include "local/LocalEndpoint.h"
#include "local/http/HttpServer.h"
#include "support/LocalSignedRequest.h"
#include "support/LoopbackHttp.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <memory>
#include <vector>

namespace SageDesk::Test {
namespace {

class LocalHttpLimitsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Local::LocalEndpoint::Options options;
        options.dataDir = m_dir.path();
        options.runtime.jupyterProgram = m_dir.filePath(QStringLiteral("no-jupyter"));
        options.httpLimits.maxConnections = 16;
        options.httpLimits.headerTimeout = std::chrono::milliseconds(1500);
        m_endpoint = std::make_unique<Local::LocalEndpoint>(options);
        ASSERT_TRUE(m_endpoint->start()) << m_endpoint->errorString().toStdString();
    }

    QByteArray signedWire(LocalSignedRequest request) const
    {
        return request.wire(m_endpoint->port(), m_endpoint->credentials().accessKeyId,
                            m_endpoint->credentials().secretAccessKey, "s3", QDateTime::currentDateTimeUtc());
    }
    // ListBuckets, as a normal client sends it.
    int normalClientStatus() const
    {
        LocalSignedRequest listBuckets;
        listBuckets.method = "GET";
        return call(m_endpoint->port(), signedWire(listBuckets), 10000).status;
    }
    std::unique_ptr<QTcpSocket> connectRaw() const
    {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, m_endpoint->port());
        socket->waitForConnected(5000);
        return socket;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Local::LocalEndpoint> m_endpoint;
};

int stillOpen(const std::vector<std::unique_ptr<QTcpSocket>>& sockets)
{
    int open = 0;
    for (const auto& socket : sockets) {
        open += socket->state() == QAbstractSocket::ConnectedState ? 1 : 0;
    }
    return open;
}

TEST_F(LocalHttpLimitsTest, ConnectionCapEvictsIdlePeersAndKeepsServing)
{
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 60; ++i) {
        idle.push_back(connectRaw());
        QCoreApplication::processEvents();
    }
    EXPECT_EQ(normalClientStatus(), 200);
    QTest::qWait(300);
    // At most the cap stays open (the normal client's connection took one of the places).
    EXPECT_LE(stillOpen(idle), 16);
    EXPECT_EQ(normalClientStatus(), 200);
}

TEST_F(LocalHttpLimitsTest, SlowlorisHeadsAreDroppedAtTheDeadline)
{
    std::vector<std::unique_ptr<QTcpSocket>> slow;
    for (int i = 0; i < 8; ++i) {
        slow.push_back(connectRaw());
    }
    const QByteArray head = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + QByteArray(200, 'a');
    QElapsedTimer timer;
    timer.start();
    qsizetype at = 0;
    // One byte every 50 ms on each: the head never completes, and each byte is fresh activity.
    while (timer.elapsed() < 4000 && stillOpen(slow) > 0) {
        for (const auto& socket : slow) {
            if (socket->state() == QAbstractSocket::ConnectedState) {
                socket->write(head.mid(at % head.size(), 1));
            }
        }
        ++at;
        QTest::qWait(50);
        if (at == 10) {
            EXPECT_EQ(normalClientStatus(), 200); // served while the slow ones trickle
        }
    }
    EXPECT_EQ(stillOpen(slow), 0) << "slow heads still open after " << timer.elapsed() << " ms";
    EXPECT_LT(timer.elapsed(), 3500);
    EXPECT_EQ(normalClientStatus(), 200);
}

TEST_F(LocalHttpLimitsTest, RequestsAreRefusedFromTheirHeadBeforeTheBody)
{
    const auto refused = [this](const QByteArray& authorization, const QByteArray& expectedCode,
                                const QByteArray& target = "PUT /bucket/key") {
        auto socket = connectRaw();
        socket->write(target +
                      " HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: 100-continue\r\n"
                      "Content-Length: 1073741824\r\nx-amz-date: 20260101T000000Z\r\n"
                      "x-amz-content-sha256: UNSIGNED-PAYLOAD\r\nAuthorization: " +
                      authorization + "\r\n\r\n");
        QByteArray answer;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 5000 && !answer.contains("</Error>")) {
            QTest::qWait(20);
            answer += socket->readAll();
        }
        EXPECT_FALSE(answer.contains("100 Continue")) << answer.constData();
        EXPECT_TRUE(answer.startsWith("HTTP/1.1 403")) << answer.constData();
        EXPECT_TRUE(answer.contains("<Code>" + expectedCode + "</Code>")) << answer.constData();
    };
    refused("AWS4-HMAC-SHA256 Credential=AKIANOTAKEY000000000/20260101/us-east-1/s3/aws4_request, "
            "SignedHeaders=host;x-amz-date, Signature=" +
                QByteArray(64, 'a'),
            "InvalidAccessKeyId");
    refused("AWS4-HMAC-SHA256 Credential=" + m_endpoint->credentials().accessKeyId.toLatin1() +
                "/20260101/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=not-hex",
            "SignatureDoesNotMatch");
    // Only the GET and HEAD visits of /notebook/ carry a token of their own instead of a signature.
    refused("not-a-signature", "SignatureDoesNotMatch", "POST /notebook/name");
    EXPECT_EQ(normalClientStatus(), 200);
}

TEST_F(LocalHttpLimitsTest, AmbiguousFramingIsRefused)
{
    for (const QByteArray& wire :
         {QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\nx"),
          QByteArray("GET / HTTP/1.1\nHost: h\n\n"),
          QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\n"
                     "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n")}) {
        EXPECT_EQ(call(m_endpoint->port(), wire, 5000).status, 400) << wire.constData();
    }
}

// The pipelining bound is the HTTP layer's own: a server answering 16 KiB per request to a peer that
// sends 3000 requests and reads nothing handles only as many as fit the bound (plus the kernel's
// socket buffers), then all of them once the peer reads.
TEST(LocalHttpPipeliningTest, UnreadAnswersHoldBackPipelinedRequests)
{
    int handled = 0;
    Local::HttpServer server([&handled](const Local::HttpRequest&, const Local::HttpServer::Reply& reply) {
        ++handled;
        reply(Local::HttpResponse::withBody(200, "text/plain", QByteArray(16 * 1024, 'r')));
    });
    ASSERT_TRUE(server.listen(0));
    constexpr int kRequests = 3000;
    QByteArray pipelined;
    for (int i = 0; i < kRequests; ++i) {
        pipelined += "GET /x HTTP/1.1\r\nHost: h\r\n\r\n";
    }
    QTcpSocket greedy;
    greedy.setReadBufferSize(1); // takes (almost) nothing until asked
    greedy.connectToHost(QHostAddress::LocalHost, server.port());
    ASSERT_TRUE(greedy.waitForConnected(5000));
    greedy.write(pipelined);
    QTest::qWait(1500);
    const int handledWhileUnread = handled;
    EXPECT_LT(handledWhileUnread, kRequests / 2) << "answers were queued without bound";
    // Another client is served meanwhile.
    EXPECT_EQ(call(server.port(), "GET /y HTTP/1.1\r\nHost: h\r\n\r\n", 5000).status, 200);
    greedy.setReadBufferSize(0);
    qint64 received = 0;
    QElapsedTimer timer;
    timer.start();
    while (handled < kRequests + 1 && timer.elapsed() < 20000) {
        QTest::qWait(10);
        received += greedy.readAll().size();
    }
    EXPECT_EQ(handled, kRequests + 1);
    std::printf("handled while unread: %d of %d\n", handledWhileUnread, kRequests);
}

} // namespace
} // namespace SageDesk::Test
