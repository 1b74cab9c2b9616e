#pragma once

#include "local/http/HttpRequest.h"

#include <QByteArray>

namespace SageDesk::Local {

// An incremental HTTP/1.1 request parser: bytes in, whole requests out. It never trusts the peer:
// header and body sizes are bounded, the work per byte is constant (a head that trickles in byte by
// byte is scanned once), framing that could be read two ways (two Content-Lengths, Content-Length
// with Transfer-Encoding, bare LF or CR line ends) is refused, and every malformed input ends in an
// error status rather than an exception or a crash (the fuzz target feeds it arbitrary bytes).
// Bodies come with Content-Length or chunked Transfer-Encoding; a body goes into the request, or
// piece by piece into the request's bodySink when the caller set one after the head.
class HttpRequestParser final
{
public:
    enum class State
    {
        NeedMore,     // feed more bytes
        HeadersDone,  // headers parsed, body pending; expectsContinue() tells whether to send 100
        RequestReady, // takeRequest()
        Error,        // errorStatus() says which HTTP status to answer before closing
    };

    static constexpr qsizetype kDefaultMaxHeaderBytes = 64 * 1024;
    static constexpr qsizetype kDefaultMaxBodyBytes = 16 * 1024 * 1024;
    static constexpr int kDefaultMaxHeaderLines = 200;

    explicit HttpRequestParser(qsizetype maxBodyBytes = kDefaultMaxBodyBytes,
                               qsizetype maxHeaderBytes = kDefaultMaxHeaderBytes,
                               int maxHeaderLines = kDefaultMaxHeaderLines);

    // With it, parsing stops after the head of a request that has a body, until releaseBody(): the
    // caller decides (authentication, where the body goes) before a body byte is read.
    void setStopAfterHead(bool stop) { m_stopAfterHead = stop; }
    // The request whose head is parsed (in HeadersDone); its bodySink may be set before releaseBody().
    HttpRequest& pendingRequest() { return m_request; }
    void releaseBody();

    // Appends bytes and parses as far as possible.
    State feed(const QByteArray& bytes);
    // Parses what is buffered (after takeRequest(), for pipelined requests).
    State parse();
    State state() const { return m_state; }

    bool expectsContinue() const { return m_expectsContinue; }
    bool keepAlive() const { return m_keepAlive; }
    int errorStatus() const { return m_errorStatus; }
    qsizetype bufferedBytes() const { return m_buffer.size() - m_pos; }
    // Bytes of a request head have arrived and its end has not.
    bool headInProgress() const { return !m_headDone && m_scanPos > m_pos; }
    // The parsed head announces a body (Content-Length > 0 or chunked).
    bool hasBody() const { return m_chunked || m_remaining > 0; }

    HttpRequest takeRequest();

private:
    enum class ChunkPart
    {
        Size,
        Data,
        DataEnd,
        Trailer,
    };

    State fail(int status);
    State parseHead();
    State parseHeadLines(qsizetype end);
    State parseBody();
    State parseChunked();
    // Takes the line ending in CRLF at m_pos (without the CRLF); false while incomplete, or with
    // `bad` set when it is too long or ends in a bare LF.
    bool takeLine(QByteArray& line, qsizetype maxLength, bool& bad);
    bool deliver(const char* data, qsizetype size);
    State finishBody();
    State abandonBody();

    qsizetype m_maxBodyBytes;
    qsizetype m_maxHeaderBytes;
    int m_maxHeaderLines;
    bool m_stopAfterHead = false;
    QByteArray m_buffer;
    qsizetype m_pos = 0;     // first unconsumed byte
    qsizetype m_scanPos = 0; // how far the current head has been scanned for its end
    int m_headLines = 0;
    HttpRequest m_request;
    State m_state = State::NeedMore;
    bool m_headDone = false;
    bool m_bodyHeld = false;
    bool m_expectsContinue = false;
    bool m_keepAlive = true;
    bool m_chunked = false;
    ChunkPart m_chunkPart = ChunkPart::Size;
    qsizetype m_trailerBytes = 0;
    qint64 m_remaining = 0; // of the Content-Length body, or of the current chunk
    qint64 m_bodyBytes = 0;
    int m_errorStatus = 0;
};

} // namespace SageDesk::Local
