#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

#include <memory>

namespace SageDesk::Local {

class HttpBodySink;

// One HTTP/1.1 request as it came off the wire: the target is kept raw (percent-encoded) because
// SigV4 signs the bytes the client sent, not a decoded form of them.
struct HttpRequest
{
    QByteArray method;
    QByteArray path;  // raw, without the query
    QByteArray query; // raw, without the '?'
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // Set by the server's head router when the body goes there instead of into `body`.
    std::shared_ptr<HttpBodySink> bodySink;

    // Case-insensitive; the first occurrence, or empty.
    QByteArray header(const QByteArray& name) const;
    bool hasHeader(const QByteArray& name) const;
    // Decoded query parameters in order.
    QList<QPair<QString, QString>> queryItems() const;
    QString queryValue(const QString& name) const;

    // application/x-www-form-urlencoded (a query, or a Query-protocol body) to decoded pairs.
    static QList<QPair<QString, QString>> decodeForm(const QByteArray& form);
};

} // namespace SageDesk::Local
