#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace SageDesk {

// A date and time in the locale's short form, but with the year in four digits ("2026. 12. 28. 오후
// 10:58", "12/28/2026 10:58 PM"): Qt's short formats have two-digit years, which read ambiguously.
// The time is shown in the local time zone.
QString shortDateTime(const QDateTime& at, const QLocale& locale = QLocale());

} // namespace SageDesk
