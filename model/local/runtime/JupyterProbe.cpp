#include "local/runtime/JupyterProbe.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QTcpSocket>

namespace SageDesk::Local::JupyterProbe {

bool acceptsToken(quint16 port, const QByteArray& token, std::chrono::milliseconds timeout)
{
    QDeadlineTimer deadline(timeout);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(static_cast<int>(deadline.remainingTime()))) {
        return false;
    }
    socket.write("GET /api/status HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
                 "\r\nAuthorization: token " + token + "\r\nConnection: close\r\n\r\n");
    QByteArray response;
    while (!response.contains("\r\n") && !deadline.hasExpired() &&
           socket.waitForReadyRead(static_cast<int>(deadline.remainingTime()))) {
        response += socket.readAll();
    }
    return response.startsWith("HTTP/1.1 200 ");
}

} // namespace SageDesk::Local::JupyterProbe
