// The create wizard's drafts: every choice survives the round trip through SQLite, one draft per
// scope, removal, a file that outlives the store (a crash), and no secret reaches the file.
#include "console/create/CreateDraftStore.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace SageDesk;

namespace {

CreateChoices everyChoice()
{
    CreateChoices choices;
    choices.instance.notebookInstanceName = QStringLiteral("draft-nb");
    choices.instance.instanceType = QStringLiteral("ml.m5.xlarge");
    choices.instance.platformIdentifier = QStringLiteral("notebook-al2-v3");
    choices.instance.volumeSizeInGB = 50;
    choices.instance.ipAddressType = QStringLiteral("dualstack");
    choices.instance.subnetId = QStringLiteral("subnet-1");
    choices.instance.securityGroupIds = {QStringLiteral("sg-1")};
    choices.instance.defaultCodeRepository = QStringLiteral("https://github.com/aws/x");
    choices.instance.additionalCodeRepositories = {QStringLiteral("repo")};
    choices.instance.tags = {{QStringLiteral("team"), QStringLiteral("ml")}};
    choices.instance.rootAccess = QStringLiteral("Disabled");
    choices.instance.minimumInstanceMetadataServiceVersion = QStringLiteral("2");
    choices.role = CreateChoices::Role::New;
    choices.s3Access = Aws::S3Access::specific({QStringLiteral("b1"), QStringLiteral("b2")});
    choices.lifecycle = CreateChoices::Lifecycle::New;
    choices.newLifecycleConfigName = QStringLiteral("setup");
    choices.onCreate = "#!/bin/bash\necho create\n";
    choices.onStart = "#!/bin/bash\necho start\n";
    choices.idleStopMinutes = 90;
    choices.waitForInService = false;
    return choices;
}

const QDateTime kSaved(QDate(2026, 12, 1), QTime(10, 0), QTimeZone::utc());

} // namespace

TEST(CreateDraftStore, EveryChoiceSurvivesACrash)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = CreateDraftStore::pathBeside(dir.filePath(QStringLiteral("cache.sqlite")));
    EXPECT_EQ(path, dir.filePath(QStringLiteral("wizard-drafts.sqlite")));
    const CreateChoices choices = everyChoice();
    {
        CreateDraftStore store;
        ASSERT_TRUE(store.open(path)) << store.lastError().toStdString();
        ASSERT_TRUE(store.save(QStringLiteral("local/us-east-1"), choices, kSaved));
        EXPECT_FALSE(store.load(QStringLiteral("profile:dev/us-east-1")));
    }
    CreateDraftStore reopened;
    ASSERT_TRUE(reopened.open(path));
    const auto draft = reopened.load(QStringLiteral("local/us-east-1"));
    ASSERT_TRUE(draft);
    EXPECT_EQ(draft->savedAt, kSaved);
    const CreateChoices& back = draft->choices;
    EXPECT_EQ(back.instance, choices.instance);
    EXPECT_EQ(back.role, choices.role);
    EXPECT_EQ(back.s3Access, choices.s3Access);
    EXPECT_EQ(back.lifecycle, choices.lifecycle);
    EXPECT_EQ(back.newLifecycleConfigName, choices.newLifecycleConfigName);
    EXPECT_EQ(back.onCreate, choices.onCreate);
    EXPECT_EQ(back.onStart, choices.onStart);
    EXPECT_EQ(back.idleStopMinutes, 90);
    EXPECT_FALSE(back.waitForInService);

    EXPECT_TRUE(reopened.remove(QStringLiteral("local/us-east-1")));
    EXPECT_FALSE(reopened.load(QStringLiteral("local/us-east-1")));
}

TEST(CreateDraftStore, ASecretTypedIntoAScriptNeverReachesTheFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("wizard-drafts.sqlite"));
    const QByteArray secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    {
        CreateDraftStore store;
        ASSERT_TRUE(store.open(path));
        CreateChoices choices = everyChoice();
        choices.onStart = "#!/bin/bash\nexport AWS_SECRET_ACCESS_KEY=" + secret + "\n";
        ASSERT_TRUE(store.save(QStringLiteral("local/us-east-1"), choices, kSaved));
    }
    for (const QString& file : {path, path + QStringLiteral("-wal")}) {
        QFile database(file);
        if (database.open(QIODevice::ReadOnly)) {
            EXPECT_FALSE(database.readAll().contains(secret)) << file.toStdString();
        }
    }
}
