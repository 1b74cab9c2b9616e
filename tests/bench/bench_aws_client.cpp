// The AWS client's own costs: decoding error answers of each protocol, and whole calls (build, sign,
// send, receive, parse) against a loopback server that answers at once, so the figure is the
// client's overhead per call, not a service's latency.
// Run: build/<dir>/tests/bench/bench_aws_client [--benchmark_min_time=0.2]
#include "aws/client/AwsClientContext.h"
#include "aws/client/ErrorParser.h"
#include "aws/credentials/StaticCredentialsProvider.h"
#include "aws/services/SageMakerClient.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>

using namespace SageDesk::Aws;

namespace {

void parseJsonError(benchmark::State& state)
{
    const AwsHttpResponse response{
        400,
        {{"x-amzn-RequestId", "0f7d3c4e-1a2b-4c5d-8e9f-001122334455"}},
        R"({"__type":"com.amazonaws.sagemaker#ValidationException","message":"Cannot create a duplicate Notebook Instance"})"};
    for (auto _ : state) {
        benchmark::DoNotOptimize(
            ErrorParser::parse(AwsProtocol::Json, QStringLiteral("sagemaker"), response));
    }
}
BENCHMARK(parseJsonError);

void parseQueryError(benchmark::State& state)
{
    const AwsHttpResponse response{
        409,
        {},
        "<ErrorResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><Error><Type>Sender</Type>"
        "<Code>EntityAlreadyExists</Code><Message>Role with name r already exists.</Message></Error>"
        "<RequestId>4a5b6c7d-0000-1111-2222-333344445555</RequestId></ErrorResponse>"};
    for (auto _ : state) {
        benchmark::DoNotOptimize(ErrorParser::parse(AwsProtocol::Query, QStringLiteral("iam"), response));
    }
}
BENCHMARK(parseQueryError);

// Answers every request on a kept-alive connection with one DescribeNotebookInstance body.
class InstantServer final : public QObject
{
public:
    InstantServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }

private:
    void answer(QTcpSocket* socket)
    {
        static const QByteArray body =
            R"({"NotebookInstanceName":"bench","NotebookInstanceStatus":"InService","InstanceType":"ml.t3.medium"})";
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        while (true) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                return;
            }
            const QByteArray head = buffer.left(end).toLower();
            const qsizetype lengthAt = head.indexOf("content-length:");
            const qsizetype lineEnd = head.indexOf("\r\n", lengthAt);
            const qsizetype length =
                lengthAt < 0 ? 0
                             : head.mid(lengthAt + 15, (lineEnd < 0 ? end : lineEnd) - lengthAt - 15)
                                   .trimmed()
                                   .toLongLong();
            if (buffer.size() < end + 4 + length) {
                return;
            }
            buffer.remove(0, end + 4 + length);
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.1\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
        }
    }

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

// Set when a round trip failed: the benchmark then measured nothing, which a ctest smoke run reports.
bool roundTripFailed = false;

void describeNotebookInstanceRoundTrip(benchmark::State& state)
{
    InstantServer server;
    Credentials credentials;
    credentials.accessKeyId = QStringLiteral("AKIDBENCH");
    credentials.secretAccessKey = QStringLiteral("benchSecret");
    auto* provider = new StaticCredentialsProvider(credentials, QStringLiteral("bench"));
    AwsClientContext context(provider, QStringLiteral("eu-west-1"));
    provider->setParent(&context);
    context.setEndpointOverride(server.url());
    SageMakerClient client(&context);
    for (auto _ : state) {
        const auto& result = client.describeNotebookInstance(QStringLiteral("bench")).wait();
        if (!result.ok()) {
            roundTripFailed = true;
            state.SkipWithError(result.error().toDisplayString().toStdString().c_str());
            break;
        }
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(describeNotebookInstanceRoundTrip)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return roundTripFailed ? 1 : 0;
}
