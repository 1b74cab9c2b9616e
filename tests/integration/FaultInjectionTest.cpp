// The AWS client against a loopback server that misbehaves on purpose: 500/503 and throttling answers,
// reset connections, stalls and a skewed Date header. The backoff random source answers 0 and the
// signing clock is injected, so nothing here waits for real backoff.
#include "aws/client/AwsClientContext.h"
#include "aws/credentials/StaticCredentialsProvider.h"
#include "aws/services/LogsClient.h"
#include "aws/services/SageMakerClient.h"
#include "console/logs/LogStreamTail.h"
#include "support/FixedClock.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QLocale>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <deque>
#include <functional>

using SageDesk::Test::FixedClock;

using namespace SageDesk;
using namespace SageDesk::Aws;

namespace {

struct ReceivedRequest
{
    QByteArray method;
    QByteArray target;                     // X-Amz-Target
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

// What the server does with one request.
using Action = std::function<void(QTcpSocket* socket, const ReceivedRequest& request)>;

QByteArray httpDate(const QDateTime& time)
{
    return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

Action respond(int status, const QByteArray& body, QList<QPair<QByteArray, QByteArray>> headers = {})
{
    return [=](QTcpSocket* socket, const ReceivedRequest&) {
        QByteArray reply = "HTTP/1.1 " + QByteArray::number(status) + " Status\r\n";
        reply += "Content-Type: application/x-amz-json-1.1\r\n";
        reply += "x-amzn-RequestId: req-" + QByteArray::number(status) + "\r\n";
        bool hasDate = false;
        for (const auto& [name, value] : headers) {
            reply += name + ": " + value + "\r\n";
            hasDate = hasDate || name.compare("Date", Qt::CaseInsensitive) == 0;
        }
        if (!hasDate) {
            reply += "Date: " + httpDate(QDateTime::currentDateTimeUtc()) + "\r\n";
        }
        reply += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        socket->write(reply);
        socket->flush();
    };
}

Action jsonError(int status, const QByteArray& type, const QByteArray& message)
{
    return respond(status, "{\"__type\":\"" + type + "\",\"message\":\"" + message + "\"}");
}

// Closes the connection without a word, as after a crash or a dropped proxy connection.
Action resetConnection()
{
    return [](QTcpSocket* socket, const ReceivedRequest&) { socket->abort(); };
}

// Reads the request and never answers.
Action stall()
{
    return [](QTcpSocket*, const ReceivedRequest&) {};
}

class FaultServer final : public QObject
{
public:
    FaultServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            }
        });
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }

    // Actions for requests whose X-Amz-Target ends with `operation`, in order; the last one repeats.
    void script(const QByteArray& operation, QList<Action> actions)
    {
        m_scripts[operation] = std::move(actions);
    }

    QList<ReceivedRequest> received(const QByteArray& operation = {}) const
    {
        QList<ReceivedRequest> found;
        for (const ReceivedRequest& request : m_received) {
            if (operation.isEmpty() || request.target.endsWith("." + operation)) {
                found.append(request);
            }
        }
        return found;
    }

private:
    void onReadyRead(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        while (true) {
            const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0) {
                return;
            }
            ReceivedRequest request;
            const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
            request.method = lines.first().split(' ').first();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0) {
                    request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                           lines.at(i).mid(colon + 1).trimmed());
                }
            }
            const qsizetype length = request.headers.value("content-length").toLongLong();
            if (buffer.size() < headerEnd + 4 + length) {
                return;
            }
            request.body = buffer.mid(headerEnd + 4, length);
            buffer.remove(0, headerEnd + 4 + length);
            request.target = request.headers.value("x-amz-target");
            m_received.append(request);
            dispatch(socket, request);
            if (socket->state() != QAbstractSocket::ConnectedState) {
                m_buffers.remove(socket);
                return;
            }
        }
    }

    void dispatch(QTcpSocket* socket, const ReceivedRequest& request)
    {
        const QByteArray operation = request.target.mid(request.target.lastIndexOf('.') + 1);
        QList<Action>& actions = m_scripts[operation];
        if (actions.isEmpty()) {
            respond(500, "{\"__type\":\"UnscriptedRequest\"}")(socket, request);
            return;
        }
        const Action action = actions.size() > 1 ? actions.takeFirst() : actions.first();
        action(socket, request);
    }

    QTcpServer m_server;
    QHash<QByteArray, QList<Action>> m_scripts;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QList<ReceivedRequest> m_received;
};

// Hands out a new session key on every fetch, as a role or SSO provider would.
class CountingCredentialsProvider final : public CredentialsProvider
{
public:
    int fetches = 0;
    QString name() const override { return QStringLiteral("counting"); }

protected:
    void fetch(Callback done) override
    {
        ++fetches;
        Credentials credentials;
        credentials.accessKeyId = QStringLiteral("ASIACOUNT%1").arg(fetches);
        credentials.secretAccessKey = QStringLiteral("countingSecret");
        credentials.sessionToken = QStringLiteral("countingToken%1").arg(fetches);
        done(CredentialsResult::success(credentials));
    }
};

class FaultInjectionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Credentials credentials;
        credentials.accessKeyId = QStringLiteral("AKIDFAULTTEST");
        credentials.secretAccessKey = QStringLiteral("faultTestSecret");
        auto* provider = new StaticCredentialsProvider(credentials, QStringLiteral("test"), m_clock);
        m_context = std::make_unique<AwsClientContext>(provider, QStringLiteral("eu-west-1"));
        provider->setParent(m_context.get());
        m_context->setClock(m_clock);
        m_context->setEndpointOverride(m_server.url());
        m_quota = std::make_shared<RetryQuota>();
        m_context->setRetryStrategy(RetryStrategy(m_quota, [] { return 0.0; }));
        m_context->setTimeouts(std::chrono::seconds(5), std::chrono::milliseconds(300));
    }

    SageMakerClient client() const { return SageMakerClient(m_context.get()); }

    static QByteArray describeBody(const QString& name)
    {
        return QJsonDocument(
                   QJsonObject{
                       {QStringLiteral("NotebookInstanceName"), name},
                       {QStringLiteral("NotebookInstanceArn"),
                        QStringLiteral("arn:aws:sagemaker:eu-west-1:123456789012:notebook-instance/") + name},
                       {QStringLiteral("NotebookInstanceStatus"), QStringLiteral("Pending")},
                   })
            .toJson(QJsonDocument::Compact);
    }

    static CreateNotebookInstanceRequest createRequest(const QString& name)
    {
        CreateNotebookInstanceRequest request;
        request.notebookInstanceName = name;
        request.roleArn = QStringLiteral("arn:aws:iam::123456789012:role/x");
        return request;
    }

    FixedClock m_clock{QDateTime::currentDateTimeUtc()};
    FaultServer m_server;
    std::shared_ptr<RetryQuota> m_quota;
    std::unique_ptr<AwsClientContext> m_context;
};

} // namespace

TEST_F(FaultInjectionTest, ThrottlingAndServerErrorsAreRetriedWithAttemptHeaders)
{
    m_server.script("DescribeNotebookInstance",
                    {jsonError(400, "com.amazon.coral.availability#ThrottlingException", "Rate exceeded"),
                     jsonError(503, "ServiceUnavailable", "Try again"),
                     respond(200, describeBody(QStringLiteral("nb")))});
    const auto result = client().describeNotebookInstance(QStringLiteral("nb")).wait();
    ASSERT_TRUE(result.ok()) << result.error().toDisplayString().toStdString();
    EXPECT_EQ(result->notebookInstanceName, QStringLiteral("nb"));

    const auto requests = m_server.received("DescribeNotebookInstance");
    ASSERT_EQ(requests.size(), 3);
    const QByteArray invocationId = requests.first().headers.value("amz-sdk-invocation-id");
    EXPECT_EQ(invocationId.size(), 36);
    for (qsizetype i = 0; i < requests.size(); ++i) {
        EXPECT_EQ(requests.at(i).headers.value("amz-sdk-request"),
                  "attempt=" + QByteArray::number(i + 1) + "; max=3");
        EXPECT_EQ(requests.at(i).headers.value("amz-sdk-invocation-id"), invocationId);
        EXPECT_TRUE(
            requests.at(i).headers.value("authorization").contains("SignedHeaders=amz-sdk-invocation-id;"));
    }
    // Two retries took 2 × 5 tokens; the success gave them back.
    EXPECT_EQ(m_quota->available(), RetryQuota::kCapacity);
}

TEST_F(FaultInjectionTest, GivesAClearErrorWhenTheAttemptsRunOut)
{
    m_server.script("DescribeNotebookInstance", {jsonError(500, "InternalFailure", "We broke")});
    const auto result = client().describeNotebookInstance(QStringLiteral("nb")).wait();
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(m_server.received("DescribeNotebookInstance").size(), 3);
    EXPECT_EQ(result.error().code, QStringLiteral("InternalFailure"));
    EXPECT_EQ(result.error().httpStatus, 500);
    EXPECT_EQ(result.error().attempts, 3);
    EXPECT_EQ(result.error().requestId, QStringLiteral("req-500"));
    EXPECT_EQ(result.error().toDisplayString(),
              QStringLiteral("InternalFailure: We broke (request id req-500), after 3 attempts"));
    EXPECT_EQ(m_quota->available(), RetryQuota::kCapacity - 2 * RetryQuota::kRetryCost);
}

TEST_F(FaultInjectionTest, ValidationErrorsAreNotRetried)
{
    m_server.script("DescribeNotebookInstance", {jsonError(400, "ValidationException", "RecordNotFound")});
    const auto result = client().describeNotebookInstance(QStringLiteral("nb")).wait();
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, QStringLiteral("ValidationException"));
    EXPECT_EQ(m_server.received().size(), 1);
}

TEST_F(FaultInjectionTest, AnEmptyRetryQuotaStopsRetries)
{
    m_quota = std::make_shared<RetryQuota>(RetryQuota::kRetryCost);
    m_context->setRetryStrategy(RetryStrategy(m_quota, [] { return 0.0; }));
    m_server.script("DescribeNotebookInstance", {jsonError(503, "ServiceUnavailable", "Busy")});
    const auto result = client().describeNotebookInstance(QStringLiteral("nb")).wait();
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(m_server.received().size(), 2);
    EXPECT_EQ(m_quota->available(), 0);
}

TEST_F(FaultInjectionTest, ResetConnectionsAreRetriedForReads)
{
    m_server.script("DescribeNotebookInstance",
                    {resetConnection(), respond(200, describeBody(QStringLiteral("nb")))});
    const auto result = client().describeNotebookInstance(QStringLiteral("nb")).wait();
    ASSERT_TRUE(result.ok()) << result.error().toDisplayString().toStdString();
    EXPECT_EQ(m_server.received().size(), 2);
}

TEST_F(FaultInjectionTest, StalledRepliesTimeOutAndAreRetried)
{
    m_server.script("DescribeNotebookInstance", {stall()});
    const auto result = client().describeNotebookInstance(QStringLiteral("nb")).wait();
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, AwsError::Kind::Timeout);
    EXPECT_EQ(result.error().attempts, 3);
    EXPECT_EQ(m_server.received().size(), 3);
    // A retry after a timeout costs 10 tokens.
    EXPECT_EQ(m_quota->available(), RetryQuota::kCapacity - 2 * RetryQuota::kTimeoutRetryCost);
}

TEST_F(FaultInjectionTest, CreateIsNotSentTwiceAfterAnUnseenSuccess)
{
    // The server creates the instance, then the connection drops before the answer arrives.
    m_server.script("CreateNotebookInstance",
                    {resetConnection(), respond(200, "{\"NotebookInstanceArn\":\"second\"}")});
    m_server.script("DescribeNotebookInstance", {respond(200, describeBody(QStringLiteral("nb")))});
    const auto result = client().createNotebookInstance(createRequest(QStringLiteral("nb"))).wait();
    ASSERT_TRUE(result.ok()) << result.error().toDisplayString().toStdString();
    EXPECT_EQ(result.value(),
              QStringLiteral("arn:aws:sagemaker:eu-west-1:123456789012:notebook-instance/nb"));
    EXPECT_EQ(m_server.received("CreateNotebookInstance").size(), 1);
    EXPECT_EQ(m_server.received("DescribeNotebookInstance").size(), 1);
}

TEST_F(FaultInjectionTest, CreateIsResentWhenTheLostAttemptCreatedNothing)
{
    m_server.script("CreateNotebookInstance", {jsonError(500, "InternalFailure", "Oops"),
                                               respond(200, "{\"NotebookInstanceArn\":\"arn-nb\"}")});
    m_server.script("DescribeNotebookInstance", {jsonError(400, "ValidationException", "RecordNotFound")});
    const auto result = client().createNotebookInstance(createRequest(QStringLiteral("nb"))).wait();
    ASSERT_TRUE(result.ok()) << result.error().toDisplayString().toStdString();
    EXPECT_EQ(result.value(), QStringLiteral("arn-nb"));
    const auto requests = m_server.received();
    ASSERT_EQ(requests.size(), 3);
    EXPECT_TRUE(requests.at(0).target.endsWith(".CreateNotebookInstance"));
    EXPECT_TRUE(requests.at(1).target.endsWith(".DescribeNotebookInstance"));
    EXPECT_TRUE(requests.at(2).target.endsWith(".CreateNotebookInstance"));
    EXPECT_EQ(requests.at(2).headers.value("amz-sdk-request"), "attempt=2; max=3");
}

TEST_F(FaultInjectionTest, ThrottledCreateIsResentWithoutAsking)
{
    // A throttled request never reached the service's logic, so there is nothing to check.
    m_server.script("CreateNotebookInstance", {jsonError(400, "ThrottlingException", "Rate exceeded"),
                                               respond(200, "{\"NotebookInstanceArn\":\"arn-nb\"}")});
    const auto result = client().createNotebookInstance(createRequest(QStringLiteral("nb"))).wait();
    ASSERT_TRUE(result.ok()) << result.error().toDisplayString().toStdString();
    EXPECT_EQ(m_server.received("DescribeNotebookInstance").size(), 0);
    EXPECT_EQ(m_server.received("CreateNotebookInstance").size(), 2);
}

TEST_F(FaultInjectionTest, ClockSkewIsCorrectedFromTheDateHeaderAndRetriedAtOnce)
{
    const QDateTime serverNow = m_clock.currentDateTimeUtc();
    m_clock.advanceSecs(-3600); // this computer's clock is an hour behind
    m_server.script(
        "DescribeNotebookInstance",
        {respond(403,
                 "{\"__type\":\"InvalidSignatureException\",\"message\":\"Signature expired: is now "
                 "earlier than ...\"}",
                 {{"Date", httpDate(serverNow)}}),
         respond(200, describeBody(QStringLiteral("nb")), {{"Date", httpDate(serverNow)}})});
    const auto result = client().describeNotebookInstance(QStringLiteral("nb")).wait();
    ASSERT_TRUE(result.ok()) << result.error().toDisplayString().toStdString();

    const auto requests = m_server.received();
    ASSERT_EQ(requests.size(), 2);
    const auto first = QDateTime::fromString(QString::fromLatin1(requests.at(0).headers.value("x-amz-date")),
                                             QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    auto second = QDateTime::fromString(QString::fromLatin1(requests.at(1).headers.value("x-amz-date")),
                                        QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    ASSERT_TRUE(first.isValid());
    ASSERT_TRUE(second.isValid());
    EXPECT_LE(std::abs(first.secsTo(second) - 3600), 2);
    EXPECT_LE(std::abs(m_context->clockOffsetMSecs() / 1000 - 3600), 2);
    EXPECT_EQ(requests.at(1).headers.value("amz-sdk-request"), "attempt=2; max=3");
    // No backoff token was spent on a skew correction.
    EXPECT_EQ(m_quota->available(), RetryQuota::kCapacity);
}

TEST_F(FaultInjectionTest, RefusedConnectionsEndAsNetworkErrors)
{
    QTcpServer closed;
    closed.listen(QHostAddress::LocalHost, 0);
    const quint16 port = closed.serverPort();
    closed.close();
    m_context->setEndpointOverride(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    const auto result = client().describeNotebookInstance(QStringLiteral("nb")).wait();
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, AwsError::Kind::Network);
    EXPECT_EQ(result.error().attempts, 3);
    EXPECT_TRUE(result.error().retryable);
}

TEST_F(FaultInjectionTest, AnExpiredTokenIsRefetchedAndTheCallResigned)
{
    auto* provider = new CountingCredentialsProvider;
    provider->setParent(m_context.get());
    m_context->setCredentials(provider);
    m_server.script(
        "DescribeNotebookInstance",
        {jsonError(400, "ExpiredTokenException", "The security token included in the request is expired"),
         respond(200, describeBody(QStringLiteral("nb")))});
    const auto result = client().describeNotebookInstance(QStringLiteral("nb")).wait();
    ASSERT_TRUE(result.ok()) << result.error().toDisplayString().toStdString();
    EXPECT_EQ(provider->fetches, 2);
    const auto requests = m_server.received();
    ASSERT_EQ(requests.size(), 2);
    EXPECT_EQ(requests.at(0).headers.value("x-amz-security-token"), "countingToken1");
    EXPECT_EQ(requests.at(1).headers.value("x-amz-security-token"), "countingToken2");
}

TEST_F(FaultInjectionTest, LogsAccessDeniedArrivesAsSuchAndTheTailShowsIt)
{
    const QByteArray message = "User: arn:aws:iam::123456789012:user/dev is not authorized to perform: "
                               "logs:GetLogEvents on resource: arn:aws:logs:eu-west-1:123456789012:log-group:"
                               "/aws/sagemaker/NotebookInstances:log-stream:nb/LifecycleConfigOnStart";
    m_server.script("GetLogEvents", {jsonError(400, "AccessDeniedException", message)});
    GetLogEventsRequest request;
    request.logGroupName = NotebookInstanceLogs::kLogGroupName;
    request.logStreamName = QStringLiteral("nb/LifecycleConfigOnStart");
    const auto result = LogsClient(m_context.get()).getLogEvents(request).wait();
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, QStringLiteral("AccessDeniedException"));
    EXPECT_EQ(result.error().message, QString::fromUtf8(message));
    EXPECT_FALSE(result.error().isNotFound());
    EXPECT_FALSE(result.error().isRetryable());
    EXPECT_EQ(m_server.received("GetLogEvents").size(), 1);

    // The details pane's tail says so (no crash, no "no log yet"), and keeps looking while following.
    LogStreamTail tail;
    tail.setContext(m_context.get());
    tail.open(QStringLiteral("nb"), NotebookInstanceLogs::Script::OnStart);
    ASSERT_TRUE(QTest::qWaitFor([&] { return tail.state() == LogStreamTail::State::Failed; }, 5000));
    EXPECT_EQ(tail.error().code, QStringLiteral("AccessDeniedException"));
    EXPECT_TRUE(tail.error().toDisplayString().startsWith(QStringLiteral("AccessDeniedException: ")));
}
