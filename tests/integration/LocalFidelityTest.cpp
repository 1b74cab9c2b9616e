// Field by field against botocore's service model (the image's python3, the newest on this
// machine): every request member of the notebook-instance family is sent by SageMakerClient and
// accepted by sagedesk-local, and every response member the endpoint can know comes back. The same
// run writes the fidelity table (docs/FIDELITY.md) and fails when the committed one is stale;
// SAGEDESK_UPDATE_FIDELITY=1 rewrites it.
#include "local/LocalFidelity.h"
#include "aws/services/Ec2Client.h"
#include "aws/services/KmsClient.h"
#include "aws/services/SageMakerClient.h"
#include "aws/waiters/NotebookInstanceWaiter.h"
#include "support/LocalEndpointTest.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>

namespace SageDesk::Test {
namespace {

using Until = Aws::NotebookInstanceWaiter::Until;
using Note = Local::LocalFidelity::Note;

const QString kFidelityFile = QStringLiteral(SAGEDESK_SOURCE_DIR "/docs/FIDELITY.md");
const QString kNameKey = QStringLiteral("NotebookInstanceName");

// What the client leaves out on purpose, and why.
const QHash<QString, QString> kNotSentByClient{
    {QStringLiteral("CreateNotebookInstance.AcceleratorTypes"),
     QStringLiteral("Elastic Inference is retired")},
    {QStringLiteral("UpdateNotebookInstance.AcceleratorTypes"),
     QStringLiteral("Elastic Inference is retired")},
    {QStringLiteral("UpdateNotebookInstance.DisassociateAcceleratorTypes"),
     QStringLiteral("Elastic Inference is retired")},
    {QStringLiteral("ListTags.NextToken"),
     QStringLiteral("sent after a page that has one, which never happens: at most 50 tags, pages of 100")},
};

// Members of a JSON object as FidelityModel.py lists them: "Key", "Key.Child", "Key[].Child".
QSet<QString> membersOf(const QJsonObject& json)
{
    QSet<QString> members;
    for (auto it = json.begin(); it != json.end(); ++it) {
        members.insert(it.key());
        if (it.value().isObject()) {
            for (const QString& child : it.value().toObject().keys()) {
                members.insert(it.key() + QLatin1Char('.') + child);
            }
        } else if (it.value().isArray()) {
            for (const QJsonValue& item : it.value().toArray()) {
                for (const QString& child : item.toObject().keys()) {
                    members.insert(it.key() + QStringLiteral("[].") + child);
                }
            }
        }
    }
    return members;
}

QStringList stringsOf(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray()) {
        list << item.toString();
    }
    return list;
}

class LocalFidelityTest : public LocalContextTest
{
protected:
    void setUpWithContext() override
    {
        QProcess python;
        python.start(QStringLiteral("python3"),
                     {QStringLiteral(SAGEDESK_SOURCE_DIR "/tests/integration/FidelityModel.py")});
        ASSERT_TRUE(python.waitForFinished(60000));
        ASSERT_EQ(python.exitCode(), 0) << python.readAllStandardError().toStdString();
        m_model = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
        ASSERT_TRUE(m_model.value(QLatin1String("sagemaker"))
                        .toObject()
                        .value(QLatin1String("CreateNotebookInstance"))
                        .toObject()
                        .value(QLatin1String("input"))
                        .toArray()
                        .contains(QStringLiteral("IpAddressType")))
            << "python3's botocore predates IpAddressType";
        QObject::connect(m_context.get(), &Aws::AwsClientContext::attemptSent, m_context.get(),
                         [this](const Aws::AwsRequest& request, int, const QUrl&) { record(request); });
    }

    void record(const Aws::AwsRequest& request)
    {
        QSet<QString>& sent = m_sent[request.service][request.operation];
        if (request.service != QLatin1String("ec2")) {
            sent.unite(membersOf(QJsonDocument::fromJson(request.body).object()));
            return;
        }
        const QJsonObject wire =
            operation(QStringLiteral("ec2"), request.operation).value(QLatin1String("wire")).toObject();
        for (const QByteArray& pair : request.body.split('&')) {
            const QString name = QString::fromLatin1(pair.split('=').first().split('.').first());
            for (auto it = wire.begin(); it != wire.end(); ++it) {
                if (it.value().toString() == name) {
                    sent.insert(it.key());
                }
            }
        }
    }

    QJsonObject operation(const QString& service, const QString& name) const
    {
        return m_model.value(service).toObject().value(name).toObject();
    }

    // A raw call whose answer's members count as returned by the endpoint.
    QJsonObject answer(const char* operationName, const QJsonObject& input)
    {
        const QJsonObject output = m_endpoint.sageMakerCall(operationName, input);
        EXPECT_FALSE(output.contains(QLatin1String("__type")))
            << operationName << ": " << QJsonDocument(output).toJson().toStdString();
        m_returned[QLatin1String(operationName)].unite(membersOf(output));
        return output;
    }
    void returned(const char* operationName, const char* member, bool present)
    {
        if (present) {
            m_returned[QLatin1String(operationName)].insert(QLatin1String(member));
        }
    }

    std::optional<Note> note(const QString& service, const QString& operationName, const QString& member,
                             Note::Kind kind) const
    {
        for (const Note& candidate : Local::LocalFidelity::notes()) {
            if (candidate.kind == kind && candidate.service == service &&
                candidate.operation == operationName && candidate.member == member) {
                return candidate;
            }
        }
        return std::nullopt;
    }

    QString fidelityTable() const;

    QJsonObject m_model;
    QHash<QString, QHash<QString, QSet<QString>>> m_sent; // service -> operation -> members
    QHash<QString, QSet<QString>> m_returned;             // SageMaker operation -> members
};

QString LocalFidelityTest::fidelityTable() const
{
    QString text =
        QStringLiteral(
            "# Fidelity of local mode, member by member\n\n"
            "Generated by the test `LocalFidelityTest` from botocore %1's service models (the "
            "newest on the build machine) and `model/local/LocalFidelity.cpp`; do not edit. "
            "Regenerate with `SAGEDESK_UPDATE_FIDELITY=1 ctest -R LocalFidelityTest`.\n\n"
            "For each operation SageDesk uses: whether `sagedesk` (the client in `model/aws`) sends a "
            "request member, and what `sagedesk-local` does with it: *honoured* as AWS does, or "
            "*accepted, no effect* with the reason. For SageMaker, also which response members "
            "the endpoint returns. The test proves every row: a member marked sent was on the "
            "wire, every call was accepted, every response member marked returned came back.\n")
            .arg(m_model.value(QLatin1String("botocore")).toString());
    for (const QString& service :
         {QStringLiteral("sagemaker"), QStringLiteral("ec2"), QStringLiteral("kms")}) {
        const QJsonObject operations = m_model.value(service).toObject();
        text +=
            QStringLiteral("\n## %1\n")
                .arg(service == QLatin1String("sagemaker") ? QStringLiteral("SageMaker") : service.toUpper());
        for (const QString& name : operations.keys()) {
            const QJsonObject model = operations.value(name).toObject();
            const QSet<QString> sent = m_sent.value(service).value(name);
            text +=
                QStringLiteral("\n### %1\n\n| request member | client | sagedesk-local |\n|---|---|---|\n")
                    .arg(name);
            for (const QString& member : stringsOf(model.value(QLatin1String("input")))) {
                const QString notSent = kNotSentByClient.value(name + QLatin1Char('.') + member);
                const QString client = sent.contains(member) ? QStringLiteral("sent")
                                       : notSent.isEmpty()   ? QStringLiteral("not sent")
                                                             : QStringLiteral("not sent: ") + notSent;
                const auto ignored = note(service, name, member, Note::Kind::Ignored);
                text += QStringLiteral("| %1 | %2 | %3 |\n")
                            .arg(member, client,
                                 ignored ? QStringLiteral("accepted, no effect: ") + ignored->reason
                                         : QStringLiteral("honoured"));
            }
            if (service != QLatin1String("sagemaker")) {
                continue;
            }
            const QStringList outputs = stringsOf(model.value(QLatin1String("output")));
            if (outputs.isEmpty()) {
                continue;
            }
            text += QStringLiteral("\n| response member | sagedesk-local |\n|---|---|\n");
            for (const QString& member : outputs) {
                const auto missing = note(service, name, member, Note::Kind::NotReturned);
                text += QStringLiteral("| %1 | %2 |\n")
                            .arg(member, missing ? QStringLiteral("not returned: ") + missing->reason
                                                 : QStringLiteral("returned"));
            }
        }
    }
    return text;
}

TEST_F(LocalFidelityTest, EveryMemberSentAcceptedAndReturned)
{
    const QString roleArn = m_endpoint.executionRoleArn();
    Aws::SageMakerClient client(m_context.get());
    Aws::NotebookInstanceWaiter waiter(m_context.get());
    const auto ok = [](const auto& result, const char* what) {
        EXPECT_TRUE(result.ok()) << what << ": " << result.error().toDisplayString().toStdString();
        return result.ok();
    };

    // The wizard's pickers.
    Aws::Ec2Client ec2(m_context.get());
    const auto vpcs = ec2.describeVpcs().wait();
    ASSERT_TRUE(ok(vpcs, "DescribeVpcs") && !vpcs->isEmpty());
    const auto subnets = ec2.describeSubnets(vpcs->first().vpcId).wait();
    ASSERT_TRUE(ok(subnets, "DescribeSubnets") && !subnets->isEmpty());
    const auto groups = ec2.describeSecurityGroups(vpcs->first().vpcId).wait();
    ASSERT_TRUE(ok(groups, "DescribeSecurityGroups") && !groups->isEmpty());
    ASSERT_TRUE(ok(Aws::KmsClient(m_context.get()).listAliases().wait(), "ListAliases"));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Aws::ListTimeFilters times{now.addSecs(-3600), now.addSecs(3600), now.addSecs(-3600),
                                     now.addSecs(3600)};
    const QList<Tag> tags{{QStringLiteral("team"), QStringLiteral("fidelity")}};

    // Lifecycle configurations, two so that a list has a second page.
    QStringList configArns;
    for (const QString& name : {QStringLiteral("fid-config"), QStringLiteral("fid-config-2")}) {
        Aws::NotebookInstanceLifecycleConfig config;
        config.notebookInstanceLifecycleConfigName = name;
        config.onCreate = "#!/bin/bash\ntrue\n";
        config.onStart = "#!/bin/bash\ntrue\n";
        config.tags = tags;
        const auto arn = client.createNotebookInstanceLifecycleConfig(config).wait();
        ASSERT_TRUE(ok(arn, "CreateNotebookInstanceLifecycleConfig"));
        configArns << arn.value();
        returned("CreateNotebookInstanceLifecycleConfig", "NotebookInstanceLifecycleConfigArn",
                 !arn->isEmpty());
        config.onStart = "#!/bin/bash\necho started\n";
        ok(client.updateNotebookInstanceLifecycleConfig(config).wait(),
           "UpdateNotebookInstanceLifecycleConfig");
    }
    ok(client.describeNotebookInstanceLifecycleConfig(QStringLiteral("fid-config")).wait(),
       "DescribeNotebookInstanceLifecycleConfig");
    Aws::ListNotebookInstanceLifecycleConfigsRequest configList{
        QStringLiteral("fid"), QStringLiteral("Name"), QStringLiteral("Ascending"), times, 1, {}};
    const auto configPage = client.listNotebookInstanceLifecycleConfigs(configList).wait();
    ASSERT_TRUE(ok(configPage, "ListNotebookInstanceLifecycleConfigs") && !configPage->nextToken.isEmpty());
    configList.nextToken = configPage->nextToken;
    ok(client.listNotebookInstanceLifecycleConfigs(configList).wait(),
       "ListNotebookInstanceLifecycleConfigs");

    // Code repositories; cloning from port 1 fails at once, which shows FailureReason too.
    QStringList repositoryArns;
    for (const QString& name : {QStringLiteral("fid-repo"), QStringLiteral("fid-repo-2")}) {
        Aws::CodeRepository repository;
        repository.codeRepositoryName = name;
        repository.repositoryUrl = QStringLiteral("https://127.0.0.1:1/fidelity/%1.git").arg(name);
        repository.branch = QStringLiteral("main");
        repository.secretArn = QStringLiteral("arn:aws:secretsmanager:us-east-1:123456789012:secret:fid");
        repository.tags = tags;
        const auto arn = client.createCodeRepository(repository).wait();
        ASSERT_TRUE(ok(arn, "CreateCodeRepository"));
        repositoryArns << arn.value();
        returned("CreateCodeRepository", "CodeRepositoryArn", !arn->isEmpty());
    }
    const auto updatedRepository =
        client
            .updateCodeRepository(
                QStringLiteral("fid-repo"),
                QStringLiteral("arn:aws:secretsmanager:us-east-1:123456789012:secret:fid-2"))
            .wait();
    ASSERT_TRUE(ok(updatedRepository, "UpdateCodeRepository"));
    returned("UpdateCodeRepository", "CodeRepositoryArn",
             updatedRepository.value() == repositoryArns.first());
    ok(client.describeCodeRepository(QStringLiteral("fid-repo")).wait(), "DescribeCodeRepository");
    Aws::ListCodeRepositoriesRequest repositoryList{
        QStringLiteral("fid"), QStringLiteral("Name"), QStringLiteral("Ascending"), times, 1, {}};
    const auto repositoryPage = client.listCodeRepositories(repositoryList).wait();
    ASSERT_TRUE(ok(repositoryPage, "ListCodeRepositories") && !repositoryPage->nextToken.isEmpty());
    repositoryList.nextToken = repositoryPage->nextToken;
    ok(client.listCodeRepositories(repositoryList).wait(), "ListCodeRepositories");

    // An instance with every Create member; its repositories cannot be cloned, so it fails.
    CreateNotebookInstanceRequest full;
    full.notebookInstanceName = QStringLiteral("fid-full");
    full.roleArn = roleArn;
    full.platformIdentifier = QStringLiteral("notebook-al2023-v1");
    full.volumeSizeInGB = 6;
    full.lifecycleConfigName = QStringLiteral("fid-config");
    full.rootAccess = QStringLiteral("Disabled");
    full.kmsKeyId = QStringLiteral("alias/aws/sagemaker");
    full.subnetId = subnets->first().subnetId;
    full.securityGroupIds = {groups->first().groupId};
    full.directInternetAccess = QStringLiteral("Disabled");
    full.minimumInstanceMetadataServiceVersion = QStringLiteral("2");
    full.defaultCodeRepository = QStringLiteral("fid-repo");
    full.additionalCodeRepositories = {QStringLiteral("fid-repo-2")};
    full.tags = tags;
    full.ipAddressType = QStringLiteral("ipv4");
    const auto fullArn = client.createNotebookInstance(full).wait();
    ASSERT_TRUE(ok(fullArn, "CreateNotebookInstance"));
    returned("CreateNotebookInstance", "NotebookInstanceArn", !fullArn->isEmpty());
    EXPECT_EQ(waiter.wait(full.notebookInstanceName, Until::InService).wait().error().code,
              QStringLiteral("NotebookInstanceFailed"));
    const QJsonObject failed = answer("DescribeNotebookInstance", {{kNameKey, full.notebookInstanceName}});
    EXPECT_EQ(failed.value(QLatin1String("IpAddressType")).toString(), QStringLiteral("ipv4"));

    // A plain instance to start, open, stop and update with every Update member.
    CreateNotebookInstanceRequest plain;
    plain.notebookInstanceName = QStringLiteral("fid-plain");
    plain.roleArn = roleArn;
    ASSERT_TRUE(ok(client.createNotebookInstance(plain).wait(), "CreateNotebookInstance"));
    ASSERT_TRUE(ok(waiter.wait(plain.notebookInstanceName, Until::InService).wait(), "InService"));
    const auto url = client.createPresignedNotebookInstanceUrl(plain.notebookInstanceName, 1800).wait();
    ASSERT_TRUE(ok(url, "CreatePresignedNotebookInstanceUrl"));
    returned("CreatePresignedNotebookInstanceUrl", "AuthorizedUrl", !url->isEmpty());
    answer("DescribeNotebookInstance", {{kNameKey, plain.notebookInstanceName}});
    // Both instances: one running (its Url), one with a configuration and repositories.
    answer("ListNotebookInstances", {});
    ok(client.stopNotebookInstance(plain.notebookInstanceName).wait(), "StopNotebookInstance");
    ASSERT_TRUE(ok(waiter.wait(plain.notebookInstanceName, Until::Stopped).wait(), "Stopped"));
    UpdateNotebookInstanceRequest update;
    update.notebookInstanceName = plain.notebookInstanceName;
    update.instanceType = QStringLiteral("ml.t3.large");
    update.roleArn = roleArn;
    update.platformIdentifier = QStringLiteral("notebook-al2-v3");
    update.volumeSizeInGB = 8;
    update.lifecycleConfigName = QStringLiteral("fid-config-2");
    update.rootAccess = QStringLiteral("Enabled");
    update.minimumInstanceMetadataServiceVersion = QStringLiteral("2");
    update.defaultCodeRepository = QStringLiteral("fid-repo");
    update.additionalCodeRepositories = QStringList{QStringLiteral("fid-repo-2")};
    update.ipAddressType = QStringLiteral("ipv4");
    ASSERT_TRUE(ok(client.updateNotebookInstance(update).wait(), "UpdateNotebookInstance"));
    ASSERT_TRUE(ok(waiter.wait(plain.notebookInstanceName, Until::Stopped).wait(), "Stopped"));
    UpdateNotebookInstanceRequest detach;
    detach.notebookInstanceName = plain.notebookInstanceName;
    detach.disassociateLifecycleConfig = true;
    detach.disassociateDefaultCodeRepository = true;
    detach.disassociateAdditionalCodeRepositories = true;
    ASSERT_TRUE(ok(client.updateNotebookInstance(detach).wait(), "UpdateNotebookInstance"));
    ASSERT_TRUE(ok(waiter.wait(plain.notebookInstanceName, Until::Stopped).wait(), "Stopped"));
    ok(client.startNotebookInstance(plain.notebookInstanceName).wait(), "StartNotebookInstance");
    ASSERT_TRUE(ok(waiter.wait(plain.notebookInstanceName, Until::InService).wait(), "InService"));
    ok(client.stopNotebookInstance(plain.notebookInstanceName).wait(), "StopNotebookInstance");
    ASSERT_TRUE(ok(waiter.wait(plain.notebookInstanceName, Until::Stopped).wait(), "Stopped"));

    // Every ListNotebookInstances filter, on a second page.
    Aws::ListNotebookInstancesRequest instanceList;
    instanceList.nameContains = QStringLiteral("fid");
    instanceList.sortBy = QStringLiteral("Name");
    instanceList.maxResults = 1;
    const auto firstPage = client.listNotebookInstances(instanceList).wait();
    ASSERT_TRUE(ok(firstPage, "ListNotebookInstances") && !firstPage->nextToken.isEmpty());
    instanceList.nextToken = firstPage->nextToken;
    instanceList.statusEquals = NotebookInstanceStatus::Stopped;
    instanceList.sortOrder = QStringLiteral("Ascending");
    instanceList.creationTimeAfter = times.creationTimeAfter;
    instanceList.creationTimeBefore = times.creationTimeBefore;
    instanceList.lastModifiedTimeAfter = times.lastModifiedTimeAfter;
    instanceList.lastModifiedTimeBefore = times.lastModifiedTimeBefore;
    instanceList.notebookInstanceLifecycleConfigNameContains = QStringLiteral("fid");
    instanceList.defaultCodeRepositoryContains = QStringLiteral("fid");
    instanceList.additionalCodeRepositoryEquals = QStringLiteral("fid-repo-2");
    ok(client.listNotebookInstances(instanceList).wait(), "ListNotebookInstances");

    // Tags on all three kinds of ARN, the lifecycle configuration's from its Create.
    for (const QString& arn : {fullArn.value(), configArns.first(), repositoryArns.first()}) {
        ASSERT_TRUE(
            ok(client.addTags(arn, {{QStringLiteral("extra"), QStringLiteral("1")}}).wait(), "AddTags"));
        const auto listed = client.listTags(arn).wait();
        ASSERT_TRUE(ok(listed, "ListTags"));
        EXPECT_EQ(listed->size(), 2) << arn.toStdString();
        ok(client.deleteTags(arn, {QStringLiteral("extra")}).wait(), "DeleteTags");
    }

    // The raw answers of the reads.
    answer("ListNotebookInstances", {{QStringLiteral("MaxResults"), 1}});
    answer("DescribeNotebookInstanceLifecycleConfig",
           {{QStringLiteral("NotebookInstanceLifecycleConfigName"), QStringLiteral("fid-config")}});
    answer("ListNotebookInstanceLifecycleConfigs", {{QStringLiteral("MaxResults"), 1}});
    answer("DescribeCodeRepository", {{QStringLiteral("CodeRepositoryName"), QStringLiteral("fid-repo")}});
    answer("ListCodeRepositories", {{QStringLiteral("MaxResults"), 1}});
    answer("ListTags", {{QStringLiteral("ResourceArn"), configArns.first()}});
    answer("AddTags",
           {{QStringLiteral("ResourceArn"), repositoryArns.first()},
            {QStringLiteral("Tags"), Json::tagsToJson({{QStringLiteral("raw"), QStringLiteral("1")}})}});

    // And away with it all.
    for (const QString& name : {full.notebookInstanceName, plain.notebookInstanceName}) {
        ok(client.deleteNotebookInstance(name).wait(), "DeleteNotebookInstance");
        ok(waiter.wait(name, Until::Deleted).wait(), "Deleted");
    }
    ok(client.deleteNotebookInstanceLifecycleConfig(QStringLiteral("fid-config-2")).wait(),
       "DeleteNotebookInstanceLifecycleConfig");
    ok(client.deleteCodeRepository(QStringLiteral("fid-repo-2")).wait(), "DeleteCodeRepository");

    // Every request member on the wire (but those left out on purpose), every known answer back.
    const QJsonObject sageMaker = m_model.value(QLatin1String("sagemaker")).toObject();
    for (const QString& name : sageMaker.keys()) {
        const QJsonObject model = sageMaker.value(name).toObject();
        const QSet<QString> sent = m_sent.value(QStringLiteral("sagemaker")).value(name);
        for (const QString& member : stringsOf(model.value(QLatin1String("input")))) {
            EXPECT_TRUE(sent.contains(member) || kNotSentByClient.contains(name + QLatin1Char('.') + member))
                << name.toStdString() << "." << member.toStdString() << " is not sent by the client";
        }
        for (const QString& member : stringsOf(model.value(QLatin1String("output")))) {
            EXPECT_TRUE(m_returned.value(name).contains(member) ||
                        note(QStringLiteral("sagemaker"), name, member, Note::Kind::NotReturned))
                << name.toStdString() << "." << member.toStdString() << " is not returned by sagedesk-local";
        }
    }

    const QString table = fidelityTable();
    if (qEnvironmentVariableIsSet("SAGEDESK_UPDATE_FIDELITY")) {
        QFile file(kFidelityFile);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(table.toUtf8());
    }
    QFile committed(kFidelityFile);
    ASSERT_TRUE(committed.open(QIODevice::ReadOnly)) << "docs/FIDELITY.md is missing";
    EXPECT_EQ(QString::fromUtf8(committed.readAll()), table)
        << "docs/FIDELITY.md is stale: run this test with SAGEDESK_UPDATE_FIDELITY=1 and commit the file";
}

} // namespace
} // namespace SageDesk::Test
