#pragma once

#include "local/EndpointContext.h"

#include <QList>
#include <QString>

#include <optional>

namespace SageDesk::Local {

// The network every AWS account has in a region before anyone touches it: one default VPC
// (172.31.0.0/16), a default subnet per availability zone and the VPC's "default" security group.
// Local mode has nothing else; the ids are derived from the account and the region, so they stay
// the same from one run to the next and differ between regions, as real ids do.
struct DefaultNetwork
{
    struct Subnet
    {
        QString subnetId;
        QString availabilityZone;
        QString availabilityZoneId; // "use1-az1"
        QString cidrBlock;
    };

    QString accountId;
    QString region;
    QString vpcId;
    QString vpcCidrBlock;
    QString dhcpOptionsId;
    QString securityGroupId;
    QList<Subnet> subnets;

    static DefaultNetwork of(const EndpointContext& context);

    std::optional<Subnet> subnet(const QString& subnetId) const;
    bool hasSecurityGroup(const QString& groupId) const { return groupId == securityGroupId; }
    QString arn(const QString& resourceType, const QString& id) const;
};

} // namespace SageDesk::Local
