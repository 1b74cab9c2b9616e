#include "local/ec2/Ec2Service.h"

#include "local/ec2/DefaultNetwork.h"
#include "local/protocol/QueryRequest.h"
#include "local/protocol/WireError.h"
#include "local/protocol/XmlWriter.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <functional>
#include <optional>

namespace SageDesk::Local {

namespace {

const auto kNamespace = QStringLiteral("http://ec2.amazonaws.com/doc/2016-11-15/");

// One resource of a Describe answer: the values its filters compare against, and its <item>.
struct Row
{
    QString id;
    QHash<QString, QString> filterValues;
    std::function<void(XmlWriter&)> write;
};

// How one Describe call reads its ids and names the things it lists.
struct Listing
{
    QString idParameter;   // "SubnetId" (SubnetId.1, SubnetId.2, ...)
    QString idPrefix;      // "subnet"
    QString malformedCode; // "InvalidSubnetID.Malformed"
    QString notFoundCode;  // "InvalidSubnetID.NotFound"
    QString notFoundText;  // "The subnet ID '%1' does not exist"
    QString setElement;    // "subnetSet"
};

WireError ec2Error(const QString& code, const QString& message)
{
    return WireError{400, code, message};
}

void tagSet(XmlWriter& xml)
{
    xml.open(QStringLiteral("tagSet"));
    xml.close();
}

QList<Row> vpcRows(const DefaultNetwork& network)
{
    Row row;
    row.id = network.vpcId;
    row.filterValues = {{QStringLiteral("vpc-id"), network.vpcId},
                        {QStringLiteral("is-default"), QStringLiteral("true")},
                        {QStringLiteral("state"), QStringLiteral("available")},
                        {QStringLiteral("cidr"), network.vpcCidrBlock},
                        {QStringLiteral("cidr-block-association.cidr-block"), network.vpcCidrBlock},
                        {QStringLiteral("cidr-block-association.state"), QStringLiteral("associated")},
                        {QStringLiteral("dhcp-options-id"), network.dhcpOptionsId},
                        {QStringLiteral("owner-id"), network.accountId}};
    row.write = [network](XmlWriter& xml) {
        xml.element(QStringLiteral("vpcId"), network.vpcId);
        xml.element(QStringLiteral("ownerId"), network.accountId);
        xml.element(QStringLiteral("state"), QStringLiteral("available"));
        xml.element(QStringLiteral("cidrBlock"), network.vpcCidrBlock);
        xml.open(QStringLiteral("cidrBlockAssociationSet"));
        xml.open(QStringLiteral("item"));
        xml.element(QStringLiteral("cidrBlock"), network.vpcCidrBlock);
        xml.element(QStringLiteral("associationId"),
                    QStringLiteral("vpc-cidr-assoc-") + network.vpcId.mid(4));
        xml.open(QStringLiteral("cidrBlockState"));
        xml.element(QStringLiteral("state"), QStringLiteral("associated"));
        xml.close();
        xml.close();
        xml.close();
        xml.element(QStringLiteral("dhcpOptionsId"), network.dhcpOptionsId);
        tagSet(xml);
        xml.element(QStringLiteral("instanceTenancy"), QStringLiteral("default"));
        xml.element(QStringLiteral("isDefault"), QStringLiteral("true"));
    };
    return {row};
}

QList<Row> subnetRows(const DefaultNetwork& network)
{
    QList<Row> rows;
    for (const DefaultNetwork::Subnet& subnet : network.subnets) {
        Row row;
        row.id = subnet.subnetId;
        row.filterValues = {
            {QStringLiteral("subnet-id"), subnet.subnetId},
            {QStringLiteral("vpc-id"), network.vpcId},
            {QStringLiteral("availability-zone"), subnet.availabilityZone},
            {QStringLiteral("availability-zone-id"), subnet.availabilityZoneId},
            {QStringLiteral("availabilityZone"), subnet.availabilityZone},
            {QStringLiteral("cidr-block"), subnet.cidrBlock},
            {QStringLiteral("cidrBlock"), subnet.cidrBlock},
            {QStringLiteral("default-for-az"), QStringLiteral("true")},
            {QStringLiteral("defaultForAz"), QStringLiteral("true")},
            {QStringLiteral("map-public-ip-on-launch"), QStringLiteral("true")},
            {QStringLiteral("state"), QStringLiteral("available")},
            {QStringLiteral("subnet-arn"), network.arn(QStringLiteral("subnet"), subnet.subnetId)},
            {QStringLiteral("owner-id"), network.accountId}};
        row.write = [network, subnet](XmlWriter& xml) {
            xml.element(QStringLiteral("subnetId"), subnet.subnetId);
            xml.element(QStringLiteral("subnetArn"), network.arn(QStringLiteral("subnet"), subnet.subnetId));
            xml.element(QStringLiteral("state"), QStringLiteral("available"));
            xml.element(QStringLiteral("ownerId"), network.accountId);
            xml.element(QStringLiteral("vpcId"), network.vpcId);
            xml.element(QStringLiteral("cidrBlock"), subnet.cidrBlock);
            xml.open(QStringLiteral("ipv6CidrBlockAssociationSet"));
            xml.close();
            xml.element(QStringLiteral("availableIpAddressCount"), QStringLiteral("4091"));
            xml.element(QStringLiteral("availabilityZone"), subnet.availabilityZone);
            xml.element(QStringLiteral("availabilityZoneId"), subnet.availabilityZoneId);
            xml.element(QStringLiteral("defaultForAz"), QStringLiteral("true"));
            xml.element(QStringLiteral("mapPublicIpOnLaunch"), QStringLiteral("true"));
            xml.element(QStringLiteral("assignIpv6AddressOnCreation"), QStringLiteral("false"));
            xml.element(QStringLiteral("ipv6Native"), QStringLiteral("false"));
            tagSet(xml);
        };
        rows.append(row);
    }
    return rows;
}

void ipPermission(XmlWriter& xml, const QString& userId, const QString& groupId, const QString& cidr)
{
    xml.open(QStringLiteral("item"));
    xml.element(QStringLiteral("ipProtocol"), QStringLiteral("-1"));
    xml.open(QStringLiteral("groups"));
    if (!groupId.isEmpty()) {
        xml.open(QStringLiteral("item"));
        xml.element(QStringLiteral("userId"), userId);
        xml.element(QStringLiteral("groupId"), groupId);
        xml.close();
    }
    xml.close();
    xml.open(QStringLiteral("ipRanges"));
    if (!cidr.isEmpty()) {
        xml.open(QStringLiteral("item"));
        xml.element(QStringLiteral("cidrIp"), cidr);
        xml.close();
    }
    xml.close();
    xml.open(QStringLiteral("ipv6Ranges"));
    xml.close();
    xml.open(QStringLiteral("prefixListIds"));
    xml.close();
    xml.close();
}

QList<Row> securityGroupRows(const DefaultNetwork& network)
{
    const auto description = QStringLiteral("default VPC security group");
    Row row;
    row.id = network.securityGroupId;
    row.filterValues = {{QStringLiteral("group-id"), network.securityGroupId},
                        {QStringLiteral("group-name"), QStringLiteral("default")},
                        {QStringLiteral("description"), description},
                        {QStringLiteral("vpc-id"), network.vpcId},
                        {QStringLiteral("owner-id"), network.accountId}};
    row.write = [network, description](XmlWriter& xml) {
        xml.element(QStringLiteral("ownerId"), network.accountId);
        xml.element(QStringLiteral("groupId"), network.securityGroupId);
        xml.element(QStringLiteral("groupName"), QStringLiteral("default"));
        xml.element(QStringLiteral("groupDescription"), description);
        xml.element(QStringLiteral("vpcId"), network.vpcId);
        xml.open(QStringLiteral("ipPermissions"));
        ipPermission(xml, network.accountId, network.securityGroupId, {});
        xml.close();
        xml.open(QStringLiteral("ipPermissionsEgress"));
        ipPermission(xml, network.accountId, {}, QStringLiteral("0.0.0.0/0"));
        xml.close();
        xml.element(QStringLiteral("securityGroupArn"),
                    network.arn(QStringLiteral("security-group"), network.securityGroupId));
    };
    return {row};
}

// EC2's filter values: * any run of characters, ? one character, the rest literal.
bool wildcardMatch(const QString& pattern, const QString& text)
{
    QString expression = QRegularExpression::escape(pattern);
    expression.replace(QLatin1String("\\*"), QLatin1String(".*"))
        .replace(QLatin1String("\\?"), QLatin1String("."));
    return QRegularExpression(QRegularExpression::anchoredPattern(expression)).match(text).hasMatch();
}

// Filter.N.Name / Filter.N.Value.M: every filter must match one of its values. Tags: nothing in
// local mode carries one, so a tag filter matches nothing.
std::optional<WireError> applyFilters(const QueryRequest& input, QList<Row>& rows)
{
    const QStringList known = rows.isEmpty() ? QStringList() : rows.first().filterValues.keys();
    const QStringList names = input.indexed(QStringLiteral("Filter"), QStringLiteral("Name"));
    for (qsizetype index = 0; index < names.size(); ++index) {
        const QString& name = names[index];
        const QStringList values = input.indexed(QStringLiteral("Filter.%1.Value").arg(index + 1));
        const bool tagFilter = name.startsWith(QLatin1String("tag:")) || name == QLatin1String("tag-key") ||
                               name == QLatin1String("tag-value");
        if (!tagFilter && !known.contains(name)) {
            return ec2Error(QStringLiteral("InvalidParameterValue"),
                            QStringLiteral("The filter '%1' is invalid").arg(name));
        }
        rows.removeIf([&](const Row& row) {
            const QString actual = row.filterValues.value(name);
            return tagFilter || std::none_of(values.cbegin(), values.cend(), [&](const QString& value) {
                       return wildcardMatch(value, actual);
                   });
        });
    }
    return std::nullopt;
}

// The ids asked for by name: each must have the listing's prefix and exist.
std::optional<WireError> selectIds(const QueryRequest& input, const Listing& listing, QList<Row>& rows)
{
    const QStringList ids = input.indexed(listing.idParameter);
    if (ids.isEmpty()) {
        return std::nullopt;
    }
    static const QRegularExpression kIdShape(QStringLiteral("^[a-z]+-[0-9a-f]{8}([0-9a-f]{9})?$"));
    for (const QString& id : ids) {
        if (!id.startsWith(listing.idPrefix + QLatin1Char('-')) || !kIdShape.match(id).hasMatch()) {
            return ec2Error(
                listing.malformedCode,
                QStringLiteral("Invalid id: \"%1\" (expecting \"%2-...\")").arg(id, listing.idPrefix));
        }
        if (std::none_of(rows.cbegin(), rows.cend(), [&](const Row& row) { return row.id == id; })) {
            return ec2Error(listing.notFoundCode, listing.notFoundText.arg(id));
        }
    }
    rows.removeIf([&](const Row& row) { return !ids.contains(row.id); });
    return std::nullopt;
}

HttpResponse answer(const QString& action, const QByteArray& requestId, const Listing& listing,
                    const QList<Row>& rows, const QString& nextToken)
{
    XmlWriter xml;
    xml.open(action + QStringLiteral("Response"), kNamespace);
    xml.element(QStringLiteral("requestId"), QString::fromLatin1(requestId));
    xml.open(listing.setElement);
    for (const Row& row : rows) {
        xml.open(QStringLiteral("item"));
        row.write(xml);
        xml.close();
    }
    xml.close();
    if (!nextToken.isEmpty()) {
        xml.element(QStringLiteral("nextToken"), nextToken);
    }
    xml.close();
    HttpResponse response = HttpResponse::withBody(200, "text/xml;charset=UTF-8", xml.finish());
    response.setHeader("x-amzn-RequestId", requestId);
    return response;
}

HttpResponse describe(const QueryRequest& input, const QByteArray& requestId, const Listing& listing,
                      QList<Row> rows)
{
    const auto fail = [&requestId](const WireError& error) {
        return error.toResponse(WireProtocol::Ec2Query, requestId);
    };
    const QString action = input.action();
    const bool idsGiven = !input.indexed(listing.idParameter).isEmpty();
    if (input.has(QStringLiteral("MaxResults"))) {
        bool number = false;
        const int maxResults = input.value(QStringLiteral("MaxResults")).toInt(&number);
        if (idsGiven) {
            return fail(
                ec2Error(QStringLiteral("InvalidParameterCombination"),
                         QStringLiteral("The parameter %1s cannot be used with the parameter maxResults")
                             .arg(listing.idParameter.left(1).toLower() + listing.idParameter.mid(1))));
        }
        if (!number || maxResults < 5 || maxResults > 1000) {
            return fail(
                ec2Error(QStringLiteral("InvalidParameterValue"),
                         QStringLiteral("Value ( %1 ) for parameter maxResults is invalid. Expecting a "
                                        "value between 5 and 1000.")
                             .arg(input.value(QStringLiteral("MaxResults")))));
        }
    }
    if (auto error = selectIds(input, listing, rows)) {
        return fail(*error);
    }
    if (auto error = applyFilters(input, rows)) {
        return fail(*error);
    }
    // The token is the index of the page's first item, as opaque to clients as EC2's.
    qsizetype start = 0;
    if (const QString token = input.value(QStringLiteral("NextToken")); !token.isEmpty()) {
        bool number = false;
        start = QString::fromLatin1(QByteArray::fromBase64(token.toLatin1())).toLongLong(&number);
        if (!number || start < 0 || start > rows.size()) {
            return fail(ec2Error(QStringLiteral("InvalidParameterValue"),
                                 QStringLiteral("Invalid value '%1' for parameter nextToken.").arg(token)));
        }
    }
    const qsizetype pageSize = input.has(QStringLiteral("MaxResults"))
                                   ? input.value(QStringLiteral("MaxResults")).toInt()
                                   : rows.size() - start;
    const QList<Row> page = rows.mid(start, pageSize);
    const qsizetype next = start + page.size();
    const QString nextToken =
        next < rows.size() ? QString::fromLatin1(QByteArray::number(next).toBase64()) : QString();
    return answer(action, requestId, listing, page, nextToken);
}

HttpResponse describeAvailabilityZones(const QueryRequest& input, const QByteArray& requestId,
                                       const DefaultNetwork& network)
{
    QList<Row> rows;
    for (const DefaultNetwork::Subnet& subnet : network.subnets) {
        Row row;
        row.id = subnet.availabilityZone;
        row.filterValues = {{QStringLiteral("zone-name"), subnet.availabilityZone},
                            {QStringLiteral("zone-id"), subnet.availabilityZoneId},
                            {QStringLiteral("region-name"), network.region},
                            {QStringLiteral("state"), QStringLiteral("available")},
                            {QStringLiteral("zone-type"), QStringLiteral("availability-zone")}};
        row.write = [network, subnet](XmlWriter& xml) {
            xml.element(QStringLiteral("zoneName"), subnet.availabilityZone);
            xml.element(QStringLiteral("zoneState"), QStringLiteral("available"));
            xml.element(QStringLiteral("regionName"), network.region);
            xml.element(QStringLiteral("zoneId"), subnet.availabilityZoneId);
            xml.element(QStringLiteral("zoneType"), QStringLiteral("availability-zone"));
            xml.element(QStringLiteral("optInStatus"), QStringLiteral("opt-in-not-required"));
        };
        rows.append(row);
    }
    if (auto error = applyFilters(input, rows)) {
        return error->toResponse(WireProtocol::Ec2Query, requestId);
    }
    Listing listing;
    listing.setElement = QStringLiteral("availabilityZoneInfo");
    return answer(input.action(), requestId, listing, rows, {});
}

} // namespace

Ec2Service::Ec2Service(const EndpointContext& context)
    : m_context(context)
{}

HttpResponse Ec2Service::handle(const HttpRequest& request, const QByteArray& requestId) const
{
    const QueryRequest input(
        HttpRequest::decodeForm(request.method == "POST" ? request.body : request.query));
    const QString action = input.action();
    const DefaultNetwork network = DefaultNetwork::of(m_context);
    if (action == QLatin1String("DescribeVpcs")) {
        return describe(input, requestId,
                        {QStringLiteral("VpcId"), QStringLiteral("vpc"),
                         QStringLiteral("InvalidVpcID.Malformed"), QStringLiteral("InvalidVpcID.NotFound"),
                         QStringLiteral("The vpc ID '%1' does not exist"), QStringLiteral("vpcSet")},
                        vpcRows(network));
    }
    if (action == QLatin1String("DescribeSubnets")) {
        return describe(input, requestId,
                        {QStringLiteral("SubnetId"), QStringLiteral("subnet"),
                         QStringLiteral("InvalidSubnetID.Malformed"),
                         QStringLiteral("InvalidSubnetID.NotFound"),
                         QStringLiteral("The subnet ID '%1' does not exist"), QStringLiteral("subnetSet")},
                        subnetRows(network));
    }
    if (action == QLatin1String("DescribeSecurityGroups")) {
        QList<Row> rows = securityGroupRows(network);
        const QStringList names = input.indexed(QStringLiteral("GroupName"));
        for (const QString& name : names) {
            if (name != QLatin1String("default")) {
                return ec2Error(QStringLiteral("InvalidGroup.NotFound"),
                                QStringLiteral("The security group '%1' does not exist in default VPC '%2'")
                                    .arg(name, network.vpcId))
                    .toResponse(WireProtocol::Ec2Query, requestId);
            }
        }
        return describe(input, requestId,
                        {QStringLiteral("GroupId"), QStringLiteral("sg"),
                         QStringLiteral("InvalidGroupId.Malformed"), QStringLiteral("InvalidGroup.NotFound"),
                         QStringLiteral("The security group '%1' does not exist"),
                         QStringLiteral("securityGroupInfo")},
                        rows);
    }
    if (action == QLatin1String("DescribeAvailabilityZones")) {
        return describeAvailabilityZones(input, requestId, network);
    }
    return ec2Error(QStringLiteral("InvalidAction"),
                    QStringLiteral("The action %1 is not valid for this web service.").arg(action))
        .toResponse(WireProtocol::Ec2Query, requestId);
}

} // namespace SageDesk::Local
