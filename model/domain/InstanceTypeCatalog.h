#pragma once

#include <QString>
#include <QStringList>

namespace SageDesk {

// The notebook instance types CreateNotebookInstance accepts, shared by the validator, the wizard
// and `sagedesk-cli create`.
namespace InstanceTypeCatalog {

QStringList all();
bool contains(const QString& instanceType);
// "ml.p3.2xlarge" -> "p3"; empty for anything that is not an "ml.<family>.<size>" name.
QString family(const QString& instanceType);
// Amazon Linux 2023 has no ml.p2, ml.p3, ml.p3dn, ml.inf1 or ml.g3 instances.
bool supportsAl2023(const QString& instanceType);
// What the AWS console preselects.
QString defaultInstanceType();

} // namespace InstanceTypeCatalog
} // namespace SageDesk
