#include "aws/client/OneShotUploadDevice.h"

#include <algorithm>
#include <cstring>

namespace SageDesk::Aws {

OneShotUploadDevice::OneShotUploadDevice(QByteArray data, QObject* parent)
    : QIODevice(parent)
    , m_data(std::move(data))
{
    open(QIODevice::ReadOnly);
}

OneShotUploadDevice::~OneShotUploadDevice() = default;

qint64 OneShotUploadDevice::bytesAvailable() const
{
    return m_data.size() - m_position + QIODevice::bytesAvailable();
}

qint64 OneShotUploadDevice::readData(char* data, qint64 maxSize)
{
    const qint64 count = std::min(maxSize, qint64(m_data.size()) - m_position);
    if (count <= 0) {
        return -1;
    }
    std::memcpy(data, m_data.constData() + m_position, size_t(count));
    m_position += count;
    return count;
}

qint64 OneShotUploadDevice::writeData(const char*, qint64)
{
    return -1;
}

} // namespace SageDesk::Aws
