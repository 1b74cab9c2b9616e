#include "local/http/HttpConnection.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <chrono>

namespace SageDesk::Local {

HttpConnection::HttpConnection(QTcpSocket* socket, HttpServer::Handler handler, qsizetype maxBodyBytes,
                               QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_idleTimer(new QTimer(this))
    , m_handler(std::move(handler))
    , m_parser(maxBodyBytes)
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::readAvailable);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    m_idleTimer->setSingleShot(true);
    m_idleTimer->setInterval(std::chrono::minutes(2));
    connect(m_idleTimer, &QTimer::timeout, this, [this] {
        if (!m_busy) {
            m_socket->abort();
            deleteLater();
        }
    });
    m_idleTimer->start();
    readAvailable();
}

void HttpConnection::readAvailable()
{
    m_idleTimer->start();
    if (m_closing) {
        m_socket->readAll();
        return;
    }
    m_parser.feed(m_socket->readAll());
    process();
}

void HttpConnection::process()
{
    while (!m_busy && !m_closing) {
        const auto state = m_parser.parse();
        if (state == HttpRequestParser::State::NeedMore) {
            return;
        }
        if (state == HttpRequestParser::State::Error) {
            const int status = m_parser.errorStatus();
            sendReply(HttpResponse::withBody(status, "text/plain; charset=utf-8",
                                             HttpResponse::reasonPhrase(status) + '\n'),
                      false, false);
            return;
        }
        if (state == HttpRequestParser::State::HeadersDone) {
            if (m_parser.expectsContinue() && !m_continueSent) {
                m_continueSent = true;
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            return;
        }
        const bool keepAlive = m_parser.keepAlive();
        const HttpRequest request = m_parser.takeRequest();
        m_continueSent = false;
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
}

void HttpConnection::sendReply(const HttpResponse& response, bool keepAlive, bool headOnly)
{
    m_socket->write(response.serialize(keepAlive, headOnly));
    if (!keepAlive) {
        m_closing = true;
        m_socket->disconnectFromHost();
    }
}

} // namespace SageDesk::Local
