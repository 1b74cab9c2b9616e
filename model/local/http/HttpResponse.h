#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

#include <memory>

class QIODevice;

namespace SageDesk::Local {

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // A body sent from a device as the peer takes it (GetObject), instead of `body`: `bodyLength`
    // bytes from the device's current position.
    std::shared_ptr<QIODevice> bodyDevice;
    // The Content-Length when it is not body.size(): that of bodyDevice, or for HEAD what GET would send.
    qint64 bodyLength = -1;

    void setHeader(const QByteArray& name, const QByteArray& value);
    QByteArray header(const QByteArray& name) const;

    static HttpResponse withBody(int status, const QByteArray& contentType, const QByteArray& body);
    static HttpResponse redirect(const QByteArray& location);
    static QByteArray reasonPhrase(int status);

    // Status line, headers (with Content-Length) and body (unless headOnly, or the body comes from
    // bodyDevice). `keepAlive` decides the Connection header.
    QByteArray serialize(bool keepAlive, bool headOnly = false) const;
    qint64 contentLength() const { return bodyLength >= 0 ? bodyLength : body.size(); }
};

} // namespace SageDesk::Local
