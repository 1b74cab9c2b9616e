#include "aws/config/ConfigFileError.h"

#include <QCoreApplication>

namespace SageDesk::Aws {

QString ConfigFileError::toString() const
{
    if (line <= 0) {
        return QCoreApplication::translate("SageDesk::Aws::ConfigFileError", "%1: %2").arg(file, problem);
    }
    return QCoreApplication::translate("SageDesk::Aws::ConfigFileError", "%1, line %2: %3")
        .arg(file)
        .arg(line)
        .arg(problem);
}

} // namespace SageDesk::Aws
