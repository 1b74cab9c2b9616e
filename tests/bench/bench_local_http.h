#pragma once

// Raw keep-alive HTTP/1.1 clients for the sagedesk-local benchmarks: one blocking call (running the
// event loop, so an in-process endpoint keeps serving) and a closed-loop load generator.
#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpSocket>

#include <memory>
#include <vector>

namespace SageDesk::Bench {

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

struct LoadResult
{
    long long requests = 0;
    long long failures = 0;
    double seconds = 0;
    double perSecond() const { return seconds > 0 ? static_cast<double>(requests) / seconds : 0; }
};

// `connections` keep-alive connections, each sending the next of `wires` (round robin) as soon as
// the answer is in.
inline LoadResult load(quint16 port, const QList<QByteArray>& wires, int connections, int durationMs)
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
    while (timer.elapsed() < durationMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        for (Client& client : clients) {
            if (client.socket->state() == QAbstractSocket::ConnectedState && !client.waiting) {
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

} // namespace SageDesk::Bench
