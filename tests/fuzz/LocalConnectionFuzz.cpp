// The connection mode of the fuzz target: sagedesk-local's own per-connection HTTP code
// (local/http/HttpConnection: keep-alive, pipelining, the cap on queued answers, 100 Continue after the
// head router, body limits, framing errors) with the real endpoint's router and handler behind it, fed
// through an in-memory HttpTransport in reads split where the input says, to a peer that takes the
// answers at the pace the input says. No socket and no clock: fast and deterministic.
//
// Input: byte 0 flags (below 0x10, which selects this mode), byte 1 the peer's pace, byte 2 the cap,
// byte 3 the number of extra read splits (low 4 bits; with 0x10 a head deadline of 0 ms), then one
// byte per split (its place, in 256ths of the stream), then the bytes the peer sends.
// AKIAFUZZFUZZFUZZFUZZ in them becomes the endpoint's access key. SAGEDESK_FUZZ_TRACE=1 prints what
// was sent and answered.
//
// Checked after every input, each able to fail: everything written is a sequence of well-formed
// HTTP/1.1 answers (status line, one Content-Length that the body matches, one Connection header),
// nothing after an answer with `Connection: close`; the answers come in the order of the requests,
// each once, and the requests reach the handler in the order and with the framing an independent
// parse of the same bytes finds; a 100 Continue goes out only for the request just routed, when it
// sent `Expect: 100-continue`, the router (the access key and signature format check) let it pass and
// its Authorization is well-formed; no request head is read while more than the cap of answer bytes
// waits for the peer; a buffered body stays within its limit; while the connection stays open, every
// complete request is answered (none is stranded), and a dropped connection (the head deadline) cut
// no answer short. Crashes and leaks are ASan's.
#include "LocalFuzz.h"

#include "aws/SigV4.h"
#include "local/auth/ContainerCredentials.h"
#include "local/http/HttpConnection.h"
#include "local/http/HttpRequestParser.h"
#include "local/http/HttpTransport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QEvent>
#include <QPointer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <optional>
#include <tuple>

namespace SageDesk::Fuzz {

namespace {

using Local::HttpConnection;
using Local::HttpLimits;
using Local::HttpRequest;
using Local::HttpRequestParser;
using Local::HttpResponse;
using Local::HttpServer;
using Local::HttpTransport;
using Local::LocalEndpoint;

constexpr auto kKeyPlaceholder = "AKIAFUZZFUZZFUZZFUZZ";
constexpr auto kContinue = "HTTP/1.1 100 Continue\r\n\r\n";

enum Flag : unsigned char
{
    ResignRequests = 1,   // each complete request signed again by the endpoint's key
    DeferReplies = 2,     // the handler answers later, newest first, instead of at once
    BodiesFromDevice = 4, // answers' bodies sent from a device, as GetObject sends files
    PeerHangsUp = 8,      // the peer closes its end after the last byte, instead of the server dropping it
};

// What the peer and the checks see of one connection; outlives the connection and its transport.
struct Wire
{
    QByteArray input;    // sent by the peer, not yet read by the server
    QByteArray output;   // everything the server wrote
    qsizetype taken = 0; // of output, read by the peer
    bool aborted = false;
    bool disconnecting = false;
    int routedCount = 0;      // heads routed so far
    QList<int> routedAtWrite; // per byte offset of a write's start: routedCount then
    QList<qsizetype> writeOffsets;

    qint64 pending() const { return output.size() - taken; }
    bool ended() const { return aborted || disconnecting; }
};

class MemoryTransport final : public HttpTransport
{
public:
    explicit MemoryTransport(Wire& wire)
        : m_wire(wire)
    {}

    qint64 bytesAvailable() const override { return m_wire.input.size(); }
    QByteArray read(qint64 maxSize) override
    {
        const QByteArray out = m_wire.input.left(maxSize);
        m_wire.input.remove(0, out.size());
        return out;
    }
    void write(const QByteArray& bytes) override
    {
        require(!m_wire.ended(), "the connection wrote after it was ended");
        m_wire.writeOffsets.append(m_wire.output.size());
        m_wire.routedAtWrite.append(m_wire.routedCount);
        m_wire.output += bytes;
    }
    qint64 bytesToWrite() const override { return m_wire.pending(); }
    void abort() override { m_wire.aborted = true; }
    void disconnectFromHost() override { m_wire.disconnecting = true; }

    // The peer's side.
    void send(const QByteArray& bytes)
    {
        m_wire.input += bytes;
        emit readyRead();
    }
    bool take(qint64 bytes)
    {
        bytes = qMin(bytes, m_wire.pending());
        if (bytes <= 0 || m_wire.aborted) {
            return false;
        }
        m_wire.taken += bytes;
        emit bytesWritten();
        return true;
    }
    void hangUp() { emit disconnected(); }

private:
    Wire& m_wire;
};

struct Routed
{
    QByteArray method;
    QByteArray path;
    bool expectsContinue = false;
    bool authorizationWellFormed = false;
    bool accepted = false;
    bool continued = false;
};

struct Dispatched
{
    QByteArray method;
    QByteArray path;
    QByteArray query;
    int routed = -1;
    bool sink = false;
    bool answered = false;
};

// The methods and paths LocalEndpoint::handle serves without SigV4 (a token of their own instead).
bool servedWithoutSignature(const QByteArray& method, const QByteArray& path)
{
    return (path.startsWith("/notebook/") && (method == "GET" || method == "HEAD")) ||
           (path.startsWith(Local::ContainerCredentials::kPathPrefix) && method == "GET");
}

bool authorizationWellFormed(const HttpRequest& head)
{
    const auto authorization = Aws::SigV4::parseAuthorization(head.header("Authorization"));
    return authorization && authorization->signature.size() == 64 &&
           std::all_of(authorization->signature.cbegin(), authorization->signature.cend(),
                       [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

// The complete requests in `stream` as a parser of its own finds them, with where each ends.
struct Expected
{
    QList<HttpRequest> requests;
    QList<qsizetype> ends;
    HttpRequestParser::State state = HttpRequestParser::State::NeedMore;
    int errorStatus = 0;
};

Expected parseAll(const QByteArray& stream, const HttpLimits& limits)
{
    Expected expected;
    HttpRequestParser parser(limits.maxBufferedBodyBytes, limits.maxHeaderBytes, limits.maxHeaderLines);
    expected.state = parser.feed(stream);
    while (expected.state == HttpRequestParser::State::RequestReady) {
        const bool keepAlive = parser.keepAlive();
        expected.requests.append(parser.takeRequest());
        expected.ends.append(stream.size() - parser.bufferedBytes());
        if (!keepAlive) {
            break; // the server closes after answering it: nothing after it is read
        }
        expected.state = parser.parse();
    }
    expected.errorStatus = parser.errorStatus();
    return expected;
}

QByteArray resignedStream(const QByteArray& stream, const LocalEndpoint& endpoint, const HttpLimits& limits)
{
    const Expected expected = parseAll(stream, limits);
    QByteArray out;
    qsizetype begin = 0;
    for (qsizetype i = 0; i < expected.requests.size(); ++i) {
        const HttpRequest& request = expected.requests[i];
        const qsizetype end = expected.ends[i];
        if (request.path.startsWith("/notebook/") || startsProcesses(request)) {
            out += stream.mid(begin, end - begin);
        } else {
            const auto authorization = Aws::SigV4::parseAuthorization(request.header("Authorization"));
            const QByteArray service = authorization                       ? authorization->scope.service
                                       : request.hasHeader("X-Amz-Target") ? QByteArray("sagemaker")
                                                                           : QByteArray("s3");
            out += resignedWire(request, endpoint, service);
        }
        begin = end;
    }
    return out + stream.mid(begin);
}

struct Answer
{
    int status = 0;
    int request = -1; // X-Fuzz-Request: the dispatched request it answers
    int head = -1;    // X-Fuzz-Head: the routed head it refuses
    bool close = false;
    qsizetype offset = 0;
};

class ConnectionRun
{
public:
    ConnectionRun(LocalEndpoint& endpoint, const QByteArray& input)
        : m_endpoint(endpoint)
    {
        const auto byte = [&input](qsizetype i) {
            return i < input.size() ? static_cast<unsigned char>(input[i]) : 0;
        };
        m_flags = byte(0);
        m_pace = byte(1) * 8;
        m_limits.maxPendingResponseBytes = 64 + byte(2) * 16;
        m_limits.maxBufferedBodyBytes = 4096;
        m_limits.maxHeaderBytes = 2048;
        m_limits.maxHeaderLines = 32;
        // A head deadline of 0: a head split across reads is dropped at once, as a slowloris one is.
        if (byte(3) & 0x10) {
            m_limits.headerTimeout = std::chrono::milliseconds(0);
        }
        const int splits = byte(3) % 16;
        QList<int> places;
        for (int i = 0; i < splits; ++i) {
            places.append(byte(4 + i));
        }
        QByteArray stream = input.mid(qMin<qsizetype>(input.size(), 4 + splits));
        stream.replace(kKeyPlaceholder, endpoint.credentials().accessKeyId.toLatin1());
        if (m_flags & ResignRequests) {
            stream = resignedStream(stream, endpoint, m_limits);
        }
        m_stream = stream;
        std::sort(places.begin(), places.end());
        qsizetype begin = 0;
        for (const int place : places) {
            const qsizetype end = qMax(begin, stream.size() * place / 256);
            m_reads.append(stream.mid(begin, end - begin));
            begin = end;
        }
        m_reads.append(stream.mid(begin));
    }

    void run()
    {
        m_transport = new MemoryTransport(m_wire);
        m_connection = new HttpConnection(
            m_transport,
            [this](const HttpRequest& request, const HttpServer::Reply& reply) { handle(request, reply); },
            [this](HttpRequest& head) { return route(head); }, m_limits);
        m_connection->start();
        for (const QByteArray& read : std::as_const(m_reads)) {
            if (m_connection) {
                m_transport->send(read);
            }
            settle(false);
        }
        settle(true);
        if (qEnvironmentVariableIsSet("SAGEDESK_FUZZ_TRACE")) {
            std::fprintf(stderr, "--- sent\n%s\n--- answered\n%s\n", m_stream.constData(),
                         m_wire.output.constData());
        }
        check();
        if (m_flags & PeerHangsUp && m_connection) {
            m_transport->hangUp();
        } else {
            delete m_connection.data();
        }
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        require(!m_connection, "the connection outlived its peer");
        // Answers that come after the connection went away are dropped.
        while (!m_deferred.isEmpty()) {
            const auto [reply, response] = m_deferred.takeLast();
            reply(response);
        }
        QCoreApplication::processEvents();
    }

private:
    std::optional<HttpResponse> route(HttpRequest& head)
    {
        require(m_wire.pending() <= m_limits.maxPendingResponseBytes,
                "a request head was read while more than the cap of answers waited for the peer");
        Routed routed;
        routed.method = head.method;
        routed.path = head.path;
        routed.expectsContinue = head.header("Expect").compare("100-continue", Qt::CaseInsensitive) == 0;
        routed.authorizationWellFormed =
            servedWithoutSignature(head.method, head.path) || authorizationWellFormed(head);
        std::optional<HttpResponse> refusal = m_endpoint.routeHead(head);
        routed.accepted = !refusal;
        m_routed.append(routed);
        m_wire.routedCount = static_cast<int>(m_routed.size());
        if (refusal) {
            refusal->setHeader("X-Fuzz-Head", QByteArray::number(m_routed.size() - 1));
        }
        return refusal;
    }

    void handle(const HttpRequest& request, const HttpServer::Reply& reply)
    {
        Dispatched dispatched{request.method, request.path, request.query};
        dispatched.sink = request.bodySink != nullptr;
        if (m_consumedRoutes < m_routed.size()) {
            dispatched.routed = static_cast<int>(m_routed.size()) - 1;
            m_consumedRoutes = m_routed.size();
            const Routed& routed = m_routed.last();
            require(routed.accepted && routed.method == request.method && routed.path == request.path,
                    "a request reached the handler that is not the head the router let pass");
        } else {
            require(m_wire.pending() <= m_limits.maxPendingResponseBytes,
                    "a request was read while more than the cap of answers waited for the peer");
        }
        require(dispatched.sink || request.body.size() <= m_limits.maxBufferedBodyBytes,
                "a buffered body exceeds its limit");
        int contentLengths = 0;
        for (const auto& [name, value] : request.headers) {
            contentLengths += name.compare("Content-Length", Qt::CaseInsensitive) == 0 ? 1 : 0;
            require(!name.contains('\r') && !name.contains('\n') && !value.contains('\r') &&
                        !value.contains('\n'),
                    "a header holds a line end");
        }
        require(contentLengths <= 1, "a request with two Content-Lengths reached the handler");
        const int index = static_cast<int>(m_dispatched.size());
        m_dispatched.append(dispatched);

        std::optional<HttpResponse> answer;
        m_endpoint.handle(request, [&answer](const HttpResponse& response) {
            require(!answer, "the endpoint answered twice");
            answer = response;
        });
        require(answer.has_value(), "the endpoint did not answer");
        answer->setHeader("X-Fuzz-Request", QByteArray::number(index));
        if (m_flags & BodiesFromDevice && !answer->bodyDevice && !answer->body.isEmpty()) {
            auto device = std::make_shared<QBuffer>();
            device->setData(answer->body);
            device->open(QIODevice::ReadOnly);
            answer->bodyLength = answer->body.size();
            answer->body.clear();
            answer->bodyDevice = device;
        }
        if (m_flags & DeferReplies) {
            m_deferred.append({reply, *answer});
        } else {
            reply(*answer);
        }
    }

    // Runs the event loop, the deferred answers and the peer's reading until nothing moves.
    void settle(bool inputDone)
    {
        for (int round = 0; round < 100000; ++round) {
            QCoreApplication::processEvents();
            const auto before =
                std::make_tuple(m_wire.output.size(), m_wire.taken, m_wire.input.size(), m_deferred.size(),
                                m_dispatched.size(), m_connection.isNull());
            if (!m_deferred.isEmpty()) {
                const auto [reply, response] = m_deferred.takeLast();
                reply(response);
            }
            if (m_connection && (m_pace > 0 || inputDone)) {
                m_transport->take(m_pace > 0 ? m_pace : m_wire.pending());
            }
            QCoreApplication::processEvents();
            const auto after = std::make_tuple(m_wire.output.size(), m_wire.taken, m_wire.input.size(),
                                               m_deferred.size(), m_dispatched.size(), m_connection.isNull());
            if (before == after) {
                return;
            }
        }
        require(false, "the connection never settles");
    }

    int routedAt(qsizetype offset) const
    {
        const auto write = std::upper_bound(m_wire.writeOffsets.cbegin(), m_wire.writeOffsets.cend(), offset);
        return m_wire.routedAtWrite.at(std::distance(m_wire.writeOffsets.cbegin(), write) - 1);
    }

    // Takes apart what the server wrote; every answer must be whole and well-formed.
    QList<Answer> answers()
    {
        QList<Answer> out;
        const QByteArray& bytes = m_wire.output;
        qsizetype pos = 0;
        int pendingContinue = -1;
        while (pos < bytes.size()) {
            const qsizetype headEnd = bytes.indexOf("\r\n\r\n", pos);
            require(headEnd >= 0, "an answer's head is cut off");
            const QList<QByteArray> lines = bytes.mid(pos, headEnd - pos).split('\n');
            Answer answer;
            answer.offset = pos;
            const QByteArray statusLine = lines.first().chopped(lines.size() > 1 ? 1 : 0);
            require(statusLine.startsWith("HTTP/1.1 ") && statusLine.size() > 13 && statusLine[12] == ' ',
                    "an answer does not start with an HTTP/1.1 status line");
            bool ok = false;
            answer.status = statusLine.mid(9, 3).toInt(&ok);
            require(ok && answer.status >= 100 && answer.status <= 599, "an answer's status is not a number");
            require(statusLine.mid(13) == HttpResponse::reasonPhrase(answer.status),
                    "an answer's reason phrase is wrong");
            if (answer.status == 100) {
                require(bytes.mid(pos, headEnd + 4 - pos) == kContinue, "a 100 Continue has headers");
                const int routed = routedAt(pos);
                require(routed > 0, "a 100 Continue before any head was routed");
                Routed& head = m_routed[routed - 1];
                require(head.expectsContinue, "a 100 Continue for a request without Expect: 100-continue");
                require(head.accepted, "a 100 Continue for a request the router refused");
                require(head.authorizationWellFormed,
                        "a 100 Continue for a request without a well-formed signature");
                require(!head.continued, "two 100 Continues for one request");
                head.continued = true;
                pendingContinue = routed - 1;
                pos = headEnd + 4;
                continue;
            }
            qint64 contentLength = -1;
            int connections = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = i + 1 < lines.size() ? lines[i].chopped(1) : lines[i];
                require(i + 1 == lines.size() || lines[i].endsWith('\r'),
                        "an answer's header line has a bare LF");
                const qsizetype colon = line.indexOf(": ");
                require(colon > 0, "an answer's header line has no name");
                const QByteArray name = line.left(colon).toLower();
                const QByteArray value = line.mid(colon + 2);
                require(!value.contains('\r'), "an answer's header holds a bare CR");
                if (name == "content-length") {
                    require(contentLength < 0, "an answer has two Content-Lengths");
                    contentLength = value.toLongLong(&ok);
                    require(ok && contentLength >= 0, "an answer's Content-Length is not a number");
                } else if (name == "connection") {
                    ++connections;
                    require(value == "keep-alive" || value == "close", "an answer's Connection is neither");
                    answer.close = value == "close";
                } else if (name == "x-fuzz-request") {
                    answer.request = value.toInt();
                } else if (name == "x-fuzz-head") {
                    answer.head = value.toInt();
                }
            }
            require(contentLength >= 0, "an answer has no Content-Length");
            require(connections == 1, "an answer has no Connection header, or two");
            bool headOnly = false;
            if (answer.request >= 0) {
                require(answer.request < m_dispatched.size(), "an answer to a request never dispatched");
                headOnly = m_dispatched[answer.request].method == "HEAD";
                require(pendingContinue < 0 || m_dispatched[answer.request].routed == pendingContinue,
                        "the answer after a 100 Continue is not the continued request's");
            } else if (answer.head >= 0) {
                require(answer.head < m_routed.size() && !m_routed[answer.head].accepted,
                        "a refusal of a head the router let pass");
                headOnly = m_routed[answer.head].method == "HEAD";
                require(pendingContinue < 0, "a refusal after a 100 Continue");
            }
            pendingContinue = -1;
            const qsizetype bodyBytes = headOnly ? 0 : contentLength;
            require(bytes.size() - (headEnd + 4) >= bodyBytes || (m_flags & PeerHangsUp),
                    "an answer's body is shorter than its Content-Length");
            pos = headEnd + 4 + bodyBytes;
            out.append(answer);
            if (answer.close) {
                require(pos == bytes.size(), "the connection wrote after an answer with Connection: close");
            }
        }
        return out;
    }

    void check()
    {
        const QList<Answer> written = answers();
        // The answers in the order of the requests, each once.
        int next = 0;
        bool ownAnswer = false;
        for (const Answer& answer : written) {
            if (answer.request >= 0) {
                require(answer.request == next, "answers out of the order of their requests");
                m_dispatched[next++].answered = true;
            } else {
                require(answer.close, "the connection's own answer leaves the connection open");
                ownAnswer = true;
            }
        }
        require(next == m_dispatched.size(), "a dispatched request was never answered");
        require(written.isEmpty() || !written.last().close || m_wire.ended(),
                "the connection stays open after an answer with Connection: close");

        // The requests in the order and framing an independent parse finds, until a streamed body.
        const Expected expected = parseAll(m_stream, m_limits);
        bool sinks = false;
        for (qsizetype i = 0; i < m_dispatched.size(); ++i) {
            const Dispatched& dispatched = m_dispatched[i];
            if (sinks) {
                break;
            }
            require(i < expected.requests.size(), "the handler got a request the stream does not hold");
            const HttpRequest& request = expected.requests[i];
            require(dispatched.method == request.method && dispatched.path == request.path &&
                        dispatched.query == request.query,
                    "the handler got the requests out of order, or other ones");
            sinks = dispatched.sink;
        }
        if (sinks) {
            return;
        }
        const bool refused =
            std::any_of(m_routed.cbegin(), m_routed.cend(), [](const Routed& r) { return !r.accepted; });
        if (!m_wire.ended()) {
            // Still open: every complete request was answered, and no framing error was left unanswered.
            require(m_dispatched.size() == expected.requests.size(),
                    "a complete request was left unanswered");
            require(expected.state != HttpRequestParser::State::Error, "a framing error was not answered");
        } else if (ownAnswer && !refused && !written.isEmpty() && written.last().request < 0 &&
                   written.last().head < 0) {
            require(expected.state == HttpRequestParser::State::Error &&
                        written.last().status == expected.errorStatus &&
                        m_dispatched.size() == expected.requests.size(),
                    "the connection's error answer is not the one the stream calls for");
        }
    }

    LocalEndpoint& m_endpoint;
    unsigned char m_flags = 0;
    qint64 m_pace = 0;
    HttpLimits m_limits;
    QByteArray m_stream;
    QList<QByteArray> m_reads;
    Wire m_wire;
    MemoryTransport* m_transport = nullptr;
    QPointer<HttpConnection> m_connection;
    QList<Routed> m_routed;
    qsizetype m_consumedRoutes = 0;
    QList<Dispatched> m_dispatched;
    QList<std::pair<HttpServer::Reply, HttpResponse>> m_deferred;
};

} // namespace

void fuzzConnection(LocalEndpoint& endpoint, const QByteArray& input)
{
    ConnectionRun(endpoint, input).run();
}

} // namespace SageDesk::Fuzz
