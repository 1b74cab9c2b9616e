#pragma once

#include "local/http/HttpResponse.h"
#include "local/protocol/XmlWriter.h"

#include <functional>

namespace SageDesk::Local::QueryResponse {

// `<ActionResponse xmlns><ActionResult>…</ActionResult><ResponseMetadata><RequestId>` as IAM and
// STS answer; `writeResult` fills the Result element.
HttpResponse build(const QString& action, const QString& xmlNamespace, const QByteArray& requestId,
                   const std::function<void(XmlWriter&)>& writeResult);

} // namespace SageDesk::Local::QueryResponse
