#include "core/LocalDates.h"

#include <QRegularExpression>

namespace SageDesk {

QString shortDateTime(const QDateTime& at, const QLocale& locale)
{
    static const QRegularExpression twoDigitYear(QStringLiteral("(?<!y)yy(?!y)"));
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    format.replace(twoDigitYear, QStringLiteral("yyyy"));
    return locale.toString(at.toLocalTime(), format);
}

} // namespace SageDesk
