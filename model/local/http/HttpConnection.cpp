#include "local/http/HttpConnection.h"

#include "local/http/HttpTransport.h"

#include <QIODevice>
#include <QPointer>
#include <QTimer>

namespace SageDesk::Local {

namespace {

constexpr qint64 kReadChunk = 256 * 1024;
constexpr qint64 kBodyChunk = 256 * 1024;

} // namespace

QElapsedTimer HttpConnection::s_clock;

HttpConnection::HttpConnection(HttpTransport* transport, HttpServer::Handler handler,
                               HttpServer::HeadRouter router, const HttpLimits& limits, QObject* parent)
    : QObject(parent)
    , m_transport(transport)
    , m_idleTimer(new QTimer(this))
    , m_headTimer(new QTimer(this))
    , m_handler(std::move(handler))
    , m_router(std::move(router))
    , m_limits(limits)
    , m_parser(limits.maxBufferedBodyBytes, limits.maxHeaderBytes, limits.maxHeaderLines)
{
    if (!s_clock.isValid()) {
        s_clock.start();
    }
    m_parser.setStopAfterHead(true);
    transport->setParent(this);
    connect(transport, &HttpTransport::readyRead, this, &HttpConnection::readAvailable);
    connect(transport, &HttpTransport::bytesWritten, this, [this] {
        touch();
        if (m_body) {
            pumpBody();
        } else {
            process();
        }
    });
    connect(transport, &HttpTransport::disconnected, this, &QObject::deleteLater);
    m_idleTimer->setSingleShot(true);
    m_idleTimer->setInterval(limits.idleTimeout);
    connect(m_idleTimer, &QTimer::timeout, this, [this] {
        if (!m_busy) {
            close();
        }
    });
    m_headTimer->setSingleShot(true);
    m_headTimer->setInterval(limits.headerTimeout);
    connect(m_headTimer, &QTimer::timeout, this, [this] {
        if (m_parser.headInProgress() || (m_parser.bufferedBytes() > 0 && !m_busy && !m_body)) {
            close();
        }
    });
}

void HttpConnection::start()
{
    touch();
    readAvailable();
}

void HttpConnection::touch()
{
    m_lastActivity = s_clock.elapsed();
    m_idleTimer->start();
}

bool HttpConnection::isEvictable() const
{
    return !m_busy && !m_body && !m_routed && m_transport->bytesToWrite() == 0;
}

void HttpConnection::close()
{
    m_closing = true;
    m_transport->abort();
    deleteLater();
}

void HttpConnection::readAvailable()
{
    touch();
    if (m_closing) {
        m_transport->read(m_transport->bytesAvailable());
        return;
    }
    process();
}

void HttpConnection::process()
{
    while (!m_busy && !m_closing && !m_body) {
        // Answers the peer has not taken yet hold back the next pipelined request.
        if (m_transport->bytesToWrite() > m_limits.maxPendingResponseBytes) {
            return;
        }
        auto state = m_parser.parse();
        if (state == HttpRequestParser::State::HeadersDone && !m_routed) {
            m_headTimer->stop();
            if (!routeHead()) {
                return;
            }
            state = m_parser.parse();
        }
        if (state == HttpRequestParser::State::Error) {
            sendError(m_parser.errorStatus());
            return;
        }
        if (state == HttpRequestParser::State::RequestReady) {
            m_headTimer->stop();
            dispatch();
            continue;
        }
        // More bytes are needed: of a head (under the whole-head deadline) or of a body.
        if (m_parser.headInProgress() && !m_headTimer->isActive()) {
            m_headTimer->start();
        }
        const qint64 available = m_transport->bytesAvailable();
        if (available <= 0) {
            return;
        }
        m_parser.feed(m_transport->read(qMin(available, kReadChunk)));
        if (m_parser.headInProgress() && !m_headTimer->isActive()) {
            m_headTimer->start();
        }
    }
}

bool HttpConnection::routeHead()
{
    m_routed = true;
    if (m_router) {
        if (auto refusal = m_router(m_parser.pendingRequest())) {
            // The body was never asked for: the connection cannot be reused past it.
            sendReply(*refusal, false, m_parser.pendingRequest().method == "HEAD");
            return false;
        }
    }
    m_parser.releaseBody();
    if (m_parser.state() != HttpRequestParser::State::Error && m_parser.expectsContinue()) {
        m_transport->write("HTTP/1.1 100 Continue\r\n\r\n");
    }
    return true;
}

void HttpConnection::dispatch()
{
    const bool keepAlive = m_parser.keepAlive();
    const HttpRequest request = m_parser.takeRequest();
    m_routed = false;
    m_busy = true;
    const bool headOnly = request.method == "HEAD";
    const quint64 generation = ++m_replyGeneration;
    QPointer<HttpConnection> self(this);
    m_handler(request, [self, generation, keepAlive, headOnly](const HttpResponse& response) {
        if (!self || self->m_replyGeneration != generation || !self->m_busy) {
            return; // the client went away, or the handler replied twice
        }
        self->m_busy = false;
        self->sendReply(response, keepAlive, headOnly);
        if (!self->m_closing) {
            // Continue with pipelined requests outside the handler's stack.
            QMetaObject::invokeMethod(self.data(), &HttpConnection::process, Qt::QueuedConnection);
        }
    });
}

void HttpConnection::sendError(int status)
{
    sendReply(HttpResponse::withBody(status, "text/plain; charset=utf-8",
                                     HttpResponse::reasonPhrase(status) + '\n'),
              false, false);
}

void HttpConnection::sendReply(const HttpResponse& response, bool keepAlive, bool headOnly)
{
    m_transport->write(response.serialize(keepAlive, headOnly));
    m_keepAliveAfterBody = keepAlive;
    if (!headOnly && response.bodyDevice && response.contentLength() > 0) {
        m_body = response.bodyDevice;
        m_bodyLeft = response.contentLength();
        pumpBody();
        return;
    }
    if (!keepAlive) {
        m_closing = true;
        m_transport->disconnectFromHost();
    }
}

void HttpConnection::pumpBody()
{
    // Only as much as the peer is taking: a slow reader holds the file, not memory.
    while (m_body && m_transport->bytesToWrite() < m_limits.maxPendingResponseBytes) {
        const QByteArray chunk = m_body->read(qMin(m_bodyLeft, kBodyChunk));
        if (chunk.isEmpty()) {
            // The file shrank under us: the promised length cannot be kept, so the peer must see the
            // connection end rather than a short body taken for whole.
            close();
            return;
        }
        m_transport->write(chunk);
        m_bodyLeft -= chunk.size();
        if (m_bodyLeft == 0) {
            m_body.reset();
            if (!m_keepAliveAfterBody) {
                m_closing = true;
                m_transport->disconnectFromHost();
                return;
            }
            QMetaObject::invokeMethod(this, &HttpConnection::process, Qt::QueuedConnection);
        }
    }
}

} // namespace SageDesk::Local
