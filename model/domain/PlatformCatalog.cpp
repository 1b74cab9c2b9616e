#include "domain/PlatformCatalog.h"

namespace SageDesk::PlatformCatalog {

namespace {
struct Platform
{
    const char* identifier;
    bool creatable;
};
constexpr Platform kPlatforms[] = {
    {"notebook-al1-v1", false}, {"notebook-al2-v1", false},   {"notebook-al2-v2", false},
    {"notebook-al2-v3", true},  {"notebook-al2023-v1", true},
};

QStringList identifiers(bool creatableOnly)
{
    QStringList result;
    for (const auto& platform : kPlatforms) {
        if (platform.creatable || !creatableOnly) {
            result.append(QString::fromLatin1(platform.identifier));
        }
    }
    return result;
}
} // namespace

QStringList all()
{
    return identifiers(false);
}

QStringList creatable()
{
    return identifiers(true);
}

bool isKnown(const QString& platformIdentifier)
{
    return all().contains(platformIdentifier);
}

bool isCreatable(const QString& platformIdentifier)
{
    return creatable().contains(platformIdentifier);
}

bool isAl2023(const QString& platformIdentifier)
{
    return platformIdentifier.startsWith(QLatin1String("notebook-al2023-"));
}

QString defaultPlatform()
{
    return QStringLiteral("notebook-al2023-v1");
}

} // namespace SageDesk::PlatformCatalog
