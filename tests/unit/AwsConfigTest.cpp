// Profiles, region and endpoints read as the AWS CLI reads them, from a temporary HOME.
#include "aws/config/AwsConfig.h"
#include "aws/config/ConfigFile.h"
#include "support/AwsConfigTestHome.h"

#include <gtest/gtest.h>

using namespace SageDesk::Aws;

namespace {

AwsConfig load(const AwsConfigOverrides& overrides = {})
{
    return AwsConfig::load(overrides, QProcessEnvironment::systemEnvironment());
}

} // namespace

TEST(AwsConfig, MergesConfigAndCredentialsFiles)
{
    AwsConfigTestHome home;
    home.writeConfig("# comment\n"
                     "[default]\n"
                     "region = eu-west-1\n"
                     "; another comment\n"
                     "[profile dev]\n"
                     "Region=ap-northeast-2\n"
                     "output = json\n"
                     "[not-a-profile]\n"
                     "region = us-west-1\n");
    home.writeCredentials("[default]\n"
                          "aws_access_key_id = AKIDDEFAULT\n"
                          "aws_secret_access_key = secret\n"
                          "[dev]\n"
                          "aws_access_key_id = AKIDDEV\n"
                          "region = us-east-2\n"
                          "[ci]\n"
                          "aws_access_key_id = AKIDCI\n");
    const AwsConfig config = load();
    EXPECT_TRUE(config.errors().isEmpty());
    EXPECT_EQ(config.profileName(), QStringLiteral("default"));
    EXPECT_EQ(config.region(), QStringLiteral("eu-west-1"));
    EXPECT_EQ(config.profileNames(),
              (QStringList{QStringLiteral("default"), QStringLiteral("ci"), QStringLiteral("dev")}));
    const auto dev = config.profile(QStringLiteral("dev"));
    ASSERT_TRUE(dev.has_value());
    EXPECT_EQ(dev->value(QStringLiteral("aws_access_key_id")), QStringLiteral("AKIDDEV"));
    EXPECT_EQ(dev->value(QStringLiteral("region")), QStringLiteral("us-east-2")); // credentials file wins
    EXPECT_EQ(dev->value(QStringLiteral("output")), QStringLiteral("json"));
    EXPECT_EQ(dev->configFile, home.awsPath(QStringLiteral("config")));
    EXPECT_FALSE(config.profile(QStringLiteral("not-a-profile")).has_value());
}

TEST(AwsConfig, ProfileComesFromOverrideThenAwsProfile)
{
    AwsConfigTestHome home;
    home.writeConfig("[profile a]\nregion = us-west-2\n[profile b]\nregion = sa-east-1\n");
    home.setEnv("AWS_PROFILE", "a");
    EXPECT_EQ(load().profileName(), QStringLiteral("a"));
    EXPECT_EQ(load().region(), QStringLiteral("us-west-2"));
    AwsConfigOverrides overrides;
    overrides.profile = QStringLiteral("b");
    EXPECT_EQ(load(overrides).profileName(), QStringLiteral("b"));
    EXPECT_EQ(load(overrides).region(), QStringLiteral("sa-east-1"));
}

TEST(AwsConfig, RegionPrecedence)
{
    AwsConfigTestHome home;
    home.writeConfig("[default]\nregion = eu-central-1\n");
    EXPECT_EQ(load().region(), QStringLiteral("eu-central-1"));
    home.setEnv("AWS_DEFAULT_REGION", "eu-west-3");
    EXPECT_EQ(load().region(), QStringLiteral("eu-west-3"));
    home.setEnv("AWS_REGION", "eu-north-1");
    EXPECT_EQ(load().region(), QStringLiteral("eu-north-1"));
    AwsConfigOverrides overrides;
    overrides.region = QStringLiteral("us-west-1");
    EXPECT_EQ(load(overrides).region(), QStringLiteral("us-west-1"));
}

TEST(AwsConfig, FileLocationsFollowEnvironment)
{
    AwsConfigTestHome home;
    const QString configPath = home.path() + QStringLiteral("/elsewhere/cfg");
    const QString credentialsPath = home.path() + QStringLiteral("/elsewhere/creds");
    home.write(configPath, "[profile moved]\nregion = af-south-1\n");
    home.write(credentialsPath, "[keys]\naws_access_key_id = AKID\n");
    home.writeConfig("[profile ignored]\n");
    home.setEnv("AWS_CONFIG_FILE", configPath.toLocal8Bit());
    home.setEnv("AWS_SHARED_CREDENTIALS_FILE", "~/elsewhere/creds");
    const AwsConfig config = load();
    EXPECT_EQ(config.configFilePath(), configPath);
    EXPECT_EQ(config.credentialsFilePath(), credentialsPath);
    EXPECT_EQ(config.profileNames(), (QStringList{QStringLiteral("keys"), QStringLiteral("moved")}));
}

TEST(AwsConfig, EndpointPrecedence)
{
    AwsConfigTestHome home;
    home.writeConfig("[default]\n"
                     "region = us-west-2\n"
                     "endpoint_url = http://127.0.0.1:1000\n"
                     "services = local\n"
                     "[services local]\n"
                     "sagemaker =\n"
                     "  endpoint_url = http://127.0.0.1:2000\n"
                     "s3 =\n"
                     "  endpoint_url = http://127.0.0.1:3000\n"
                     "  addressing_style = path\n");
    const auto url = [](const AwsConfig& config, const char* service) {
        return config.endpointUrl(QLatin1String(service)).toString();
    };
    AwsConfig config = load();
    EXPECT_EQ(url(config, "sagemaker"), QStringLiteral("http://127.0.0.1:2000"));
    EXPECT_EQ(url(config, "s3"), QStringLiteral("http://127.0.0.1:3000"));
    EXPECT_EQ(url(config, "iam"), QStringLiteral("http://127.0.0.1:1000"));

    home.setEnv("AWS_ENDPOINT_URL", "http://127.0.0.1:4000");
    config = load();
    EXPECT_EQ(url(config, "sagemaker"), QStringLiteral("http://127.0.0.1:4000"));
    home.setEnv("AWS_ENDPOINT_URL_SAGEMAKER", "http://127.0.0.1:5000");
    config = load();
    EXPECT_EQ(url(config, "sagemaker"), QStringLiteral("http://127.0.0.1:5000"));
    EXPECT_EQ(url(config, "sts"), QStringLiteral("http://127.0.0.1:4000"));

    AwsConfigOverrides overrides;
    overrides.endpointUrl = QStringLiteral("http://127.0.0.1:6000");
    EXPECT_EQ(url(load(overrides), "sagemaker"), QStringLiteral("http://127.0.0.1:6000"));

    home.setEnv("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true");
    config = load();
    EXPECT_EQ(url(config, "sagemaker"), QStringLiteral("https://api.sagemaker.us-west-2.amazonaws.com"));
    EXPECT_EQ(url(config, "sts"), QStringLiteral("https://sts.us-west-2.amazonaws.com"));
    EXPECT_FALSE(config.configuredEndpointUrl(QStringLiteral("s3")).has_value());
    // --endpoint-url is never ignored.
    EXPECT_EQ(url(load(overrides), "sagemaker"), QStringLiteral("http://127.0.0.1:6000"));
}

TEST(AwsConfig, ProfileCanIgnoreConfiguredEndpoints)
{
    AwsConfigTestHome home;
    home.writeConfig("[default]\nregion = eu-west-1\nendpoint_url = http://127.0.0.1:1000\n"
                     "ignore_configured_endpoint_urls = true\n");
    EXPECT_EQ(load().endpointUrl(QStringLiteral("kms")).toString(),
              QStringLiteral("https://kms.eu-west-1.amazonaws.com"));
}

TEST(AwsConfig, DefaultEndpointsAndSigningRegions)
{
    AwsConfigTestHome home;
    home.writeConfig("[default]\nregion = ap-northeast-2\n");
    const AwsConfig config = load();
    EXPECT_EQ(config.endpointUrl(QStringLiteral("iam")).toString(),
              QStringLiteral("https://iam.amazonaws.com"));
    EXPECT_EQ(config.signingRegion(QStringLiteral("iam")), QStringLiteral("us-east-1"));
    EXPECT_EQ(config.signingRegion(QStringLiteral("sagemaker")), QStringLiteral("ap-northeast-2"));
    EXPECT_EQ(config.endpointUrl(QStringLiteral("ec2")).toString(),
              QStringLiteral("https://ec2.ap-northeast-2.amazonaws.com"));
    EXPECT_EQ(AwsConfig::defaultEndpointUrl(QStringLiteral("sso"), QStringLiteral("eu-west-1")).toString(),
              QStringLiteral("https://portal.sso.eu-west-1.amazonaws.com"));
    EXPECT_EQ(AwsConfig::defaultEndpointUrl(QStringLiteral("s3"), QStringLiteral("cn-north-1")).toString(),
              QStringLiteral("https://s3.cn-north-1.amazonaws.com.cn"));
    EXPECT_TRUE(AwsConfig::defaultEndpointUrl(QStringLiteral("sts"), QString()).isEmpty());
    EXPECT_EQ(AwsConfig::endpointEnvironmentVariable(QStringLiteral("SageMaker Runtime")),
              QStringLiteral("AWS_ENDPOINT_URL_SAGEMAKER_RUNTIME"));
}

TEST(AwsConfig, SsoSessionSections)
{
    AwsConfigTestHome home;
    home.writeConfig(
        "[sso-session corp]\nsso_region = eu-west-1\nsso_start_url = https://corp.awsapps.com/start\n"
        "[profile sso]\nsso_session = corp\nsso_account_id = 111122223333\n");
    const AwsConfig config = load();
    const auto session = config.ssoSession(QStringLiteral("corp"));
    ASSERT_TRUE(session.has_value());
    EXPECT_EQ(session->value(QStringLiteral("sso_region")), QStringLiteral("eu-west-1"));
    EXPECT_EQ(config.profileNames(), QStringList{QStringLiteral("sso")});
}

TEST(AwsConfig, MalformedFilesNameFileLineAndProblem)
{
    AwsConfigTestHome home;
    home.writeConfig("[default]\n"
                     "region = eu-west-1\n"
                     "this line has no equals sign\n"
                     "[profile broken\n"
                     "= value\n"
                     "[profile ok]\n"
                     "region = us-east-1\n"
                     "[default]\n");
    home.writeCredentials("aws_access_key_id = AKID\n");
    const AwsConfig config = load();
    const QList<ConfigFileError>& errors = config.errors();
    ASSERT_EQ(errors.size(), 5);
    const QString configPath = home.awsPath(QStringLiteral("config"));
    EXPECT_EQ(errors.at(0).file, configPath);
    EXPECT_EQ(errors.at(0).line, 3);
    EXPECT_EQ(errors.at(1).line, 4);
    EXPECT_EQ(errors.at(2).line, 5);
    EXPECT_EQ(errors.at(3).line, 8);
    EXPECT_TRUE(errors.at(3).problem.contains(QStringLiteral("line 1")))
        << errors.at(3).problem.toStdString();
    EXPECT_EQ(errors.at(4).file, home.awsPath(QStringLiteral("credentials")));
    EXPECT_EQ(errors.at(4).line, 1);
    EXPECT_EQ(errors.at(0).toString(),
              configPath + QStringLiteral(", line 3: expected \"name = value\" or a [section] header"));
    // What could be read is still used.
    EXPECT_EQ(config.region(), QStringLiteral("eu-west-1"));
    EXPECT_TRUE(config.profile(QStringLiteral("ok")).has_value());
    EXPECT_EQ(config.errorsFor(*config.profile(QStringLiteral("ok"))).size(), 4);
}

TEST(AwsConfig, NestedValuesAndContinuations)
{
    const ConfigFile file = ConfigFile::parse("[profile x]\n"
                                              "s3 =\n"
                                              "  max_concurrent_requests = 20\n"
                                              "  Addressing_Style = path\n"
                                              "note = first\n"
                                              "  second\n"
                                              "bad =\n"
                                              "  no equals here\n",
                                              QStringLiteral("mem"));
    ASSERT_EQ(file.sections().size(), 1);
    const ConfigFile::Section& section = file.sections().first();
    EXPECT_EQ(section.subValues.value(QStringLiteral("s3")).value(QStringLiteral("addressing_style")),
              QStringLiteral("path"));
    EXPECT_EQ(section.values.value(QStringLiteral("note")), QStringLiteral("first\nsecond"));
    ASSERT_EQ(file.errors().size(), 1);
    EXPECT_EQ(file.errors().first().line, 8);
}

TEST(AwsConfig, MissingFilesAreNotErrors)
{
    AwsConfigTestHome home;
    const AwsConfig config = load();
    EXPECT_TRUE(config.errors().isEmpty());
    EXPECT_TRUE(config.profileNames().isEmpty());
    EXPECT_EQ(config.profileName(), QStringLiteral("default"));
    EXPECT_TRUE(config.region().isEmpty());
}
