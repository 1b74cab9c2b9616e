// The shared validator against botocore's sagemaker model: ValidationBotocoreCases.py derives
// valid and invalid CreateNotebookInstance requests from the model (enums, lengths, ranges,
// patterns) and gives botocore's verdict (its ParamValidator plus the constraints it leaves to the
// service); Validation::createNotebookInstance must agree on every one. Only the model's
// constraints count here (issues with wire constraints): the documented cross-field rules and the
// warnings are tested one by one in ValidationTest.
//
// The image's python3 (pyenv, boto3 1.43) carries the current model; Debian's python3-botocore is
// older (no IpAddressType, no notebook-al2023-v1) and would disagree with what AWS accepts today.
#include "domain/NotebookInstance.h"
#include "domain/Validation.h"
#include "support/ServerProcess.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>

using namespace SageDesk;

namespace {

bool refusedByModelConstraint(const ValidationIssues& issues)
{
    return std::any_of(issues.cbegin(), issues.cend(),
                       [](const ValidationIssue& issue) { return !issue.wireConstraints.isEmpty(); });
}

} // namespace

TEST(ValidationBotocore, ValidatorAndBotocoreAgreeOnEveryDerivedValue)
{
    const QString python = SageDesk::Test::findExecutable(QStringLiteral("python3"));
    const QString script =
        QStringLiteral(SAGEDESK_SOURCE_DIR "/tests/integration/ValidationBotocoreCases.py");
    if (python.isEmpty()) {
        GTEST_SKIP() << "python3 is not installed";
    }
    {
        QProcess probe;
        probe.start(
            python,
            {QStringLiteral("-c"),
             QStringLiteral("import botocore.session, regex; "
                            "m = botocore.session.get_session().get_service_model('sagemaker'); "
                            "assert 'IpAddressType' in m.shape_for('CreateNotebookInstanceInput').members")});
        if (!probe.waitForFinished(60000) || probe.exitCode() != 0) {
            GTEST_SKIP()
                << python.toStdString()
                << " lacks botocore with the current sagemaker model or the regex module (pip install "
                   "boto3 regex)";
        }
    }
    QProcess process;
    process.start(python, {script});
    ASSERT_TRUE(process.waitForFinished(120000));
    ASSERT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    const QJsonObject root = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    const QJsonArray cases = root.value(QLatin1String("cases")).toArray();
    ASSERT_GE(cases.size(), 1000) << "too few cases: the generator lost members";

    QStringList disagreements;
    QSet<QString> members;
    int valid = 0;
    for (const QJsonValue& value : cases) {
        const QJsonObject item = value.toObject();
        const QJsonObject request = item.value(QLatin1String("request")).toObject();
        const bool botocoreValid = item.value(QLatin1String("valid")).toBool();
        const ValidationIssues issues =
            Validation::createNotebookInstance(CreateNotebookInstanceRequest::fromJson(request));
        const bool ours = !refusedByModelConstraint(issues);
        members.insert(item.value(QLatin1String("member")).toString());
        valid += botocoreValid ? 1 : 0;
        if (ours != botocoreValid) {
            disagreements
                << QStringLiteral("%1 = %2: botocore says %3 (%4), SageDesk says %5 (%6)")
                       .arg(item.value(QLatin1String("member")).toString(),
                            QString::fromUtf8(
                                QJsonDocument(
                                    QJsonObject{
                                        {QStringLiteral("v"),
                                         request.value(item.value(QLatin1String("member")).toString())}})
                                    .toJson(QJsonDocument::Compact))
                                .left(120),
                            botocoreValid ? QStringLiteral("valid") : QStringLiteral("invalid"),
                            item.value(QLatin1String("why")).toString().left(160),
                            ours ? QStringLiteral("valid") : QStringLiteral("invalid"),
                            Validation::describe(issues).left(160));
        }
    }
    EXPECT_TRUE(disagreements.isEmpty())
        << disagreements.size() << " of " << cases.size() << " disagree (botocore "
        << root.value(QLatin1String("botocore")).toString().toStdString() << "):\n"
        << disagreements.mid(0, 40).join(QLatin1Char('\n')).toStdString();
    // Both verdicts occur for every member the wizard sends.
    EXPECT_GE(members.size(), 16);
    EXPECT_GT(valid, 300);
    EXPECT_GT(cases.size() - valid, 300);
}
