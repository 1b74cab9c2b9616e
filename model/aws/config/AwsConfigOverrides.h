#pragma once

#include <QString>

namespace SageDesk::Aws {

// What the user chose explicitly (--profile, --region, --endpoint-url, or the GUI's pickers). These
// win over the environment, which wins over the files.
struct AwsConfigOverrides
{
    QString profile;
    QString region;
    QString endpointUrl;
};

} // namespace SageDesk::Aws
