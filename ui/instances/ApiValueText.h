#pragma once

#include <QCoreApplication>
#include <QString>

namespace SageDesk::Ui {

// The words the AWS console shows for the API's enum values, in the user's language (RootAccess
// "Enabled" reads 활성화됨 in the Korean console). Statuses are not among them: the console shows
// InService, Pending, ... as the API spells them (InstanceTableModel::statusText). A value this
// version does not know is shown as the API sent it.
class ApiValueText final
{
    Q_DECLARE_TR_FUNCTIONS(SageDesk::Ui::ApiValueText)

public:
    ApiValueText() = delete;

    // RootAccess, DirectInternetAccess: "Enabled" / "Disabled".
    static QString enabledDisabled(const QString& value);
    // InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion: "1" / "2".
    static QString imdsVersion(const QString& value);
    // IpAddressType: "ipv4" / "dualstack".
    static QString ipAddressType(const QString& value);
};

} // namespace SageDesk::Ui
