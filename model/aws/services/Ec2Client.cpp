#include "aws/services/Ec2Client.h"

#include "aws/client/AwsClientContext.h"
#include "aws/client/AwsPage.h"
#include "aws/client/AwsRequestJob.h"
#include "aws/client/Pagination.h"
#include "aws/client/QueryProtocol.h"
#include "aws/client/XmlValues.h"

namespace SageDesk::Aws {

namespace {

const QString kService = QStringLiteral("ec2");

// Lists the <item>s of `listElement` page by page, with an optional vpc-id filter on every page.
template <typename Item>
AwsCall<QList<Item>> describeAll(AwsClientContext* context, const QString& action, const QString& listElement,
                                 const QString& vpcId, Item (*convert)(const XmlElement&))
{
    QPointer<AwsClientContext> guard(context);
    return Pagination::collect<AwsPage<Item>, Item>(
        context,
        [guard, action, listElement, vpcId, convert](const QString& token) {
            QueryParameters parameters;
            if (!vpcId.isEmpty()) {
                parameters.add(QStringLiteral("Filter.1.Name"), QStringLiteral("vpc-id"))
                    .add(QStringLiteral("Filter.1.Value.1"), vpcId);
            }
            parameters.addIfSet(QStringLiteral("NextToken"), token);
            return AwsRequestJob::call<AwsPage<Item>>(
                guard,
                QueryProtocol::request(kService, action, QLatin1String(Ec2Client::kVersion), parameters,
                                       AwsProtocol::Ec2Query),
                [listElement, convert](const AwsHttpResponse& response) -> AwsResult<AwsPage<Item>> {
                    AwsResult<XmlElement> root = QueryProtocol::body(kService, response);
                    if (!root) {
                        return root.error();
                    }
                    AwsPage<Item> page;
                    for (const XmlElement* item : XmlValues::members(root.value(), listElement)) {
                        page.items.append(convert(*item));
                    }
                    page.nextToken = root->textAt(u"nextToken");
                    return page;
                });
        },
        &AwsPage<Item>::items, &AwsPage<Item>::nextToken);
}

Vpc vpcFromXml(const XmlElement& item)
{
    return Vpc{item.textAt(u"vpcId"), item.textAt(u"cidrBlock"), XmlValues::boolean(item, u"isDefault"),
               XmlValues::ec2Tag(item, u"Name")};
}

Subnet subnetFromXml(const XmlElement& item)
{
    return Subnet{item.textAt(u"subnetId"), item.textAt(u"vpcId"), item.textAt(u"availabilityZone"),
                  item.textAt(u"cidrBlock"), XmlValues::ec2Tag(item, u"Name")};
}

SecurityGroup securityGroupFromXml(const XmlElement& item)
{
    return SecurityGroup{item.textAt(u"groupId"), item.textAt(u"groupName"), item.textAt(u"vpcId"),
                         item.textAt(u"groupDescription")};
}

} // namespace

Ec2Client::Ec2Client(AwsClientContext* context)
    : m_context(context)
{}

AwsCall<QList<Vpc>> Ec2Client::describeVpcs()
{
    return describeAll<Vpc>(m_context, QStringLiteral("DescribeVpcs"), QStringLiteral("vpcSet"), {},
                            &vpcFromXml);
}

AwsCall<QList<Subnet>> Ec2Client::describeSubnets(const QString& vpcId)
{
    return describeAll<Subnet>(m_context, QStringLiteral("DescribeSubnets"), QStringLiteral("subnetSet"),
                               vpcId, &subnetFromXml);
}

AwsCall<QList<SecurityGroup>> Ec2Client::describeSecurityGroups(const QString& vpcId)
{
    return describeAll<SecurityGroup>(m_context, QStringLiteral("DescribeSecurityGroups"),
                                      QStringLiteral("securityGroupInfo"), vpcId, &securityGroupFromXml);
}

} // namespace SageDesk::Aws
