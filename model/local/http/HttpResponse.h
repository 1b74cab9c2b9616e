#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace SageDesk::Local {

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    void setHeader(const QByteArray& name, const QByteArray& value);
    QByteArray header(const QByteArray& name) const;

    static HttpResponse withBody(int status, const QByteArray& contentType, const QByteArray& body);
    static HttpResponse redirect(const QByteArray& location);
    static QByteArray reasonPhrase(int status);

    // Status line, headers (with Content-Length) and body. `keepAlive` decides the Connection header.
    QByteArray serialize(bool keepAlive, bool headOnly = false) const;
};

} // namespace SageDesk::Local
