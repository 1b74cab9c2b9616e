#include "local/runtime/InstanceFolder.h"

#include <QSaveFile>

namespace SageDesk::Local {

bool InstanceFolder::writePrivateFile(const QString& path, const QByteArray& contents,
                                      QFileDevice::Permissions extra)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | extra);
    file.write(contents);
    return file.commit();
}

} // namespace SageDesk::Local
