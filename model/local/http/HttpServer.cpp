#include "local/http/HttpServer.h"

#include "local/http/HttpConnection.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace SageDesk::Local {

HttpServer::HttpServer(Handler handler, QObject* parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_server(new QTcpServer(this))
    , m_maxBodyBytes(HttpRequestParser::kDefaultMaxBodyBytes)
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::acceptConnections);
}

HttpServer::~HttpServer() = default;

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

void HttpServer::acceptConnections()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        new HttpConnection(socket, m_handler, m_maxBodyBytes, this);
    }
}

} // namespace SageDesk::Local
