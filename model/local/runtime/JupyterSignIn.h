#pragma once

#include <QByteArray>
#include <QList>
#include <QUrl>

namespace SageDesk::Local {

// What the presigned-URL endpoint answers once it has accepted an authToken: a 302 to `location`
// with these Set-Cookie headers. The cookie is the login cookie Jupyter itself would set after a
// token login, so the Jupyter token never appears in a URL, a browser history or a log.
struct JupyterSignIn
{
    QList<QByteArray> setCookieHeaders;
    QUrl location;
    // JupyterLab was asked for but the server has none: `location` is the classic /tree, and the
    // person should be told why they do not get the view they asked for.
    bool labUnavailable = false;
};

} // namespace SageDesk::Local
