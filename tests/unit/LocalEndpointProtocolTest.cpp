// The endpoint in-process, spoken to over real loopback sockets: HTTP/1.1 keep-alive and
// 100-continue, and the AWS errors for malformed, unknown and oversize requests.
#include "local/LocalEndpoint.h"

#include "support/LocalSignedRequest.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace SageDesk::Local {
namespace {

struct Response
{
    int status = 0;
    QByteArray head;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// Reads one response off `socket`, running the event loop (the endpoint lives on this thread).
Response readResponse(QTcpSocket& socket, QByteArray& buffer)
{
    Response response;
    [[maybe_unused]] const bool complete = QTest::qWaitFor(
        [&] {
            buffer += socket.readAll();
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                return false;
            }
            const QByteArray head = buffer.left(end);
            qsizetype length = 0;
            for (const QByteArray& line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:")) {
                    length = line.mid(15).trimmed().toLongLong();
                }
            }
            if (head.startsWith("HTTP/1.1 100")) {
                length = 0;
            }
            if (buffer.size() < end + 4 + length) {
                return false;
            }
            response.head = head;
            response.status = head.mid(9, 3).toInt();
            response.body = buffer.mid(end + 4, length);
            buffer.remove(0, end + 4 + length);
            return true;
        },
        10000);
    return response;
}

class LocalEndpointProtocolTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        LocalEndpoint::Options options;
        options.dataDir = m_dir.path();
        options.maxBodyBytes = 64 * 1024;
        options.runtime.jupyterProgram = m_dir.filePath(QStringLiteral("no-jupyter-here"));
        m_endpoint = std::make_unique<LocalEndpoint>(options);
        ASSERT_TRUE(m_endpoint->start()) << m_endpoint->errorString().toStdString();
        m_socket.connectToHost(QHostAddress::LocalHost, m_endpoint->port());
        ASSERT_TRUE(
            QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 5000));
    }

    QByteArray wire(const SageDesk::Test::LocalSignedRequest& request,
                    const QByteArray& service = "sagemaker") const
    {
        return request.wire(m_endpoint->port(), m_endpoint->credentials().accessKeyId,
                            m_endpoint->credentials().secretAccessKey, service,
                            QDateTime::currentDateTimeUtc());
    }

    Response call(const QByteArray& bytes)
    {
        m_socket.write(bytes);
        return readResponse(m_socket, m_buffer);
    }

    Response sageMaker(const QByteArray& operation, const QJsonObject& input)
    {
        return call(
            wire(SageDesk::Test::LocalSignedRequest::sageMaker(operation, QJsonDocument(input).toJson())));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<LocalEndpoint> m_endpoint;
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

TEST_F(LocalEndpointProtocolTest, ServesManyRequestsOnOneKeptAliveConnection)
{
    for (int i = 0; i < 3; ++i) {
        const Response response = sageMaker("ListNotebookInstances", {});
        EXPECT_EQ(response.status, 200) << response.body.constData();
        EXPECT_TRUE(response.head.contains("Connection: keep-alive"));
        EXPECT_TRUE(response.json().contains(QLatin1String("NotebookInstances")));
    }
    // Two pipelined requests are answered in order.
    m_socket.write(wire(SageDesk::Test::LocalSignedRequest::sageMaker("ListNotebookInstances", "{}")) +
                   wire(SageDesk::Test::LocalSignedRequest::sageMaker("DescribeNotebookInstance",
                                                                      R"({"NotebookInstanceName":"none"})")));
    EXPECT_EQ(readResponse(m_socket, m_buffer).status, 200);
    const Response second = readResponse(m_socket, m_buffer);
    EXPECT_EQ(second.status, 400);
    EXPECT_EQ(second.json().value(QLatin1String("message")).toString(), QStringLiteral("RecordNotFound"));
    EXPECT_EQ(m_socket.state(), QAbstractSocket::ConnectedState);
}

TEST_F(LocalEndpointProtocolTest, AnswersExpectContinueBeforeTheBody)
{
    QByteArray bytes = wire(SageDesk::Test::LocalSignedRequest::sageMaker("ListNotebookInstances", "{}"));
    const qsizetype split = bytes.indexOf("\r\n\r\n");
    m_socket.write(bytes.left(split) + "\r\nExpect: 100-continue\r\n\r\n");
    const Response interim = readResponse(m_socket, m_buffer);
    EXPECT_EQ(interim.status, 100);
    m_socket.write(bytes.mid(split + 4));
    EXPECT_EQ(readResponse(m_socket, m_buffer).status, 200);
}

TEST_F(LocalEndpointProtocolTest, BadRequestsGetAwsErrors)
{
    Response response =
        call(wire(SageDesk::Test::LocalSignedRequest::sageMaker("ListNotebookInstances", "{not json")));
    EXPECT_EQ(response.json().value(QLatin1String("__type")).toString(),
              QStringLiteral("SerializationException"));

    response = call(wire(SageDesk::Test::LocalSignedRequest::sageMaker("LaunchRockets", "{}")));
    EXPECT_EQ(response.json().value(QLatin1String("__type")).toString(),
              QStringLiteral("UnknownOperationException"));

    response = sageMaker("ListNotebookInstances", {{QStringLiteral("MaxResults"), 1000}});
    EXPECT_EQ(response.json().value(QLatin1String("__type")).toString(),
              QStringLiteral("ValidationException"));

    response =
        sageMaker("CreateNotebookInstance", {{QStringLiteral("NotebookInstanceName"), QStringLiteral("x")}});
    EXPECT_TRUE(
        response.json().value(QLatin1String("message")).toString().contains(QLatin1String("Value null at")));

    SageDesk::Test::LocalSignedRequest iam;
    iam.headers = {{"Content-Type", "application/x-www-form-urlencoded; charset=utf-8"}};
    iam.body = "Action=LaunchRockets&Version=2010-05-08";
    response = call(wire(iam, "iam"));
    EXPECT_TRUE(response.body.contains("<Code>InvalidAction</Code>")) << response.body.constData();

    response = call(wire(
        SageDesk::Test::LocalSignedRequest::sageMaker("ListNotebookInstances", QByteArray(70 * 1024, ' '))));
    EXPECT_EQ(response.status, 413);
}

TEST_F(LocalEndpointProtocolTest, ListsPageFilterAndSortLifecycleConfigsAndTags)
{
    for (int i = 0; i < 5; ++i) {
        const Response created = sageMaker(
            "CreateNotebookInstanceLifecycleConfig",
            {{QStringLiteral("NotebookInstanceLifecycleConfigName"), QStringLiteral("config-%1").arg(i)},
             {QStringLiteral("OnStart"),
              QJsonArray{QJsonObject{{QStringLiteral("Content"), QStringLiteral("ZWNobyBoaQo=")}}}}});
        ASSERT_EQ(created.status, 200) << created.body.constData();
    }
    const Response duplicate =
        sageMaker("CreateNotebookInstanceLifecycleConfig",
                  {{QStringLiteral("NotebookInstanceLifecycleConfigName"), QStringLiteral("config-0")}});
    EXPECT_EQ(duplicate.status, 400);

    QStringList names;
    QString token;
    int pages = 0;
    do {
        QJsonObject input{{QStringLiteral("MaxResults"), 2},
                          {QStringLiteral("SortBy"), QStringLiteral("Name")},
                          {QStringLiteral("SortOrder"), QStringLiteral("Ascending")}};
        if (!token.isEmpty()) {
            input.insert(QStringLiteral("NextToken"), token);
        }
        const QJsonObject page = sageMaker("ListNotebookInstanceLifecycleConfigs", input).json();
        for (const QJsonValue& item :
             page.value(QLatin1String("NotebookInstanceLifecycleConfigs")).toArray()) {
            names << item.toObject().value(QLatin1String("NotebookInstanceLifecycleConfigName")).toString();
        }
        token = page.value(QLatin1String("NextToken")).toString();
        ++pages;
    } while (!token.isEmpty() && pages < 10);
    EXPECT_EQ(pages, 3);
    EXPECT_EQ(names,
              (QStringList{QStringLiteral("config-0"), QStringLiteral("config-1"), QStringLiteral("config-2"),
                           QStringLiteral("config-3"), QStringLiteral("config-4")}));

    const QJsonObject filtered = sageMaker("ListNotebookInstanceLifecycleConfigs",
                                           {{QStringLiteral("NameContains"), QStringLiteral("-3")}})
                                     .json();
    EXPECT_EQ(filtered.value(QLatin1String("NotebookInstanceLifecycleConfigs")).toArray().size(), 1);

    const Response repository = sageMaker(
        "CreateCodeRepository",
        {{QStringLiteral("CodeRepositoryName"), QStringLiteral("repo")},
         {QStringLiteral("GitConfig"),
          QJsonObject{{QStringLiteral("RepositoryUrl"), QStringLiteral("https://example.org/r.git")}}}});
    ASSERT_EQ(repository.status, 200) << repository.body.constData();
    const QString arn = repository.json().value(QLatin1String("CodeRepositoryArn")).toString();
    EXPECT_EQ(
        sageMaker("AddTags", {{QStringLiteral("ResourceArn"), arn},
                              {QStringLiteral("Tags"),
                               QJsonArray{QJsonObject{{QStringLiteral("Key"), QStringLiteral("team")},
                                                      {QStringLiteral("Value"), QStringLiteral("ml")}}}}})
            .status,
        200);
    const QJsonArray tags = sageMaker("ListTags", {{QStringLiteral("ResourceArn"), arn}})
                                .json()
                                .value(QLatin1String("Tags"))
                                .toArray();
    ASSERT_EQ(tags.size(), 1);
    EXPECT_EQ(tags.first().toObject().value(QLatin1String("Value")).toString(), QStringLiteral("ml"));
    EXPECT_EQ(sageMaker("ListTags", {{QStringLiteral("ResourceArn"), arn + QStringLiteral("x")}}).status,
              400);
}

TEST_F(LocalEndpointProtocolTest, ExpiredAndReusedPresignedLinksGetAPage)
{
    m_socket.write("GET /notebook/none?authToken=made-up HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    const Response response = readResponse(m_socket, m_buffer);
    EXPECT_EQ(response.status, 403);
    EXPECT_TRUE(response.head.contains("text/html"));
    EXPECT_TRUE(response.body.contains("<h1>"));
}

} // namespace
} // namespace SageDesk::Local
