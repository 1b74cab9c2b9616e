// sagedesk-cli and sagedesk-local speak Korean under a Korean locale or with --lang ko, as the GUI
// does: the built executables, with messages whose Korean text is in resources/translations.
#include "support/CliTestSupport.h"

#include <gtest/gtest.h>

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace {

using Outcome = SageDesk::Test::CliRun;

// Nothing of the person running the tests decides the language or finds an account: no AWS_*
// variables, no locale variables but `locale` (as LC_ALL), a home and data directory of its own.
class Executables : public ::testing::Test
{
protected:
    Outcome run(const QString& program, const QStringList& arguments, const QString& locale = {}) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString& name : environment.keys()) {
            if (name.startsWith(QLatin1String("AWS_")) || name.startsWith(QLatin1String("LC_")) ||
                name == QLatin1String("LANG") || name == QLatin1String("LANGUAGE")) {
                environment.remove(name);
            }
        }
        environment.insert(QStringLiteral("HOME"), m_home.path());
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("LC_ALL"), locale.isEmpty() ? QStringLiteral("C.UTF-8") : locale);
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(program, arguments);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    Outcome cli(const QStringList& arguments, const QString& locale = {}) const
    {
        return run(QStringLiteral(SAGEDESK_CLI_PATH), arguments, locale);
    }
    Outcome local(const QStringList& arguments, const QString& locale = {}) const
    {
        return run(QStringLiteral(SAGEDESK_LOCAL_PATH), arguments, locale);
    }

    QTemporaryDir m_home;
};

const QString kKoreanLocale = QStringLiteral("ko_KR.UTF-8");
// CliParser: "'%1' is not a command; run 'sagedesk-cli --help' for the list".
const QString kNotACommandKo = QStringLiteral("'no-such-command'은(는) 명령이 아닙니다");
const QString kNotACommandEn = QStringLiteral("'no-such-command' is not a command");

using CliLanguage = Executables;
using LocalLanguage = Executables;

TEST_F(CliLanguage, LangKoTranslatesUsageErrors)
{
    const Outcome english = cli({QStringLiteral("no-such-command")});
    EXPECT_EQ(english.exitCode, 2) << show(english);
    EXPECT_TRUE(english.err.contains(kNotACommandEn)) << show(english);

    const Outcome korean =
        cli({QStringLiteral("--lang"), QStringLiteral("ko"), QStringLiteral("no-such-command")});
    EXPECT_EQ(korean.exitCode, 2) << show(korean);
    EXPECT_TRUE(korean.err.contains(kNotACommandKo)) << show(korean);
    // Also after the command, as every global option.
    const Outcome after = cli({QStringLiteral("no-such-command"), QStringLiteral("--lang=ko")});
    EXPECT_TRUE(after.err.contains(kNotACommandKo)) << show(after);
}

TEST_F(CliLanguage, AKoreanLocaleTranslatesUsageHelpAndValidation)
{
    const Outcome usage = cli({QStringLiteral("no-such-command")}, kKoreanLocale);
    EXPECT_EQ(usage.exitCode, 2) << show(usage);
    EXPECT_TRUE(usage.err.contains(kNotACommandKo)) << show(usage);

    // CliParser's "Usage: sagedesk-cli [options] COMMAND [arguments]".
    const Outcome help = cli({QStringLiteral("--help")}, kKoreanLocale);
    EXPECT_EQ(help.exitCode, 0) << show(help);
    EXPECT_TRUE(help.out.contains(QStringLiteral("사용법: sagedesk-cli [옵션] 명령 [인수]"))) << show(help);

    // CliConnection: nothing configured and no sagedesk-local running means no region.
    const Outcome whoami = cli({QStringLiteral("whoami")}, kKoreanLocale);
    EXPECT_EQ(whoami.exitCode, 2) << show(whoami);
    EXPECT_TRUE(whoami.err.contains(QStringLiteral("--region: 구성된 리전이 없습니다"))) << show(whoami);

    // --lang wins over the locale.
    const Outcome english = cli(
        {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("no-such-command")}, kKoreanLocale);
    EXPECT_TRUE(english.err.contains(kNotACommandEn)) << show(english);
}

TEST_F(LocalLanguage, LangKoTranslatesErrors)
{
    const QStringList badPort{QStringLiteral("--port"), QStringLiteral("not-a-port")};
    const Outcome english = local(badPort);
    EXPECT_EQ(english.exitCode, 2) << show(english);
    EXPECT_TRUE(english.err.contains(QStringLiteral("Invalid port: not-a-port"))) << show(english);

    // LocalEndpoint's "Invalid port: %1".
    const Outcome korean = local(QStringList{QStringLiteral("--lang"), QStringLiteral("ko")} + badPort);
    EXPECT_EQ(korean.exitCode, 2) << show(korean);
    EXPECT_TRUE(korean.err.contains(QStringLiteral("잘못된 포트: not-a-port"))) << show(korean);
}

TEST_F(LocalLanguage, AKoreanLocaleTranslatesTheHelp)
{
    // LocalEndpoint's description of itself and of --port.
    const Outcome help = local({QStringLiteral("--help")}, kKoreanLocale);
    EXPECT_EQ(help.exitCode, 0) << show(help);
    EXPECT_TRUE(help.out.contains(QStringLiteral("SageDesk의 로컬 SageMaker 엔드포인트"))) << show(help);
    EXPECT_TRUE(help.out.contains(QStringLiteral("127.0.0.1의 포트(0: 사용 가능한 아무 포트).")))
        << show(help);
    EXPECT_TRUE(help.out.contains(QStringLiteral("--lang"))) << show(help);

    const Outcome english = local({QStringLiteral("--lang=en"), QStringLiteral("--help")}, kKoreanLocale);
    EXPECT_TRUE(english.out.contains(QStringLiteral("Port on 127.0.0.1 (0: any free port).")))
        << show(english);
}

} // namespace
