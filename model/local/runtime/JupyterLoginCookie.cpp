#include "local/runtime/JupyterLoginCookie.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace SageDesk::Local::JupyterLoginCookie {

namespace {

QByteArray field(const QByteArray& text)
{
    return QByteArray::number(text.size()) + ':' + text;
}

} // namespace

QByteArray name(quint16 port)
{
    return "username-127-0-0-1-" + QByteArray::number(port);
}

QByteArray signingKey(const QByteArray& cookieSecretFileContents)
{
    return QMessageAuthenticationCode::hash(QByteArray(), cookieSecretFileContents,
                                            QCryptographicHash::Sha256);
}

QByteArray signedValue(const QByteArray& signingKey, const QByteArray& name, const QByteArray& value,
                       qint64 timestampSecs)
{
    const QByteArray toSign = "2|" + field("0") + '|' + field(QByteArray::number(timestampSecs)) + '|' +
                              field(name) + '|' + field(value.toBase64()) + '|';
    return toSign + QMessageAuthenticationCode::hash(toSign, signingKey, QCryptographicHash::Sha256).toHex();
}

} // namespace SageDesk::Local::JupyterLoginCookie
