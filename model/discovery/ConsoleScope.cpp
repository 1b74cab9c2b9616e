#include "discovery/ConsoleScope.h"

namespace SageDesk {

namespace {
const auto kDefaultProfile = QStringLiteral("default");
} // namespace

ConsoleScope::ConsoleScope(Kind kind, QString profile, const QString& region)
    : m_kind(kind)
    , m_profile(std::move(profile))
    , m_region(region.isEmpty() ? defaultRegion() : region)
{}

ConsoleScope ConsoleScope::local(const QString& region)
{
    return {Kind::Local, {}, region};
}

ConsoleScope ConsoleScope::profile(const QString& name, const QString& region)
{
    return {Kind::Profile, name.isEmpty() ? kDefaultProfile : name, region};
}

ConsoleScope ConsoleScope::environment(const QString& region)
{
    return {Kind::Environment, {}, region};
}

QString ConsoleScope::profileName() const
{
    switch (m_kind) {
    case Kind::Local:
        return {};
    case Kind::Profile:
        return m_profile;
    case Kind::Environment:
        return kDefaultProfile;
    }
    return {};
}

QString ConsoleScope::cacheKey() const
{
    if (m_kind == Kind::Local) {
        return QStringLiteral("local/%1").arg(m_region);
    }
    return QStringLiteral("profile:%1/%2").arg(profileName(), m_region);
}

} // namespace SageDesk
