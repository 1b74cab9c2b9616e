// role_arn profiles end to end: the factory's AssumeRole provider wired to the real STS client, against
// moto_server's STS on loopback. moto records every request it serves (MOTO_ENABLE_RECORDING) in a
// file of the test's, which shows what actually reached STS: the form fields (external id, MFA serial
// and code, session name, duration) and the key and region each call was signed with, none of which
// moto's answers echo. The refusals that never reach STS (loops, no MFA code, a bad duration) are unit
// tests (CredentialsTest).
#include "aws/credentials/CredentialsProviderFactory.h"
#include "aws/services/StsClient.h"
#include "support/AskCredentials.h"
#include "support/AwsConfigTestHome.h"
#include "support/FixedClock.h"
#include "support/MotoSuite.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using SageDesk::Test::askCredentials;
using SageDesk::Test::FixedClock;

using namespace SageDesk;
using namespace SageDesk::Aws;

namespace {

// One request moto served: its form fields and the access key and region of its signature.
struct StsCall
{
    QUrlQuery form;
    QString accessKeyId;
    QString region;
    bool hasSessionToken = false;

    QString field(const char* name) const
    {
        return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    }
};

// A MotoServer with its request recorder writing to a temporary file.
class RecordingMoto final
{
public:
    RecordingMoto()
        : m_server(environment(m_dir))
    {}
    static QString unavailableReason() { return SageDesk::Test::MotoServer::unavailableReason(); }
    bool start() { return m_dir.isValid() && m_server.start(); }
    QString error() const { return m_dir.isValid() ? m_server.error() : m_dir.errorString(); }
    SageDesk::Test::MotoServer& server() { return m_server; }

    // Forgets what was recorded so far.
    bool clearRecording() const
    {
        return QFile(recordingPath(m_dir)).resize(0) || !QFile::exists(recordingPath(m_dir));
    }
    // The AssumeRole calls recorded, in order.
    QList<StsCall> assumeRoleCalls() const
    {
        QList<StsCall> calls;
        QFile file(recordingPath(m_dir));
        if (!file.open(QIODevice::ReadOnly)) {
            return calls;
        }
        static const QRegularExpression credential(QStringLiteral("Credential=([^/]+)/\\d{8}/([^/]+)/sts/"));
        while (!file.atEnd()) {
            const QJsonObject entry = QJsonDocument::fromJson(file.readLine()).object();
            QByteArray body = entry.value(QLatin1String("body")).toString().toLatin1();
            if (entry.value(QLatin1String("body_encoded")).toBool()) {
                body = QByteArray::fromBase64(body);
            }
            StsCall call;
            call.form = QUrlQuery(QString::fromLatin1(body).replace(QLatin1Char('+'), QLatin1Char(' ')));
            if (call.field("Action") != QLatin1String("AssumeRole")) {
                continue;
            }
            const QJsonObject headers = entry.value(QLatin1String("headers")).toObject();
            const auto match = credential.match(headers.value(QLatin1String("Authorization")).toString());
            call.accessKeyId = match.captured(1);
            call.region = match.captured(2);
            call.hasSessionToken = headers.contains(QLatin1String("X-Amz-Security-Token"));
            calls.append(call);
        }
        return calls;
    }

private:
    static QString recordingPath(const QTemporaryDir& dir)
    {
        return dir.filePath(QStringLiteral("requests.jsonl"));
    }
    static QProcessEnvironment environment(const QTemporaryDir& dir)
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("MOTO_ENABLE_RECORDING"), QStringLiteral("1"));
        environment.insert(QStringLiteral("MOTO_RECORDER_FILEPATH"), recordingPath(dir));
        return environment;
    }

    QTemporaryDir m_dir;
    SageDesk::Test::MotoServer m_server;
};

class CredentialsAssumeRoleMoto : public SageDesk::Test::MotoSuite<RecordingMoto>
{
protected:
    void setUpWithServer() override
    {
        ASSERT_TRUE(s_moto->server().reset());
        ASSERT_TRUE(s_moto->clearRecording());
        m_context = s_moto->server().createContext();
        m_hooks.assumeRole = StsClient::assumeRoleFunction(m_context.get());
    }

    static AwsConfig loadConfig(const QString& profile)
    {
        AwsConfigOverrides overrides;
        overrides.profile = profile;
        return AwsConfig::load(overrides, QProcessEnvironment::systemEnvironment());
    }

    // Who moto says the holder of `credentials` is (GetCallerIdentity signed with them).
    QString callerArn(const Credentials& credentials) const
    {
        const auto context = s_moto->server().createContext(QStringLiteral("us-east-1"), credentials);
        const auto identity = StsClient(context.get()).getCallerIdentity().wait();
        return identity.ok() ? identity->arn : identity.error().toDisplayString();
    }

    std::unique_ptr<AwsClientContext> m_context;
    CredentialsProviderHooks m_hooks;
};

} // namespace

TEST_F(CredentialsAssumeRoleMoto, RoleProfileGetsTemporaryCredentialsFromSts)
{
    AwsConfigTestHome home;
    home.writeCredentials("[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = base-secret\n");
    home.writeConfig("[profile analyst]\n"
                     "role_arn = arn:aws:iam::123456789012:role/Analyst\n"
                     "source_profile = base\n"
                     "role_session_name = analyst-session\n"
                     "external_id = ext-1\n"
                     "duration_seconds = 1800\n"
                     "region = us-east-1\n");
    auto provider = CredentialsProviderFactory::create(loadConfig(QStringLiteral("analyst")), m_hooks);

    const CredentialsResult answer = askCredentials(*provider);
    ASSERT_TRUE(answer.ok()) << answer.error.toStdString();
    const Credentials& role = answer.credentials;
    EXPECT_NE(role.accessKeyId, QStringLiteral("AKIDBASE"));
    EXPECT_FALSE(role.sessionToken.isEmpty());
    ASSERT_TRUE(role.expires());
    const qint64 lifetime = QDateTime::currentDateTimeUtc().secsTo(role.expiration);
    EXPECT_GT(lifetime, 1800 - 300);
    EXPECT_LE(lifetime, 1800 + 60);
    EXPECT_EQ(callerArn(role),
              QStringLiteral("arn:aws:sts::123456789012:assumed-role/Analyst/analyst-session"));

    // Cached: a second request does not call STS again.
    std::optional<CredentialsResult> again;
    provider->credentials([&again](const CredentialsResult& result) { again = result; });
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(again->credentials.accessKeyId, role.accessKeyId);
    EXPECT_EQ(s_moto->assumeRoleCalls().size(), 1);
}

TEST_F(CredentialsAssumeRoleMoto, MfaExternalIdSessionAndDurationReachStsAndAreCachedUntilExpiry)
{
    AwsConfigTestHome home;
    home.writeCredentials("[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = base-secret\n");
    home.writeConfig("[profile admin]\n"
                     "role_arn = arn:aws:iam::123456789012:role/Admin\n"
                     "source_profile = base\n"
                     "mfa_serial = arn:aws:iam::123456789012:mfa/alice\n"
                     "external_id = ext-42\n"
                     "role_session_name = alice-session\n"
                     "duration_seconds = 7200\n"
                     "region = eu-west-1\n");
    // The provider's clock decides when to refresh; moto's Expiration is real time, so it starts now.
    const QDateTime start = QDateTime::currentDateTimeUtc();
    FixedClock clock(start);
    QStringList prompts;
    m_hooks.mfaCodePrompt = [&prompts](const QString& serial,
                                       const std::function<void(const QString&)>& done) {
        prompts.append(serial);
        done(QStringLiteral(" 123456 "));
    };
    auto provider = CredentialsProviderFactory::create(loadConfig(QStringLiteral("admin")), m_hooks, clock);

    const CredentialsResult result = askCredentials(*provider);
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    const Credentials role = result.credentials;
    EXPECT_TRUE(role.accessKeyId.startsWith(QLatin1String("ASIA"))) << role.accessKeyId.toStdString();
    EXPECT_EQ(callerArn(role), QStringLiteral("arn:aws:sts::123456789012:assumed-role/Admin/alice-session"));
    const qint64 lifetime = start.secsTo(role.expiration);
    EXPECT_GT(lifetime, 7200 - 300);
    EXPECT_LE(lifetime, 7200 + 60);
    EXPECT_EQ(prompts, QStringList{QStringLiteral("arn:aws:iam::123456789012:mfa/alice")});

    const QList<StsCall> calls = s_moto->assumeRoleCalls();
    ASSERT_EQ(calls.size(), 1);
    const StsCall& call = calls.first();
    EXPECT_EQ(call.field("RoleArn"), QStringLiteral("arn:aws:iam::123456789012:role/Admin"));
    EXPECT_EQ(call.field("ExternalId"), QStringLiteral("ext-42"));
    EXPECT_EQ(call.field("RoleSessionName"), QStringLiteral("alice-session"));
    EXPECT_EQ(call.field("DurationSeconds"), QStringLiteral("7200"));
    EXPECT_EQ(call.field("SerialNumber"), QStringLiteral("arn:aws:iam::123456789012:mfa/alice"));
    EXPECT_EQ(call.field("TokenCode"), QStringLiteral("123456")); // trimmed
    // Signed with the source profile's keys, in the profile's region.
    EXPECT_EQ(call.accessKeyId, QStringLiteral("AKIDBASE"));
    EXPECT_EQ(call.region, QStringLiteral("eu-west-1"));
    EXPECT_FALSE(call.hasSessionToken);

    // Cached until shortly before expiry: no second MFA prompt, no second AssumeRole.
    clock.set(role.expiration.addSecs(-10 * 60));
    EXPECT_EQ(askCredentials(*provider).credentials.accessKeyId, role.accessKeyId);
    EXPECT_EQ(s_moto->assumeRoleCalls().size(), 1);
    EXPECT_EQ(prompts.size(), 1);
    clock.set(role.expiration.addSecs(-4 * 60));
    const CredentialsResult refreshed = askCredentials(*provider);
    ASSERT_TRUE(refreshed.ok()) << refreshed.error.toStdString();
    EXPECT_NE(refreshed.credentials.accessKeyId, role.accessKeyId);
    EXPECT_EQ(s_moto->assumeRoleCalls().size(), 2);
    EXPECT_EQ(prompts.size(), 2);
}

TEST_F(CredentialsAssumeRoleMoto, ChainedRoleIsAssumedWithTheFirstRolesCredentials)
{
    AwsConfigTestHome home;
    home.writeCredentials("[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = base-secret\n");
    home.writeConfig(
        "[profile first]\nrole_arn = arn:aws:iam::111111111111:role/First\nsource_profile = base\n"
        "[profile second]\nrole_arn = arn:aws:iam::222222222222:role/Second\n"
        "source_profile = first\nrole_session_name = chained\n");
    auto provider = CredentialsProviderFactory::create(loadConfig(QStringLiteral("second")), m_hooks);

    const CredentialsResult chained = askCredentials(*provider);
    ASSERT_TRUE(chained.ok()) << chained.error.toStdString();
    // moto takes the account from the role's ARN, as a cross-account AssumeRole lands in it.
    EXPECT_EQ(callerArn(chained.credentials),
              QStringLiteral("arn:aws:sts::222222222222:assumed-role/Second/chained"));

    const QList<StsCall> calls = s_moto->assumeRoleCalls();
    ASSERT_EQ(calls.size(), 2);
    EXPECT_EQ(calls.at(0).field("RoleArn"), QStringLiteral("arn:aws:iam::111111111111:role/First"));
    EXPECT_EQ(calls.at(0).accessKeyId, QStringLiteral("AKIDBASE"));
    EXPECT_FALSE(calls.at(0).hasSessionToken);
    EXPECT_EQ(calls.at(1).field("RoleArn"), QStringLiteral("arn:aws:iam::222222222222:role/Second"));
    // The second call is signed with the first role's temporary keys, its session token included.
    EXPECT_TRUE(calls.at(1).accessKeyId.startsWith(QLatin1String("ASIA")))
        << calls.at(1).accessKeyId.toStdString();
    EXPECT_NE(calls.at(1).accessKeyId, chained.credentials.accessKeyId);
    EXPECT_TRUE(calls.at(1).hasSessionToken);
}
