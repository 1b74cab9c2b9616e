#pragma once

// A raw HTTP/1.1 exchange with a server on 127.0.0.1 that runs the event loop while it waits, so an
// endpoint in the same process keeps serving: for the benchmarks and the connection-layer tests.
#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpSocket>

namespace SageDesk::Test {

// Length of the first complete response in `buffer` (0 while incomplete); `status` gets its code.
inline qsizetype completeResponse(const QByteArray& buffer, int& status)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        return 0;
    }
    qsizetype length = 0;
    for (const QByteArray& line : buffer.left(end).split('\n')) {
        if (line.toLower().startsWith("content-length:")) {
            length = line.mid(15).trimmed().toLongLong();
        }
    }
    if (buffer.size() < end + 4 + length) {
        return 0;
    }
    status = buffer.mid(9, 3).toInt();
    return end + 4 + length;
}

struct CallResult
{
    int status = 0;
    QByteArray body;
};

inline CallResult call(quint16 port, const QByteArray& wire, int timeoutMs = 30000)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QElapsedTimer timer;
    timer.start();
    QByteArray buffer;
    bool sent = false;
    CallResult result;
    while (timer.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        // Refused (a server still starting): say so at once rather than after the timeout.
        if (socket.state() == QAbstractSocket::UnconnectedState &&
            socket.error() != QAbstractSocket::UnknownSocketError) {
            return result;
        }
        if (!sent && socket.state() == QAbstractSocket::ConnectedState) {
            socket.write(wire);
            sent = true;
        }
        buffer += socket.readAll();
        if (const qsizetype length = completeResponse(buffer, result.status); length > 0) {
            result.body = buffer.mid(buffer.indexOf("\r\n\r\n") + 4, length);
            return result;
        }
    }
    return result;
}

} // namespace SageDesk::Test
