#pragma once

#include <QByteArray>

namespace SageDesk::Aws {

// The intermediate texts of one signing, kept so that --debug output and tests can show where two
// sides disagree. None of them contains the secret key; the canonical request may contain the session
// token, so pass it through Redaction::redact before logging.
struct SigV4Result
{
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signedHeaders; // "host;x-amz-date"
    QByteArray signature;     // lower-case hex
};

} // namespace SageDesk::Aws
