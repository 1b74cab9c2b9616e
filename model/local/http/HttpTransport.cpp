#include "local/http/HttpTransport.h"

#include <QTcpSocket>

namespace SageDesk::Local {

HttpSocketTransport::HttpSocketTransport(QTcpSocket* socket, qint64 readBufferBytes, QObject* parent)
    : HttpTransport(parent)
    , m_socket(socket)
{
    socket->setParent(this);
    socket->setReadBufferSize(readBufferBytes);
    connect(socket, &QTcpSocket::readyRead, this, &HttpTransport::readyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, &HttpTransport::bytesWritten);
    connect(socket, &QTcpSocket::disconnected, this, &HttpTransport::disconnected);
}

qint64 HttpSocketTransport::bytesAvailable() const
{
    return m_socket->bytesAvailable();
}

QByteArray HttpSocketTransport::read(qint64 maxSize)
{
    return m_socket->read(maxSize);
}

void HttpSocketTransport::write(const QByteArray& bytes)
{
    m_socket->write(bytes);
}

qint64 HttpSocketTransport::bytesToWrite() const
{
    return m_socket->bytesToWrite();
}

void HttpSocketTransport::abort()
{
    m_socket->abort();
}

void HttpSocketTransport::disconnectFromHost()
{
    m_socket->disconnectFromHost();
}

} // namespace SageDesk::Local
