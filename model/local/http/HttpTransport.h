#pragma once

#include <QByteArray>
#include <QObject>

class QTcpSocket;

namespace SageDesk::Local {

// The byte stream under an HttpConnection: a TCP socket in the server (HttpSocketTransport), memory in
// the fuzz target, which so drives the connection's own code (pipelining, 100 Continue, split reads,
// back-pressure) without a socket or a clock. Signals are emitted from the event loop, never from
// inside a call of the connection.
class HttpTransport : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpTransport)

public:
    using QObject::QObject;

    // Received bytes not yet read.
    virtual qint64 bytesAvailable() const = 0;
    virtual QByteArray read(qint64 maxSize) = 0;
    virtual void write(const QByteArray& bytes) = 0;
    // Written bytes the peer has not taken yet.
    virtual qint64 bytesToWrite() const = 0;
    // Drops the connection at once; unsent bytes are lost.
    virtual void abort() = 0;
    // Ends the connection after what was written has gone out.
    virtual void disconnectFromHost() = 0;

signals:
    void readyRead();
    void bytesWritten();
    void disconnected();
};

// HttpTransport over a connected QTcpSocket, which becomes its child.
class HttpSocketTransport final : public HttpTransport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpSocketTransport)

public:
    HttpSocketTransport(QTcpSocket* socket, qint64 readBufferBytes, QObject* parent = nullptr);

    qint64 bytesAvailable() const override;
    QByteArray read(qint64 maxSize) override;
    void write(const QByteArray& bytes) override;
    qint64 bytesToWrite() const override;
    void abort() override;
    void disconnectFromHost() override;

private:
    QTcpSocket* m_socket;
};

} // namespace SageDesk::Local
