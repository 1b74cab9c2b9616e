#include "local/http/HttpRequestParser.h"

#include <gtest/gtest.h>

namespace SageDesk::Local {
namespace {

using State = HttpRequestParser::State;

TEST(LocalHttpRequestParserTest, ParsesPipelinedRequestsInOrder)
{
    HttpRequestParser parser;
    const QByteArray two = "POST /a?x=1 HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nabc"
                           "GET /b HTTP/1.1\r\nHost: h\r\n\r\n";
    ASSERT_EQ(parser.feed(two), State::RequestReady);
    HttpRequest first = parser.takeRequest();
    EXPECT_EQ(first.method, "POST");
    EXPECT_EQ(first.path, "/a");
    EXPECT_EQ(first.query, "x=1");
    EXPECT_EQ(first.body, "abc");
    ASSERT_EQ(parser.parse(), State::RequestReady);
    EXPECT_EQ(parser.takeRequest().path, "/b");
    EXPECT_EQ(parser.parse(), State::NeedMore);
}

TEST(LocalHttpRequestParserTest, WaitsForTheBodyAndReportsExpectContinue)
{
    HttpRequestParser parser;
    ASSERT_EQ(parser.feed("PUT / HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n"),
              State::HeadersDone);
    EXPECT_TRUE(parser.expectsContinue());
    EXPECT_EQ(parser.feed("ab"), State::HeadersDone);
    EXPECT_EQ(parser.feed("cd"), State::RequestReady);
    EXPECT_EQ(parser.takeRequest().body, "abcd");
}

TEST(LocalHttpRequestParserTest, KeepAliveFollowsTheVersionAndConnectionHeader)
{
    HttpRequestParser parser;
    parser.feed("GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n");
    EXPECT_FALSE(parser.keepAlive());
    HttpRequestParser old;
    old.feed("GET / HTTP/1.0\r\n\r\n");
    EXPECT_FALSE(old.keepAlive());
    HttpRequestParser modern;
    modern.feed("GET / HTTP/1.1\r\nHost: h\r\n\r\n");
    EXPECT_TRUE(modern.keepAlive());
}

TEST(LocalHttpRequestParserTest, RefusesWhatItCannotTrust)
{
    const QList<QPair<QByteArray, int>> cases = {
        {"GARBAGE\r\n\r\n", 400},
        {"GET / HTTP/1.1\r\n\r\n", 400}, // no Host
        {"GET / HTTP/2.0\r\nHost: h\r\n\r\n", 505},
        {"GET x HTTP/1.1\r\nHost: h\r\n\r\n", 400}, // not origin-form
        {"GET / HTTP/1.1\r\nHost: h\r\nContent-Length: -1\r\n\r\n", 400},
        {"GET / HTTP/1.1\r\nHost: h\r\nContent-Length: 12x\r\n\r\n", 400},
        {"GET / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n", 501},
        {"GET / HTTP/1.1\r\nHost: h\r\nExpect: magic\r\n\r\n", 417},
        {"GET / HTTP/1.1\r\nHost: h\r\n folded\r\n\r\n", 400},
        {"GET / HTTP/1.1\r\nHost: h\r\nbad header\r\n\r\n", 400},
    };
    for (const auto& [bytes, status] : cases) {
        HttpRequestParser parser;
        EXPECT_EQ(parser.feed(bytes), State::Error) << bytes.constData();
        EXPECT_EQ(parser.errorStatus(), status) << bytes.constData();
        EXPECT_FALSE(parser.keepAlive());
    }
}

TEST(LocalHttpRequestParserTest, BoundsHeaderAndBodySizes)
{
    HttpRequestParser small(10, 64);
    EXPECT_EQ(small.feed("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 11\r\n\r\n"), State::Error);
    EXPECT_EQ(small.errorStatus(), 413);
    HttpRequestParser headers(10, 64);
    EXPECT_EQ(headers.feed("GET / HTTP/1.1\r\nHost: " + QByteArray(100, 'h')), State::Error);
    EXPECT_EQ(headers.errorStatus(), 431);
}

} // namespace
} // namespace SageDesk::Local
