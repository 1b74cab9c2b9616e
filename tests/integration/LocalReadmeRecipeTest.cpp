// The README's "Local mode with other clients" recipe, run as written: its first shell block is
// taken from README.md itself (so the test fails when the README drifts) and run by bash in a clean
// environment (env -i with only PATH and a fresh HOME, hence a fresh data directory), once with
// Debian's python3 and aws CLI 2.9 first on PATH and once with the image's pyenv python3 and aws.
#include "support/ServerProcess.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace SageDesk::Test {
namespace {

const QString kDebianPython = QStringLiteral("/usr/bin/python3");
const QString kDebianAws = QStringLiteral("/usr/bin/aws");

// The first ```sh block after the section's bold title, or empty.
QString readmeRecipe()
{
    QFile file(QStringLiteral(SAGEDESK_SOURCE_DIR "/README.md"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QString readme = QString::fromUtf8(file.readAll());
    const qsizetype section = readme.indexOf(QLatin1String("**Local mode with other clients.**"));
    if (section < 0) {
        return {};
    }
    const QLatin1String fence("```sh\n");
    const qsizetype begin = readme.indexOf(fence, section);
    const qsizetype end = readme.indexOf(QLatin1String("\n```"), begin + fence.size());
    if (begin < 0 || end < 0) {
        return {};
    }
    return readme.mid(begin + fence.size(), end - begin - fence.size() + 1);
}

struct RecipeRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the recipe with `clientDirectory` (where python3 and aws are taken from) after the folder of
// sagedesk-local on PATH. The trap ends the endpoint the recipe started in the background, whatever
// line failed, so that no endpoint outlives the test.
RecipeRun runRecipe(const QString& recipe, const QString& clientDirectory, const QString& home)
{
    const QString script = QStringLiteral("set -e\n"
                                          "trap 'kill $(jobs -p) 2>/dev/null || true; wait' EXIT\n") +
                           recipe;
    const QString path = QFileInfo(QStringLiteral(SAGEDESK_LOCAL_PATH)).absolutePath() + QLatin1Char(':') +
                         clientDirectory + QStringLiteral(":/usr/bin:/bin");
    QProcess process;
    process.start(QStringLiteral("/usr/bin/env"),
                  {QStringLiteral("-i"), QStringLiteral("PATH=") + path, QStringLiteral("HOME=") + home,
                   QStringLiteral("bash"), QStringLiteral("-x"), QStringLiteral("-c"), script});
    RecipeRun run;
    if (!process.waitForFinished(240000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out\n") + QString::fromUtf8(process.readAllStandardError());
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

std::string show(const RecipeRun& run)
{
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3")
        .arg(run.exitCode)
        .arg(run.out, run.err)
        .toStdString();
}

// The aws CLI prints JSON ("NotebookInstances": [...]), boto3's print() a Python dict
// ('NotebookInstances': [...]): each client's own answer, told apart by its quotes.
void expectBothClientsListed(const RecipeRun& run)
{
    ASSERT_EQ(run.exitCode, 0) << show(run);
    EXPECT_TRUE(run.out.contains(QLatin1String("\"NotebookInstances\": []"))) << show(run);
    EXPECT_TRUE(run.out.contains(QLatin1String("'NotebookInstances': []"))) << show(run);
    EXPECT_FALSE(run.err.contains(QLatin1String("You must specify a region"))) << show(run);
}

class LocalReadmeRecipeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_recipe = readmeRecipe();
        ASSERT_TRUE(m_recipe.contains(QLatin1String("sagedesk-local --port 0 &")))
            << "README.md has no recipe block: " << m_recipe.toStdString();
        ASSERT_TRUE(m_recipe.contains(QLatin1String("eval \"$(sagedesk-local --print-env)\"")))
            << m_recipe.toStdString();
        ASSERT_TRUE(m_home.isValid());
    }

    QString m_recipe;
    QTemporaryDir m_home;
};

TEST_F(LocalReadmeRecipeTest, WorksWithDebiansBoto3AndAwsCli)
{
    if (!QFile::exists(kDebianPython) || !QFile::exists(kDebianAws)) {
        GTEST_SKIP() << "Debian's python3 or aws CLI is not installed";
    }
    expectBothClientsListed(runRecipe(m_recipe, QStringLiteral("/usr/bin"), m_home.path()));
}

TEST_F(LocalReadmeRecipeTest, WorksWithTheImagesPyenvBoto3AndAwsCli)
{
    const QString python = findExecutable(QStringLiteral("python3"));
    const QString directory = QFileInfo(python).absolutePath();
    if (python.isEmpty() || directory == QLatin1String("/usr/bin") ||
        !QFileInfo(directory + QStringLiteral("/aws")).isExecutable()) {
        GTEST_SKIP() << "no python3 and aws on PATH other than Debian's";
    }
    // pyenv's shims find their Python through PYENV_ROOT, which they set themselves, so the clean
    // environment needs nothing more than PATH.
    expectBothClientsListed(runRecipe(m_recipe, directory, m_home.path()));
}

} // namespace
} // namespace SageDesk::Test
