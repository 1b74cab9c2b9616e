#pragma once

#include <QByteArray>

namespace SageDesk::Local {

// The login cookie of a notebook 6 server, minted outside it: the same bytes Jupyter's LoginHandler
// sets after a successful token login (a tornado v2 signed value). The signing key is derived from
// the server's cookie secret file the way NotebookApp derives it (HMAC-SHA256 of the password, which
// is empty, keyed with the file's bytes), so the runtime only has to own that file.
namespace JupyterLoginCookie {

// "username-127-0-0-1-<port>": Jupyter names the cookie after the Host header it is reached by.
QByteArray name(quint16 port);

QByteArray signingKey(const QByteArray& cookieSecretFileContents);

// tornado.web.create_signed_value(secret, name, value, version=2) at `timestampSecs`.
QByteArray signedValue(const QByteArray& signingKey, const QByteArray& name, const QByteArray& value,
                       qint64 timestampSecs);

} // namespace JupyterLoginCookie
} // namespace SageDesk::Local
