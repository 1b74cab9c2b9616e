#include "aws/client/ErrorParser.h"
#include "aws/client/JsonProtocol.h"
#include "aws/client/QueryProtocol.h"
#include "aws/client/XmlValues.h"

#include <gtest/gtest.h>

using namespace SageDesk::Aws;

namespace {

AwsHttpResponse response(int status, const QByteArray& body,
                         QList<QPair<QByteArray, QByteArray>> headers = {})
{
    return AwsHttpResponse{status, std::move(headers), body};
}

} // namespace

TEST(ProtocolErrors, JsonTypeLosesItsPrefix)
{
    const AwsError error = ErrorParser::parse(
        AwsProtocol::Json, QStringLiteral("sagemaker"),
        response(400, R"({"__type":"com.amazonaws.sagemaker#ResourceLimitExceeded","Message":"Too many"})",
                 {{"x-amzn-RequestId", "abc-123"}}));
    EXPECT_EQ(error.kind, AwsError::Kind::Service);
    EXPECT_EQ(error.service, QStringLiteral("sagemaker"));
    EXPECT_EQ(error.code, QStringLiteral("ResourceLimitExceeded"));
    EXPECT_EQ(error.message, QStringLiteral("Too many"));
    EXPECT_EQ(error.requestId, QStringLiteral("abc-123"));
    EXPECT_EQ(error.httpStatus, 400);
    EXPECT_FALSE(error.retryable);
    EXPECT_EQ(error.toDisplayString(),
              QStringLiteral("ResourceLimitExceeded: Too many (request id abc-123)"));
}

TEST(ProtocolErrors, JsonCodeFromTheErrorTypeHeader)
{
    const AwsError error = ErrorParser::parse(
        AwsProtocol::Json, QStringLiteral("kms"),
        response(400, "{}", {{"X-Amzn-ErrorType", "ThrottlingException:http://internal.amazon.com/"}}));
    EXPECT_EQ(error.code, QStringLiteral("ThrottlingException"));
    EXPECT_TRUE(error.retryable);
}

TEST(ProtocolErrors, QueryErrorResponse)
{
    const AwsError error = ErrorParser::parse(
        AwsProtocol::Query, QStringLiteral("iam"),
        response(
            409,
            "<ErrorResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><Error><Type>Sender</Type>"
            "<Code>EntityAlreadyExists</Code><Message>Role with name r already exists.</Message></Error>"
            "<RequestId>4a5b-6c</RequestId></ErrorResponse>"));
    EXPECT_EQ(error.code, QStringLiteral("EntityAlreadyExists"));
    EXPECT_EQ(error.message, QStringLiteral("Role with name r already exists."));
    EXPECT_EQ(error.requestId, QStringLiteral("4a5b-6c"));
    EXPECT_EQ(error.httpStatus, 409);
}

TEST(ProtocolErrors, Ec2ErrorsAndS3Errors)
{
    const AwsError ec2 = ErrorParser::parse(
        AwsProtocol::Ec2Query, QStringLiteral("ec2"),
        response(503, "<Response><Errors><Error><Code>RequestLimitExceeded</Code><Message>Slow down</Message>"
                      "</Error></Errors><RequestID>ec2-req</RequestID></Response>"));
    EXPECT_EQ(ec2.code, QStringLiteral("RequestLimitExceeded"));
    EXPECT_EQ(ec2.requestId, QStringLiteral("ec2-req"));
    EXPECT_TRUE(ec2.retryable);

    const AwsError s3 =
        ErrorParser::parse(AwsProtocol::RestXml, QStringLiteral("s3"),
                           response(409,
                                    "<Error><Code>BucketAlreadyOwnedByYou</Code><Message>Yours</"
                                    "Message><RequestId>s3-req</RequestId></Error>",
                                    {{"x-amz-request-id", "s3-header-req"}}));
    EXPECT_EQ(s3.code, QStringLiteral("BucketAlreadyOwnedByYou"));
    EXPECT_EQ(s3.requestId, QStringLiteral("s3-header-req"));

    const AwsError head = ErrorParser::parse(AwsProtocol::RestXml, QStringLiteral("s3"), response(404, {}));
    EXPECT_EQ(head.code, QStringLiteral("NotFound"));
}

TEST(ProtocolErrors, XmlAnswerToAJsonService)
{
    const AwsError error = ErrorParser::parse(
        AwsProtocol::Json, QStringLiteral("sagemaker"),
        response(403,
                 "<?xml version=\"1.0\"?><ErrorResponse><Errors><Error><Code>SignatureDoesNotMatch</Code>"
                 "<Message>Bad signature</Message></Error></Errors></ErrorResponse>"));
    EXPECT_EQ(error.code, QStringLiteral("SignatureDoesNotMatch"));
    EXPECT_EQ(error.message, QStringLiteral("Bad signature"));
}

TEST(ProtocolErrors, DisplayTextIsRedacted)
{
    AwsError error;
    error.code = QStringLiteral("ValidationException");
    error.message =
        QStringLiteral("bad url https://x.notebook.eu-west-1.sagemaker.aws?authToken=SECRETTOKEN123");
    error.requestId = QStringLiteral("r1");
    const QString text = error.toDisplayString();
    EXPECT_FALSE(text.contains(QStringLiteral("SECRETTOKEN123"))) << text.toStdString();
    EXPECT_TRUE(text.startsWith(QStringLiteral("ValidationException: bad url")));
}

TEST(ProtocolRequests, JsonTargetAndContentType)
{
    const AwsRequest request = JsonProtocol::request(QStringLiteral("sagemaker"), QStringLiteral("SageMaker"),
                                                     QStringLiteral("ListNotebookInstances"),
                                                     QJsonObject{{QStringLiteral("MaxResults"), 10}});
    EXPECT_EQ(request.method, "POST");
    EXPECT_EQ(request.path, QStringLiteral("/"));
    EXPECT_TRUE(request.headers.contains(
        qMakePair(QByteArray("X-Amz-Target"), QByteArray("SageMaker.ListNotebookInstances"))));
    EXPECT_TRUE(request.headers.contains(
        qMakePair(QByteArray("Content-Type"), QByteArray("application/x-amz-json-1.1"))));
    EXPECT_EQ(request.body, R"({"MaxResults":10})");
}

TEST(ProtocolRequests, QueryBodyIsRfc3986Encoded)
{
    QueryParameters parameters;
    parameters.add(QStringLiteral("RoleName"), QStringLiteral("a+b c"))
        .addMembers(QStringLiteral("Tags"), {QStringLiteral("x"), QStringLiteral("y")})
        .addIndexed(QStringLiteral("GroupId"), {QStringLiteral("sg-1")});
    const AwsRequest request = QueryProtocol::request(QStringLiteral("iam"), QStringLiteral("GetRole"),
                                                      QStringLiteral("2010-05-08"), parameters);
    EXPECT_EQ(request.body,
              "Action=GetRole&Version=2010-05-08&RoleName=a%2Bb%20c&Tags.member.1=x&Tags.member.2=y"
              "&GroupId.1=sg-1");
}

TEST(ProtocolResponses, QueryResultElementAndMembers)
{
    const auto root = XmlElement::parse(
        "<ListRolesResponse "
        "xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><ListRolesResult><IsTruncated>true"
        "</IsTruncated><Marker>m2</Marker><Roles><member><RoleName>a</"
        "RoleName><CreateDate>2026-01-02T03:04:05Z"
        "</CreateDate></member><member><RoleName>b</RoleName></member></Roles></ListRolesResult></"
        "ListRolesResponse>");
    ASSERT_TRUE(root.has_value());
    const XmlElement& result = XmlValues::result(*root, QStringLiteral("ListRoles"));
    EXPECT_EQ(result.name, QStringLiteral("ListRolesResult"));
    EXPECT_TRUE(XmlValues::boolean(result, u"IsTruncated"));
    const auto roles = XmlValues::members(result, u"Roles");
    ASSERT_EQ(roles.size(), 2);
    EXPECT_EQ(roles.at(1)->textAt(u"RoleName"), QStringLiteral("b"));
    EXPECT_EQ(XmlValues::timestamp(*roles.at(0), u"CreateDate"),
              QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
    EXPECT_FALSE(XmlElement::parse("<broken>").has_value());
}
