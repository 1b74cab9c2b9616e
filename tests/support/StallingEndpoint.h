#pragma once

#include "aws/client/AwsClientContext.h"

#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

namespace SageDesk::Test {

// An endpoint that accepts every connection, reads what is sent and never answers: the fault no
// real part produces on demand (a hung proxy, a dead load balancer). A context made here sends
// every call of every service to it, with timeouts long enough that nothing gives up during a test.
class StallingEndpoint final : public QObject
{
    Q_OBJECT

public:
    StallingEndpoint();
    ~StallingEndpoint() override;

    bool listen();
    QUrl url() const;
    // Connections accepted so far (one per request the client could not reuse a connection for).
    int connectionCount() const { return m_connections; }
    // Bytes received so far: the requests that are waiting for an answer.
    qint64 bytesReceived() const { return m_bytes; }
    std::unique_ptr<Aws::AwsClientContext> createContext(const QString& region = QStringLiteral("us-east-1")) const;

private:
    QTcpServer m_server;
    QList<QPointer<QTcpSocket>> m_sockets;
    int m_connections = 0;
    qint64 m_bytes = 0;
};

} // namespace SageDesk::Test
