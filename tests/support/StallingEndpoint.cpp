#include "support/StallingEndpoint.h"

#include "aws/credentials/StaticCredentialsProvider.h"

namespace SageDesk::Test {

StallingEndpoint::StallingEndpoint()
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            ++m_connections;
            m_sockets.append(socket);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { m_bytes += socket->readAll().size(); });
        }
    });
}

StallingEndpoint::~StallingEndpoint()
{
    for (const QPointer<QTcpSocket>& socket : std::as_const(m_sockets)) {
        if (socket) {
            socket->abort();
        }
    }
}

bool StallingEndpoint::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl StallingEndpoint::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

std::unique_ptr<Aws::AwsClientContext> StallingEndpoint::createContext(const QString& region) const
{
    Aws::Credentials keys;
    keys.accessKeyId = QStringLiteral("AKIDSTALLING");
    keys.secretAccessKey = QStringLiteral("stalling-secret");
    auto* credentials = new Aws::StaticCredentialsProvider(keys, QStringLiteral("stalling"));
    auto context = std::make_unique<Aws::AwsClientContext>(credentials, region);
    credentials->setParent(context.get());
    context->setEndpointOverride(url());
    context->setTimeouts(std::chrono::seconds(300), std::chrono::seconds(300));
    return context;
}

} // namespace SageDesk::Test
