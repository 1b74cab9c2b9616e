#include "local/http/HttpRequestParser.h"

#include "local/http/HttpBodySink.h"

#include <memory>

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
        {"GET / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip\r\n\r\n", 501},
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

namespace SageDesk::Local {
namespace {

class RecordingSink final : public HttpBodySink
{
public:
    bool write(const char* data, qsizetype size) override
    {
        received.append(data, size);
        return received.size() <= refuseAfter;
    }
    void finish() override { finished = true; }

    QByteArray received;
    qsizetype refuseAfter = 1 << 30;
    bool finished = false;
};

TEST(LocalHttpRequestParserTest, RefusesAmbiguousFramingAndBareLineEnds)
{
    const QList<QByteArray> cases = {
        "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\nx",
        "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n",
        "GET / HTTP/1.1\nHost: h\n\n",
        "GET / HTTP/1.1\r\nHost: h\nX: y\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: h\rX: y\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: h\r\nX: a\x01b\r\n\r\n",
    };
    for (const QByteArray& bytes : cases) {
        HttpRequestParser parser;
        EXPECT_EQ(parser.feed(bytes), State::Error) << bytes.constData();
        EXPECT_EQ(parser.errorStatus(), 400) << bytes.constData();
    }
}

TEST(LocalHttpRequestParserTest, SkipsStrayLineEndsHoweverTheReadsSplitThem)
{
    // Found by the fuzz target: a CR in one read and its LF in the next once began a head, and the
    // stream that parses whole was refused 400 when it came a byte at a time.
    const QByteArray stream =
        "\r\n\r\nGET /a HTTP/1.1\r\nHost: h\r\n\r\n\r\nGET /b HTTP/1.1\r\nHost: h\r\n\r\n";
    HttpRequestParser whole;
    ASSERT_EQ(whole.feed(stream), State::RequestReady);
    HttpRequestParser split;
    QList<QByteArray> paths;
    for (const char c : stream) {
        State state = split.feed(QByteArray(1, c));
        ASSERT_NE(state, State::Error) << "at byte " << paths.size();
        while (state == State::RequestReady) {
            paths.append(split.takeRequest().path);
            state = split.parse();
        }
    }
    EXPECT_EQ(paths, QList<QByteArray>({"/a", "/b"}));
    HttpRequestParser bareCr;
    EXPECT_EQ(bareCr.feed("\r"), State::NeedMore);
    EXPECT_EQ(bareCr.feed("GET / HTTP/1.1\r\nHost: h\r\n\r\n"), State::Error);
    EXPECT_EQ(bareCr.errorStatus(), 400);
}

TEST(LocalHttpRequestParserTest, DecodesChunkedBodies)
{
    HttpRequestParser parser;
    ASSERT_EQ(
        parser.feed("PUT /k HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n4;ext=1\r\nabcd\r\n"),
        State::HeadersDone);
    ASSERT_EQ(parser.feed("2\r\nef\r\n0\r\nx-trailer: t\r\n\r\nGET / HTTP/1.1\r\nHost: h\r\n\r\n"),
              State::RequestReady);
    EXPECT_EQ(parser.takeRequest().body, "abcdef");
    EXPECT_EQ(parser.parse(), State::RequestReady);
}

TEST(LocalHttpRequestParserTest, StopsAfterTheHeadAndStreamsIntoASink)
{
    HttpRequestParser parser(8); // the buffered limit does not apply to a streamed body
    parser.setStopAfterHead(true);
    ASSERT_EQ(parser.feed("PUT /k HTTP/1.1\r\nHost: h\r\nContent-Length: 20\r\n\r\n0123456789"),
              State::HeadersDone);
    auto sink = std::make_shared<RecordingSink>();
    EXPECT_TRUE(sink->received.isEmpty()); // nothing was read before the decision
    parser.pendingRequest().bodySink = sink;
    parser.releaseBody();
    EXPECT_EQ(parser.parse(), State::HeadersDone);
    EXPECT_EQ(parser.feed("abcdefghij"), State::RequestReady);
    EXPECT_EQ(sink->received, "0123456789abcdefghij");
    EXPECT_TRUE(sink->finished);
    EXPECT_TRUE(parser.takeRequest().body.isEmpty());
}

TEST(LocalHttpRequestParserTest, ARefusingSinkEndsTheRequestAndTheConnection)
{
    HttpRequestParser parser;
    parser.setStopAfterHead(true);
    ASSERT_EQ(parser.feed("PUT /k HTTP/1.1\r\nHost: h\r\nContent-Length: 100\r\n\r\n"), State::HeadersDone);
    auto sink = std::make_shared<RecordingSink>();
    sink->refuseAfter = 3;
    parser.pendingRequest().bodySink = sink;
    parser.releaseBody();
    EXPECT_EQ(parser.feed("0123456789"), State::RequestReady);
    EXPECT_FALSE(parser.keepAlive());
    EXPECT_FALSE(sink->finished);
}

// A head that trickles in one byte per read is scanned once: 60 KiB byte by byte finishes at once
// here, where a rescan from the start at every byte would take some 1.8 billion comparisons.
TEST(LocalHttpRequestParserTest, HeadParsingIsLinearInItsBytes)
{
    QByteArray head = "GET / HTTP/1.1\r\nHost: h\r\n";
    while (head.size() < 60 * 1024) {
        head += "X-Filler: " + QByteArray(100, 'f') + "\r\n";
    }
    head += "\r\n";
    HttpRequestParser counted(HttpRequestParser::kDefaultMaxBodyBytes, 64 * 1024, 1000);
    State state = State::NeedMore;
    for (const char c : std::as_const(head)) {
        state = counted.feed(QByteArray(1, c));
    }
    EXPECT_EQ(state, State::RequestReady);
}

} // namespace
} // namespace SageDesk::Local
