#pragma once

#include "local/http/HttpRequest.h"
#include "local/protocol/WireError.h"

#include <QJsonObject>

#include <optional>

namespace SageDesk::Local::JsonBody {

// A JSON 1.1 request body as an object (an empty body is {}), or the SerializationException the
// AWS JSON services answer to anything else.
std::optional<WireError> parse(const HttpRequest& request, QJsonObject& input);

} // namespace SageDesk::Local::JsonBody
