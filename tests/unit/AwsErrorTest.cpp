// AwsError's questions about itself, asked of errors as ErrorParser reads them off the wire: the
// console, the CLI's waiter and CreateNotebookInstance's resend check all rely on the same answer.
#include "aws/client/AwsError.h"
#include "aws/client/ErrorParser.h"

#include <gtest/gtest.h>

using namespace SageDesk::Aws;

namespace {

// A SageMaker (JSON 1.1) error body as AWS, moto and sagedesk-local send it.
AwsError sageMakerError(const QByteArray& type, const QByteArray& message)
{
    return ErrorParser::parse(
        AwsProtocol::Json, QStringLiteral("sagemaker"),
        AwsHttpResponse{400,
                        {{"x-amzn-RequestId", "req-1"}},
                        R"({"__type":")" + type + R"(","message":")" + message + "\"}"});
}

} // namespace

TEST(AwsErrorNotFound, ResourceNotFound)
{
    EXPECT_TRUE(sageMakerError("ResourceNotFound", "Resource not found").isNotFound());
}

TEST(AwsErrorNotFound, ValidationExceptionRecordNotFound)
{
    // What AWS, moto and sagedesk-local answer to DescribeNotebookInstance of a missing instance.
    EXPECT_TRUE(sageMakerError("ValidationException", "RecordNotFound").isNotFound());
}

TEST(AwsErrorNotFound, ValidationExceptionDoesNotExist)
{
    EXPECT_TRUE(sageMakerError("ValidationException", "Notebook Instance nb does not exist").isNotFound());
    EXPECT_TRUE(sageMakerError("ValidationException", "Notebook Instance nb Does Not Exist").isNotFound());
}

TEST(AwsErrorNotFound, OtherValidationExceptionsAreNot)
{
    EXPECT_FALSE(sageMakerError("ValidationException",
                                "Status (InService) not in ([Stopped, Failed]). Unable to transition to "
                                "(Deleting)")
                     .isNotFound());
}

TEST(AwsErrorNotFound, OtherCodesAreNotEvenWhenTheirMessageSaysSo)
{
    EXPECT_FALSE(
        sageMakerError("AccessDeniedException", "Role arn:aws:iam::1:role/r does not exist").isNotFound());
    EXPECT_FALSE(sageMakerError("ThrottlingException", "RecordNotFound").isNotFound());
}

TEST(AwsErrorNotFound, NoAnswerIsNotANotFound)
{
    EXPECT_FALSE(
        AwsError::network(QStringLiteral("sagemaker"), QStringLiteral("RecordNotFound")).isNotFound());
    EXPECT_FALSE(
        AwsError::timeout(QStringLiteral("sagemaker"), QStringLiteral("does not exist")).isNotFound());
}

TEST(AwsErrorUnreachable, OnlyWhenNoAnswerArrived)
{
    EXPECT_TRUE(AwsError::network(QStringLiteral("sagemaker"), QStringLiteral("refused")).isUnreachable());
    EXPECT_TRUE(AwsError::timeout(QStringLiteral("sagemaker"), QStringLiteral("read")).isUnreachable());
    EXPECT_FALSE(AwsError::credentials(QStringLiteral("sagemaker"), QStringLiteral("none")).isUnreachable());
    EXPECT_FALSE(sageMakerError("ThrottlingException", "Rate exceeded").isUnreachable());
}
