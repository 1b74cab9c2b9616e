#include "local/runtime/JupyterProbe.h"

#include "local/runtime/JupyterServer.h"

#include <QDeadlineTimer>
#include <QTcpSocket>

namespace SageDesk::Local::JupyterProbe {

bool acceptsToken(quint16 port, const QByteArray& token, std::chrono::milliseconds timeout)
{
    const QUrl url = JupyterServer::url(port, QStringLiteral("/api/status"));
    QDeadlineTimer deadline(timeout);
    QTcpSocket socket;
    socket.connectToHost(url.host(), port);
    if (!socket.waitForConnected(static_cast<int>(deadline.remainingTime()))) {
        return false;
    }
    socket.write("GET " + url.path().toLatin1() + " HTTP/1.1\r\nHost: " + url.authority().toLatin1() +
                 "\r\nAuthorization: token " + token + "\r\nConnection: close\r\n\r\n");
    QByteArray response;
    while (!response.contains("\r\n") && !deadline.hasExpired() &&
           socket.waitForReadyRead(static_cast<int>(deadline.remainingTime()))) {
        response += socket.readAll();
    }
    return response.startsWith("HTTP/1.1 200 ");
}

} // namespace SageDesk::Local::JupyterProbe
