// CreateNotebookInstance right after a new role: the ValidationException IAM propagation causes is
// retried with the injected backoff. The fault is forced by a scripted endpoint, since no real
// server produces it on demand.
#include "aws/roles/NotebookInstanceCreator.h"
#include "cli/CliConnection.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>

using SageDesk::CreateNotebookInstanceRequest;
using SageDesk::Aws::NotebookInstanceCreator;
using SageDesk::Cli::CliConnection;
using namespace std::chrono_literals;

namespace {

struct ScriptedAnswer
{
    int status;
    QByteArray body;
};

// Answers each HTTP request with the next scripted answer (the last one repeats) and counts them.
class ScriptedEndpoint final : public QObject
{
public:
    explicit ScriptedEndpoint(QList<ScriptedAnswer> answers)
        : m_answers(std::move(answers))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (auto* socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    int requests() const { return m_requests; }
    QByteArray lastTarget() const { return m_lastTarget; }

private:
    void read(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            return;
        }
        qsizetype length = 0;
        for (const QByteArray& line : buffer.left(headerEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:")) {
                length = line.mid(15).trimmed().toLongLong();
            } else if (line.toLower().startsWith("x-amz-target:")) {
                m_lastTarget = line.mid(13).trimmed();
            }
        }
        if (buffer.size() < headerEnd + 4 + length) {
            return;
        }
        buffer.clear();
        const ScriptedAnswer& answer = m_answers.at(std::min<qsizetype>(m_requests, m_answers.size() - 1));
        ++m_requests;
        socket->write("HTTP/1.1 " + QByteArray::number(answer.status) +
                      " X\r\nContent-Type: application/x-amz-json-1.1\r\n"
                      "x-amzn-RequestId: req-" +
                      QByteArray::number(m_requests) + "\r\nContent-Length: " +
                      QByteArray::number(answer.body.size()) + "\r\n\r\n" + answer.body);
    }

    QTcpServer m_server;
    QList<ScriptedAnswer> m_answers;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    int m_requests = 0;
    QByteArray m_lastTarget;
};

const ScriptedAnswer kRoleNotYetUsable{
    400,
    R"({"__type":"ValidationException","message":"Could not assume role arn:aws:iam::123456789012:role/service-role/AmazonSageMaker-ExecutionRole-20260101T000000. Please ensure that the role exists and allows principal 'sagemaker.amazonaws.com' to assume the role."})"};
const ScriptedAnswer kCreated{
    200, R"({"NotebookInstanceArn":"arn:aws:sagemaker:us-east-1:123456789012:notebook-instance/nb"})"};

std::unique_ptr<CliConnection> connectTo(const QString& endpoint)
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDEXAMPLE"));
    environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("secret"));
    environment.insert(QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("/nonexistent/config"));
    environment.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"),
                       QStringLiteral("/nonexistent/credentials"));
    QString error;
    return CliConnection::open(
        SageDesk::Aws::AwsConfig::load({{}, QStringLiteral("us-east-1"), endpoint}, environment),
        SageDesk::Clock::system(), &error);
}

CreateNotebookInstanceRequest request()
{
    CreateNotebookInstanceRequest create;
    create.notebookInstanceName = QStringLiteral("nb");
    create.roleArn =
        QStringLiteral("arn:aws:iam::123456789012:role/service-role/AmazonSageMaker-ExecutionRole-1");
    return create;
}

} // namespace

TEST(ExecutionRoleCreateRetry, RidesOutIamPropagation)
{
    ScriptedEndpoint endpoint({kRoleNotYetUsable, kRoleNotYetUsable, kCreated});
    const auto connection = connectTo(endpoint.url());
    ASSERT_TRUE(connection);
    const auto result = NotebookInstanceCreator(connection->context.get(), {1ms, 1ms, 1ms})
                            .createNotebookInstance(request(), true)
                            .wait();
    ASSERT_TRUE(result.ok()) << result.error().toDisplayString().toStdString();
    EXPECT_EQ(result.value(),
              QStringLiteral("arn:aws:sagemaker:us-east-1:123456789012:notebook-instance/nb"));
    EXPECT_EQ(endpoint.requests(), 3);
    EXPECT_EQ(endpoint.lastTarget(), QByteArray("SageMaker.CreateNotebookInstance"));
}

TEST(ExecutionRoleCreateRetry, GivesUpAfterTheLastDelay)
{
    ScriptedEndpoint endpoint({kRoleNotYetUsable});
    const auto connection = connectTo(endpoint.url());
    ASSERT_TRUE(connection);
    const auto result = NotebookInstanceCreator(connection->context.get(), {1ms, 1ms})
                            .createNotebookInstance(request(), true)
                            .wait();
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, QStringLiteral("ValidationException"));
    EXPECT_EQ(endpoint.requests(), 3);
}

TEST(ExecutionRoleCreateRetry, AnExistingRoleIsNotRetried)
{
    ScriptedEndpoint endpoint({kRoleNotYetUsable, kCreated});
    const auto connection = connectTo(endpoint.url());
    ASSERT_TRUE(connection);
    const auto result = NotebookInstanceCreator(connection->context.get(), {1ms})
                            .createNotebookInstance(request(), false)
                            .wait();
    EXPECT_FALSE(result.ok());
    EXPECT_EQ(endpoint.requests(), 1);
}

TEST(ExecutionRoleCreateRetry, OtherValidationErrorsAreNotRetried)
{
    ScriptedEndpoint endpoint(
        {{400,
          R"({"__type":"ValidationException","message":"1 validation error detected: Value 'x' at 'roleArn' failed to satisfy constraint"})"},
         kCreated});
    const auto connection = connectTo(endpoint.url());
    ASSERT_TRUE(connection);
    const auto result = NotebookInstanceCreator(connection->context.get(), {1ms})
                            .createNotebookInstance(request(), true)
                            .wait();
    EXPECT_FALSE(result.ok());
    EXPECT_EQ(endpoint.requests(), 1);
}
