#include "local/http/HttpRequest.h"

namespace SageDesk::Local {

QByteArray HttpRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

bool HttpRequest::hasHeader(const QByteArray& name) const
{
    for (const auto& entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

QList<QPair<QString, QString>> HttpRequest::queryItems() const
{
    return decodeForm(query);
}

QList<QPair<QString, QString>> HttpRequest::decodeForm(const QByteArray& form)
{
    QList<QPair<QString, QString>> items;
    for (const QByteArray& part : form.split('&')) {
        if (part.isEmpty()) {
            continue;
        }
        const qsizetype equals = part.indexOf('=');
        const QByteArray key = equals < 0 ? part : part.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : part.mid(equals + 1);
        items.append(
            {QString::fromUtf8(QByteArray::fromPercentEncoding(QByteArray(key).replace('+', ' '))),
             QString::fromUtf8(QByteArray::fromPercentEncoding(QByteArray(value).replace('+', ' ')))});
    }
    return items;
}

QString HttpRequest::queryValue(const QString& name) const
{
    for (const auto& [key, value] : queryItems()) {
        if (key == name) {
            return value;
        }
    }
    return {};
}

} // namespace SageDesk::Local
