#pragma once

#include "local/http/HttpLimits.h"
#include "local/http/HttpRequestParser.h"
#include "local/http/HttpServer.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>

class QIODevice;
class QTimer;

namespace SageDesk::Local {

class HttpTransport;

// One client connection of HttpServer. Requests are answered strictly in order, one at a time; the
// socket is read only while that makes progress (a head, a body, the next pipelined request), so a
// peer that sends faster than it reads meets TCP flow control rather than a growing buffer here.
// It sees its peer only through an HttpTransport (a socket in the server, memory in the fuzz target).
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    // The transport becomes the connection's child.
    HttpConnection(HttpTransport* transport, HttpServer::Handler handler, HttpServer::HeadRouter router,
                   const HttpLimits& limits, QObject* parent = nullptr);

    void start();
    // Idle between requests, or still receiving a head: closing it loses no work.
    bool isEvictable() const;
    qint64 lastActivity() const { return m_lastActivity; }
    void close();

private:
    void readAvailable();
    void process();
    // The head of a request with a body is in: route it, then let the body come (or refuse).
    bool routeHead();
    void dispatch();
    void sendReply(const HttpResponse& response, bool keepAlive, bool headOnly);
    void sendError(int status);
    void pumpBody();
    void touch();

    HttpTransport* m_transport;
    // Closes connections that stay silent (an abandoned keep-alive, a body that stopped coming).
    QTimer* m_idleTimer;
    // The whole-head deadline, started by a head's first byte and not moved by the ones after it.
    QTimer* m_headTimer;
    HttpServer::Handler m_handler;
    HttpServer::HeadRouter m_router;
    HttpLimits m_limits;
    HttpRequestParser m_parser;
    bool m_busy = false;   // a handler has the request
    bool m_routed = false; // the pending head went through the router
    bool m_closing = false;
    bool m_keepAliveAfterBody = true;
    quint64 m_replyGeneration = 0;
    std::shared_ptr<QIODevice> m_body; // a response body being sent from a device
    qint64 m_bodyLeft = 0;
    qint64 m_lastActivity = 0;
    static QElapsedTimer s_clock;
};

} // namespace SageDesk::Local
