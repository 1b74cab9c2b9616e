#include "local/http/HttpServer.h"

#include "local/http/HttpConnection.h"
#include "local/http/HttpTransport.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace SageDesk::Local {

HttpServer::HttpServer(Handler handler, QObject* parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::acceptConnections);
}

HttpServer::~HttpServer()
{
    // Connections are children; they must not report back into a half-destroyed server.
    for (HttpConnection* connection : std::as_const(m_connections)) {
        disconnect(connection, nullptr, this, nullptr);
    }
}

bool HttpServer::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

quint16 HttpServer::port() const
{
    return m_server->serverPort();
}

QString HttpServer::errorString() const
{
    return m_server->errorString();
}

bool HttpServer::evictOne()
{
    HttpConnection* oldest = nullptr;
    for (HttpConnection* connection : std::as_const(m_connections)) {
        if (connection->isEvictable() && (!oldest || connection->lastActivity() < oldest->lastActivity())) {
            oldest = connection;
        }
    }
    if (!oldest) {
        return false;
    }
    m_connections.removeOne(oldest);
    oldest->close();
    return true;
}

void HttpServer::acceptConnections()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        if (m_connections.size() >= m_limits.maxConnections && !evictOne()) {
            // Every connection is in the middle of a request: this one waits for none of them.
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto* connection = new HttpConnection(new HttpSocketTransport(socket, m_limits.readBufferBytes),
                                              m_handler, m_router, m_limits, this);
        m_connections.append(connection);
        connect(connection, &QObject::destroyed, this,
                [this, connection] { m_connections.removeOne(connection); });
        connection->start();
    }
}

} // namespace SageDesk::Local
