// moto checks SigV4 signatures once INITIAL_NO_AUTH_ACTION_COUNT unauthenticated actions are used
// up: keys made in its own IAM then pass with the right secret and fail with a wrong one.
#include "aws/client/AwsRequestJob.h"
#include "aws/client/QueryProtocol.h"
#include "aws/services/SageMakerClient.h"
#include "aws/services/StsClient.h"
#include "support/MotoServer.h"

#include <gtest/gtest.h>

#include <QProcessEnvironment>

using namespace SageDesk;
using namespace SageDesk::Aws;
using Moto = SageDesk::Test::MotoServer;

namespace {

// IAM actions SageDesk itself never needs, sent through the same request job.
AwsResult<XmlElement> iamAction(AwsClientContext* context, const QString& action,
                                const QueryParameters& parameters)
{
    return AwsRequestJob::call<XmlElement>(context,
                                           QueryProtocol::request(QStringLiteral("iam"), action,
                                                                  QStringLiteral("2010-05-08"), parameters),
                                           [](const AwsHttpResponse& response) {
                                               return QueryProtocol::body(QStringLiteral("iam"), response);
                                           })
        .wait();
}

} // namespace

TEST(MotoSignature, RightSecretPassesWrongSecretFails)
{
    if (const QString why = Moto::unavailableReason(); !why.isEmpty()) {
        GTEST_SKIP() << why.toStdString();
    }
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("INITIAL_NO_AUTH_ACTION_COUNT"), QStringLiteral("3"));
    Moto moto(environment);
    ASSERT_TRUE(moto.start()) << moto.error().toStdString();

    // The three unchecked actions: a user, its key and a policy that allows everything.
    auto setup = moto.createContext();
    ASSERT_TRUE(iamAction(setup.get(), QStringLiteral("CreateUser"),
                          QueryParameters().add(QStringLiteral("UserName"), QStringLiteral("sagedesk")))
                    .ok());
    const auto key = iamAction(setup.get(), QStringLiteral("CreateAccessKey"),
                               QueryParameters().add(QStringLiteral("UserName"), QStringLiteral("sagedesk")));
    ASSERT_TRUE(key.ok()) << key.error().toDisplayString().toStdString();
    const auto policy = iamAction(
        setup.get(), QStringLiteral("PutUserPolicy"),
        QueryParameters()
            .add(QStringLiteral("UserName"), QStringLiteral("sagedesk"))
            .add(QStringLiteral("PolicyName"), QStringLiteral("everything"))
            .add(
                QStringLiteral("PolicyDocument"),
                QStringLiteral(
                    R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]})")));
    ASSERT_TRUE(policy.ok()) << policy.error().toDisplayString().toStdString();

    Credentials right;
    right.accessKeyId = key->textAt(u"CreateAccessKeyResult/AccessKey/AccessKeyId");
    right.secretAccessKey = key->textAt(u"CreateAccessKeyResult/AccessKey/SecretAccessKey");
    ASSERT_FALSE(right.accessKeyId.isEmpty());
    ASSERT_FALSE(right.secretAccessKey.isEmpty());

    auto signedContext = moto.createContext(QStringLiteral("us-east-1"), right);
    const auto identity = StsClient(signedContext.get()).getCallerIdentity().wait();
    ASSERT_TRUE(identity.ok()) << identity.error().toDisplayString().toStdString();
    EXPECT_EQ(identity->arn, QStringLiteral("arn:aws:iam::123456789012:user/sagedesk"));
    const auto listed = SageMakerClient(signedContext.get()).listNotebookInstances({}).wait();
    EXPECT_TRUE(listed.ok()) << listed.error().toDisplayString().toStdString();

    Credentials wrong = right;
    wrong.secretAccessKey = QStringLiteral("not-the-secret");
    auto wrongContext = moto.createContext(QStringLiteral("us-east-1"), wrong);
    const auto refused = StsClient(wrongContext.get()).getCallerIdentity().wait();
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("SignatureDoesNotMatch"));
    EXPECT_EQ(refused.error().httpStatus, 403);
    EXPECT_FALSE(refused.error().retryable);
    EXPECT_FALSE(refused.error().toDisplayString().contains(QStringLiteral("not-the-secret")));

    // moto answers the JSON service's signature failure in XML; the code is read all the same.
    const auto refusedJson = SageMakerClient(wrongContext.get()).listNotebookInstances({}).wait();
    ASSERT_FALSE(refusedJson.ok());
    EXPECT_EQ(refusedJson.error().code, QStringLiteral("SignatureDoesNotMatch"));

    Credentials unknown = right;
    unknown.accessKeyId = QStringLiteral("AKIDUNKNOWNKEY000000");
    auto unknownContext = moto.createContext(QStringLiteral("us-east-1"), unknown);
    const auto unknownKey = StsClient(unknownContext.get()).getCallerIdentity().wait();
    ASSERT_FALSE(unknownKey.ok());
    EXPECT_EQ(unknownKey.error().code, QStringLiteral("InvalidClientTokenId"));
}
