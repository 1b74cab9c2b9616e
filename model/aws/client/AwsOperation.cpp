#include "aws/client/AwsOperation.h"

namespace SageDesk::Aws {

AwsOperation::AwsOperation(QObject* parent)
    : QObject(parent)
{}

AwsOperation::~AwsOperation() = default;

void AwsOperation::finish()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    emit finished();
    deleteLater();
}

} // namespace SageDesk::Aws
