#include "core/LocalDates.h"

#include <gtest/gtest.h>

namespace {

const QDateTime kAt(QDate(2026, 12, 28), QTime(22, 58), Qt::LocalTime);

} // namespace

// Qt's short formats print two-digit years ("26. 12. 28.", "12/28/26"); the table and the details
// show four, in the order and with the separators of the user's locale.
TEST(LocalDates, ShortFormatsKeepTheLocaleButShowFourDigitYears)
{
    const QString korean = SageDesk::shortDateTime(kAt, QLocale(QLocale::Korean, QLocale::SouthKorea));
    EXPECT_TRUE(korean.startsWith(QStringLiteral("2026. 12. 28."))) << korean.toStdString();
    EXPECT_TRUE(korean.contains(QString::fromUtf8("\xec\x98\xa4\xed\x9b\x84")))
        << korean.toStdString(); // 오후
    const QString english = SageDesk::shortDateTime(kAt, QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_TRUE(english.startsWith(QStringLiteral("12/28/2026"))) << english.toStdString();
    EXPECT_TRUE(english.contains(QStringLiteral("10:58"))) << english.toStdString();
    const QString german = SageDesk::shortDateTime(kAt, QLocale(QLocale::German, QLocale::Germany));
    EXPECT_TRUE(german.startsWith(QStringLiteral("28.12.2026"))) << german.toStdString();
    // A format that already has four digits keeps them (no "yyyyyy").
    const QString iso = SageDesk::shortDateTime(kAt, QLocale(QLocale::Swedish, QLocale::Sweden));
    EXPECT_TRUE(iso.startsWith(QStringLiteral("2026-12-28"))) << iso.toStdString();
}
