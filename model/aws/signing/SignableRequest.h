#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <utility>

namespace SageDesk::Aws {

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

// The parts of an HTTP request that SigV4 looks at, exactly as they go on (or came off) the wire.
// Kept free of QNetworkRequest so that the same code signs outgoing requests and verifies incoming
// ones in sagedesk-local.
struct SignableRequest
{
    QByteArray method; // "GET", "POST", ...
    // The path as sent, e.g. "/a%20b" (an empty path means "/"). Raw non-ASCII bytes are allowed.
    QByteArray path;
    // The query without '?', as sent (any order, keys may repeat).
    QByteArray query;
    // In the order they are sent; names in any case; a name may repeat.
    HttpHeaders headers;
    // Lower-case hex SHA-256 of the body, or "UNSIGNED-PAYLOAD". Empty means the body is empty.
    QByteArray payloadHash;

    // First value of the header `name` (case-insensitive), or a null QByteArray.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    // Removes every header `name` (case-insensitive) and appends one with `value`.
    void setHeader(const QByteArray& name, const QByteArray& value);
    void removeHeader(QByteArrayView name);
    // path + "?" + query (no '?' when the query is empty).
    QByteArray target() const;
};

} // namespace SageDesk::Aws
