#pragma once

#include "local/http/HttpRequestParser.h"
#include "local/http/HttpServer.h"

#include <QObject>

class QTcpSocket;
class QTimer;

namespace SageDesk::Local {

// One client connection of HttpServer. Requests are answered strictly in order: while a handler
// has not replied, further pipelined bytes wait in the parser's buffer.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    HttpConnection(QTcpSocket* socket, HttpServer::Handler handler, qsizetype maxBodyBytes,
                   QObject* parent = nullptr);

private:
    void readAvailable();
    void process();
    void sendReply(const HttpResponse& response, bool keepAlive, bool headOnly);

    QTcpSocket* m_socket;
    // Closes connections that stay silent (an abandoned keep-alive, or a peer that never finishes a
    // request), so they cannot pile up.
    QTimer* m_idleTimer;
    HttpServer::Handler m_handler;
    HttpRequestParser m_parser;
    bool m_busy = false;
    bool m_continueSent = false;
    bool m_closing = false;
    quint64 m_replyGeneration = 0;
};

} // namespace SageDesk::Local
