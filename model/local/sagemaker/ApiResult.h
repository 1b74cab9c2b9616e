#pragma once

#include "local/protocol/WireError.h"

#include <QJsonObject>

#include <optional>

namespace SageDesk::Local {

// The outcome of one JSON operation: the response body, or the error to send instead.
struct ApiResult
{
    QJsonObject body;
    std::optional<WireError> error;

    ApiResult(QJsonObject json = {}) // NOLINT(google-explicit-constructor): results read as values
        : body(std::move(json))
    {}
    ApiResult(WireError wireError) // NOLINT(google-explicit-constructor)
        : error(std::move(wireError))
    {}
};

} // namespace SageDesk::Local
