#include "local/protocol/JsonBody.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace SageDesk::Local::JsonBody {

std::optional<WireError> parse(const HttpRequest& request, QJsonObject& input)
{
    QJsonParseError parseError{};
    const QJsonDocument document =
        QJsonDocument::fromJson(request.body.isEmpty() ? QByteArray("{}") : request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return WireError{400, QStringLiteral("SerializationException"),
                         QStringLiteral("Start of structure or map found where not expected.")};
    }
    input = document.object();
    return std::nullopt;
}

} // namespace SageDesk::Local::JsonBody
