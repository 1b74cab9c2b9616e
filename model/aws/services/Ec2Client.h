#pragma once

#include "aws/client/AwsCall.h"
#include "aws/services/Ec2Types.h"

#include <QList>

namespace SageDesk::Aws {

class AwsClientContext;

// EC2 (EC2 Query protocol, Version 2016-11-15): what the network pickers need. Every NextToken is
// followed; an empty vpcId means all VPCs.
class Ec2Client final
{
public:
    static constexpr auto kVersion = "2016-11-15";

    explicit Ec2Client(AwsClientContext* context);

    AwsCall<QList<Vpc>> describeVpcs();
    AwsCall<QList<Subnet>> describeSubnets(const QString& vpcId = {});
    AwsCall<QList<SecurityGroup>> describeSecurityGroups(const QString& vpcId = {});

private:
    AwsClientContext* m_context;
};

} // namespace SageDesk::Aws
