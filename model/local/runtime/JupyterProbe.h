#pragma once

#include <QByteArray>

#include <chrono>

namespace SageDesk::Local::JupyterProbe {

// Whether the Jupyter server at JupyterServer::url(`port`) accepts `token` (GET /api/status answers
// 200; unlike /api it needs authentication, so a stranger's server on a reused port does not pass).
// Blocking; for reconcile(), which runs before the endpoint serves requests.
bool acceptsToken(quint16 port, const QByteArray& token, std::chrono::milliseconds timeout);

} // namespace SageDesk::Local::JupyterProbe
