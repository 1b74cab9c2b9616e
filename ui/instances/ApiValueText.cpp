#include "instances/ApiValueText.h"

#include <initializer_list>

namespace SageDesk::Ui {

namespace {

struct Wording
{
    const char* apiValue;
    const char* text; // source text in the context SageDesk::Ui::ApiValueText
};

QString worded(const QString& value, std::initializer_list<Wording> wordings)
{
    for (const Wording& wording : wordings) {
        if (value == QLatin1String(wording.apiValue)) {
            return QCoreApplication::translate("SageDesk::Ui::ApiValueText", wording.text);
        }
    }
    return value;
}

} // namespace

QString ApiValueText::enabledDisabled(const QString& value)
{
    return worded(value, {{"Enabled", QT_TR_NOOP("Enabled")}, {"Disabled", QT_TR_NOOP("Disabled")}});
}

QString ApiValueText::imdsVersion(const QString& value)
{
    return worded(value, {{"1", QT_TR_NOOP("Version 1")}, {"2", QT_TR_NOOP("Version 2 (IMDSv2 only)")}});
}

QString ApiValueText::ipAddressType(const QString& value)
{
    return worded(
        value, {{"ipv4", QT_TR_NOOP("IPv4 only")}, {"dualstack", QT_TR_NOOP("Dual stack (IPv4 and IPv6)")}});
}

} // namespace SageDesk::Ui
