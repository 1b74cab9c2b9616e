#pragma once

#include <QString>

// What the VPC, subnet and security group pickers show. Field names follow the API.
namespace SageDesk::Aws {

struct Vpc
{
    QString vpcId;
    QString cidrBlock;
    bool isDefault = false;
    QString name; // the "Name" tag
};

struct Subnet
{
    QString subnetId;
    QString vpcId;
    QString availabilityZone;
    QString cidrBlock;
    QString name;
};

struct SecurityGroup
{
    QString groupId;
    QString groupName;
    QString vpcId;
    QString description;
};

} // namespace SageDesk::Aws
