#include "aws/signing/SignableRequest.h"

namespace SageDesk::Aws {

namespace {

bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

QByteArray SignableRequest::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (sameName(key, name)) {
            return value;
        }
    }
    return {};
}

bool SignableRequest::hasHeader(QByteArrayView name) const
{
    return std::any_of(headers.cbegin(), headers.cend(),
                       [name](const auto& h) { return sameName(h.first, name); });
}

void SignableRequest::setHeader(const QByteArray& name, const QByteArray& value)
{
    removeHeader(name);
    headers.append({name, value});
}

void SignableRequest::removeHeader(QByteArrayView name)
{
    headers.removeIf([name](const auto& h) { return sameName(h.first, name); });
}

QByteArray SignableRequest::target() const
{
    QByteArray result = path.isEmpty() ? QByteArray("/") : path;
    if (!query.isEmpty()) {
        result += '?' + query;
    }
    return result;
}

} // namespace SageDesk::Aws
