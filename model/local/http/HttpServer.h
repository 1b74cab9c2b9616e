#pragma once

#include "local/http/HttpLimits.h"
#include "local/http/HttpRequest.h"
#include "local/http/HttpResponse.h"

#include <QHostAddress>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

class QTcpServer;

namespace SageDesk::Local {

class HttpConnection;

// A small HTTP/1.1 server on QTcpServer. QtHttpServer 6.4 (a technical preview) ignores
// `Expect: 100-continue`, which botocore sends for larger bodies, cannot stream bodies and cannot say
// which port it got; this one answers 100 Continue, keeps connections alive, serves pipelined
// requests in order, streams bodies both ways with back-pressure and bounds what every peer may cost
// (HttpLimits). It listens on loopback only.
class HttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    using Reply = std::function<void(const HttpResponse&)>;
    // Called once per request; the handler calls `reply` exactly once, now or later.
    using Handler = std::function<void(const HttpRequest&, const Reply&)>;
    // Called with the head of a request that has a body, before any of the body is read or 100 Continue
    // is sent: a response refuses the request at once (the connection closes after it); nothing lets
    // the body come, into `head.body` or into the sink the router sets as `head.bodySink`.
    using HeadRouter = std::function<std::optional<HttpResponse>(HttpRequest& head)>;

    explicit HttpServer(Handler handler, QObject* parent = nullptr);
    ~HttpServer() override;

    // Port 0 picks a free one. Returns false with the reason in errorString().
    bool listen(quint16 port);
    quint16 port() const;
    QString errorString() const;
    void setHeadRouter(HeadRouter router) { m_router = std::move(router); }
    void setLimits(const HttpLimits& limits) { m_limits = limits; }
    const HttpLimits& limits() const { return m_limits; }
    void setMaxBodyBytes(qsizetype bytes) { m_limits.maxBufferedBodyBytes = bytes; }
    int connectionCount() const { return static_cast<int>(m_connections.size()); }

private:
    void acceptConnections();
    // At the cap: closes the connection idle (or sending its head) the longest; false when all are busy.
    bool evictOne();

    Handler m_handler;
    HeadRouter m_router;
    HttpLimits m_limits;
    QTcpServer* m_server;
    QList<HttpConnection*> m_connections;
};

} // namespace SageDesk::Local
