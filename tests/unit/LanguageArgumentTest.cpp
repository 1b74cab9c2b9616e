#include "cli/CliParser.h"
#include "core/Translations.h"

#include <gtest/gtest.h>

namespace SageDesk {
namespace {

QString languageOf(const QString& line)
{
    return languageArgument(line.split(QLatin1Char(' '), Qt::SkipEmptyParts));
}

TEST(LanguageArgumentTest, IsFoundAnywhereInBothSpellings)
{
    EXPECT_EQ(languageOf(QStringLiteral("--lang ko list")), QStringLiteral("ko"));
    EXPECT_EQ(languageOf(QStringLiteral("list --output table --lang=en")), QStringLiteral("en"));
    EXPECT_EQ(languageOf(QStringLiteral("--port 0 --lang ko --data-dir /tmp/x")), QStringLiteral("ko"));
}

TEST(LanguageArgumentTest, IsEmptyWhenAbsentIncompleteOrAfterTheEndOfOptions)
{
    EXPECT_TRUE(languageOf(QStringLiteral("list --output table")).isEmpty());
    EXPECT_TRUE(languageOf(QStringLiteral("")).isEmpty());
    // The parser reports the missing value; there is no language to install meanwhile.
    EXPECT_TRUE(languageOf(QStringLiteral("list --lang")).isEmpty());
    EXPECT_TRUE(languageOf(QStringLiteral("--language ko")).isEmpty());
    EXPECT_TRUE(languageOf(QStringLiteral("create -- --lang ko")).isEmpty());
}

// sagedesk-cli's parser knows --lang as a global option, so that it is no usage error anywhere on the
// line; the translator itself is installed from languageArgument() before parsing.
TEST(LanguageArgumentTest, SagedeskCliTakesItAsAGlobalOption)
{
    const auto parse = [](const QString& line) {
        return Cli::CliParser::parse(line.split(QLatin1Char(' ')));
    };
    auto parsed = parse(QStringLiteral("list --lang ko"));
    ASSERT_EQ(parsed.kind, Cli::CliParseResult::Kind::Run) << parsed.text.toStdString();
    EXPECT_EQ(parsed.invocation.global.language, QStringLiteral("ko"));
    EXPECT_EQ(parse(QStringLiteral("--lang=en list")).invocation.global.language, QStringLiteral("en"));
    parsed = parse(QStringLiteral("--lang fr list"));
    EXPECT_EQ(parsed.kind, Cli::CliParseResult::Kind::Usage);
    EXPECT_TRUE(parsed.text.contains(QLatin1String("--lang"))) << parsed.text.toStdString();
    EXPECT_TRUE(Cli::CliParser::generalHelp().contains(QLatin1String("--lang en|ko")));
}

} // namespace
} // namespace SageDesk
