#pragma once

#include "local/http/HttpRequest.h"
#include "local/http/HttpResponse.h"

#include <QHostAddress>
#include <QObject>

#include <functional>

class QTcpServer;

namespace SageDesk::Local {

// A small HTTP/1.1 server on QTcpServer. QtHttpServer 6.4 (a technical preview) ignores
// `Expect: 100-continue`, which botocore sends for larger bodies, and cannot say which port it got;
// this one answers 100 Continue, keeps connections alive, serves pipelined requests in order and
// bounds every size. It listens on loopback only.
class HttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    using Reply = std::function<void(const HttpResponse&)>;
    // Called once per request; the handler calls `reply` exactly once, now or later.
    using Handler = std::function<void(const HttpRequest&, const Reply&)>;

    explicit HttpServer(Handler handler, QObject* parent = nullptr);
    ~HttpServer() override;

    // Port 0 picks a free one. Returns false with the reason in errorString().
    bool listen(quint16 port);
    quint16 port() const;
    QString errorString() const;
    void setMaxBodyBytes(qsizetype bytes) { m_maxBodyBytes = bytes; }

private:
    void acceptConnections();

    Handler m_handler;
    QTcpServer* m_server;
    qsizetype m_maxBodyBytes;
};

} // namespace SageDesk::Local
