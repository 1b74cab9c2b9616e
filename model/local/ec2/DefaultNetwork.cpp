#include "local/ec2/DefaultNetwork.h"

#include <QCryptographicHash>
#include <QHash>

namespace SageDesk::Local {

namespace {

// The zones a new account sees; the regions not listed have three (a, b, c).
QStringList zoneLetters(const QString& region)
{
    static const QHash<QString, QStringList> kLetters{
        {QStringLiteral("us-east-1"),
         {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
          QStringLiteral("e"), QStringLiteral("f")}},
        {QStringLiteral("us-west-1"), {QStringLiteral("a"), QStringLiteral("c")}},
        {QStringLiteral("us-west-2"),
         {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}},
        {QStringLiteral("ap-northeast-1"), {QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("d")}},
        {QStringLiteral("ap-northeast-2"),
         {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}},
    };
    return kLetters.value(region, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
}

// "us-east-1" -> "use1", "ap-northeast-2" -> "apne2": the prefix of AWS's zone ids.
QString zoneIdPrefix(const QString& region)
{
    const QStringList parts = region.split(QLatin1Char('-'));
    if (parts.size() < 3) {
        return region;
    }
    QString direction;
    for (const QString& word :
         {QStringLiteral("north"), QStringLiteral("south"), QStringLiteral("east"), QStringLiteral("west")}) {
        if (parts[1].contains(word)) {
            direction += word.front();
        }
    }
    if (direction.isEmpty()) {
        direction = parts[1].left(1);
    }
    return parts[0] + direction + parts.last();
}

// 17 hex digits, the length of today's EC2 ids.
QString derivedId(const QString& prefix, const QString& seed)
{
    const QByteArray digest = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha256).toHex();
    return prefix + QLatin1Char('-') + QString::fromLatin1(digest.left(17));
}

} // namespace

DefaultNetwork DefaultNetwork::of(const EndpointContext& context)
{
    DefaultNetwork network;
    network.accountId = context.accountId;
    network.region = context.region;
    const QString seed = context.accountId + QLatin1Char('/') + context.region + QLatin1Char('/');
    network.vpcId = derivedId(QStringLiteral("vpc"), seed + QStringLiteral("vpc"));
    network.vpcCidrBlock = QStringLiteral("172.31.0.0/16");
    network.dhcpOptionsId = derivedId(QStringLiteral("dopt"), seed + QStringLiteral("dhcp"));
    network.securityGroupId = derivedId(QStringLiteral("sg"), seed + QStringLiteral("default-sg"));
    const QStringList letters = zoneLetters(context.region);
    for (qsizetype index = 0; index < letters.size(); ++index) {
        const QString zone = context.region + letters[index];
        network.subnets.append({derivedId(QStringLiteral("subnet"), seed + zone), zone,
                                QStringLiteral("%1-az%2").arg(zoneIdPrefix(context.region)).arg(index + 1),
                                QStringLiteral("172.31.%1.0/20").arg(index * 16)});
    }
    return network;
}

std::optional<DefaultNetwork::Subnet> DefaultNetwork::subnet(const QString& subnetId) const
{
    for (const Subnet& candidate : subnets) {
        if (candidate.subnetId == subnetId) {
            return candidate;
        }
    }
    return std::nullopt;
}

QString DefaultNetwork::arn(const QString& resourceType, const QString& id) const
{
    return QStringLiteral("arn:aws:ec2:%1:%2:%3/%4").arg(region, accountId, resourceType, id);
}

} // namespace SageDesk::Local
