#pragma once

// Raw keep-alive HTTP/1.1 clients for the sagedesk-local benchmarks: one blocking call (running the
// event loop, so an in-process endpoint keeps serving) and a closed-loop load generator.
#include "discovery/LocalCredentials.h"
#include "discovery/LocalEndpointInfo.h"
#include "support/LocalSignedRequest.h"
#include "support/LoopbackHttp.h"
#include "support/ServerProcess.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrl>

#include <cstdio>
#include <memory>
#include <optional>
#include <vector>

namespace SageDesk::Bench {

using Test::call;
using Test::CallResult;
using Test::completeResponse;

struct LoadResult
{
    long long requests = 0;
    long long failures = 0;
    double seconds = 0;
    double perSecond() const { return seconds > 0 ? static_cast<double>(requests) / seconds : 0; }
};

// `connections` keep-alive connections, each sending the next of `wires` (round robin) as soon as
// the answer is in; with `limit` >= 0, only that many requests (each wire once when it is their count).
inline LoadResult load(quint16 port, const QList<QByteArray>& wires, int connections, int durationMs,
                       qsizetype limit = -1)
{
    qsizetype next = 0;
    struct Client
    {
        std::unique_ptr<QTcpSocket> socket = std::make_unique<QTcpSocket>();
        QByteArray buffer;
        bool waiting = false;
    };
    std::vector<Client> clients(static_cast<size_t>(connections));
    for (Client& client : clients) {
        client.socket->connectToHost(QHostAddress::LocalHost, port);
    }
    LoadResult result;
    QElapsedTimer timer;
    timer.start();
    qsizetype sent = 0;
    while (timer.elapsed() < durationMs && (limit < 0 || result.requests < limit)) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        for (Client& client : clients) {
            if (client.socket->state() == QAbstractSocket::ConnectedState && !client.waiting &&
                (limit < 0 || sent < limit)) {
                ++sent;
                client.socket->write(wires.at(next));
                next = (next + 1) % wires.size();
                client.waiting = true;
            }
            client.buffer += client.socket->readAll();
            int status = 0;
            bool closed = false;
            while (const qsizetype length = completeResponse(client.buffer, status)) {
                closed = client.buffer.left(length).toLower().contains("connection: close");
                client.buffer.remove(0, length);
                ++result.requests;
                result.failures += status == 200 ? 0 : 1;
                client.waiting = false;
            }
            // Servers without keep-alive (moto's Werkzeug) close after each answer: reconnect.
            if (closed || client.socket->state() == QAbstractSocket::UnconnectedState) {
                client.socket->abort();
                client.buffer.clear();
                client.waiting = false;
                client.socket->connectToHost(QHostAddress::LocalHost, port);
            }
        }
    }
    result.seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    return result;
}

// A sagedesk-local process serving a data directory on a port of its own choosing, with what its
// runtime and credentials files say.
struct StartedLocal
{
    std::unique_ptr<QTemporaryDir> dir; // when startLocal() made the data directory
    std::unique_ptr<Test::ServerProcess> process;
    Local::LocalEndpointInfo endpoint;
    Local::LocalCredentials credentials;
};

// Starts sagedesk-local on `dataDir`; nothing, with the reason printed, when it did not start.
inline std::optional<StartedLocal> startLocal(const QString& dataDir)
{
    auto process = std::make_unique<Test::ServerProcess>(
        QStringLiteral(SAGEDESK_LOCAL_PATH),
        QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"), dataDir});
    if (!process->startAndWaitForOutput(QStringLiteral("Listening on"))) {
        std::printf("sagedesk-local did not start: %s\n", qPrintable(process->error()));
        return std::nullopt;
    }
    return StartedLocal{nullptr, std::move(process), *Local::LocalEndpointInfo::read(dataDir),
                        *Local::LocalCredentials::load(dataDir)};
}

// Signed calls to a sagedesk-local endpoint, one blocking call() each, answering the JSON body.
class LocalClient
{
public:
    LocalClient(quint16 port, Local::LocalCredentials credentials)
        : m_port(port)
        , m_credentials(std::move(credentials))
    {}

    QJsonObject call(const QByteArray& service, const Test::LocalSignedRequest& request) const
    {
        const auto result =
            Bench::call(m_port, request.wire(m_port, m_credentials.accessKeyId, m_credentials.secretAccessKey,
                                             service, QDateTime::currentDateTimeUtc()));
        return QJsonDocument::fromJson(result.body).object();
    }
    QJsonObject sageMaker(const QByteArray& operation, const QString& json) const
    {
        return call("sagemaker", Test::LocalSignedRequest::sageMaker(operation, json.toUtf8()));
    }
    // Creates the IAM role "bench" that the benchmarks' instances run as.
    void createBenchRole() const
    {
        Test::LocalSignedRequest createRole;
        createRole.headers = {{"Content-Type", "application/x-www-form-urlencoded; charset=utf-8"}};
        // SageMaker may assume it: CreateNotebookInstance refuses a role it could not assume.
        createRole.body = "Action=CreateRole&Version=2010-05-08&RoleName=bench&AssumeRolePolicyDocument=" +
                          QUrl::toPercentEncoding(R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow",)"
                                                  R"("Principal":{"Service":"sagemaker.amazonaws.com"},)"
                                                  R"("Action":"sts:AssumeRole"}]})");
        call("iam", createRole);
    }

private:
    quint16 m_port;
    Local::LocalCredentials m_credentials;
};

// Starts sagedesk-local on a fresh data directory and creates the IAM role "bench" there.
inline std::optional<StartedLocal> startLocalWithBenchRole()
{
    auto dir = std::make_unique<QTemporaryDir>();
    auto local = startLocal(dir->path());
    if (local) {
        local->dir = std::move(dir);
        LocalClient(local->endpoint.port, local->credentials).createBenchRole();
    }
    return local;
}

} // namespace SageDesk::Bench
