#pragma once

#include <QByteArray>
#include <QString>

namespace SageDesk {

// The one place that knows what a secret looks like. Everything that may reach a log, a window
// title, crash output, --debug output or the SQLite cache goes through here first.
//
// Redacted: AWS secret access keys and session tokens (as JSON fields, INI lines, form or query
// parameters and X-Amz-Security-Token headers), the signature part of Authorization headers and
// X-Amz-Signature parameters, presigned URL authToken values, Jupyter tokens (token=, ?token=,
// "Authorization: token ..."), SSO access tokens and credential_process output.
namespace Redaction {

inline constexpr auto kMask = "****";

QString redact(const QString& text);
QByteArray redact(const QByteArray& text);

} // namespace Redaction
} // namespace SageDesk
