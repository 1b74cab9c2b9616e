#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace SageDesk::Aws {

// One HTTP answer as it came over the wire, before any protocol decoding.
struct AwsHttpResponse
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // Case-insensitive header lookup; empty when absent.
    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0) {
                return value;
            }
        }
        return {};
    }
};

} // namespace SageDesk::Aws
