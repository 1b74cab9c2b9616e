#pragma once

#include "local/http/HttpRequest.h"

#include <QByteArray>

namespace SageDesk::Local {

// An incremental HTTP/1.1 request parser: bytes in, whole requests out. It never trusts the peer:
// header and body sizes are bounded, and every malformed input ends in an error status rather
// than an exception or a crash (the fuzz target feeds it arbitrary bytes).
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

    explicit HttpRequestParser(qsizetype maxBodyBytes = kDefaultMaxBodyBytes,
                               qsizetype maxHeaderBytes = kDefaultMaxHeaderBytes);

    // Appends bytes and parses as far as possible.
    State feed(const QByteArray& bytes);
    // Parses what is buffered (after takeRequest(), for pipelined requests).
    State parse();
    State state() const { return m_state; }

    bool expectsContinue() const { return m_expectsContinue; }
    bool keepAlive() const { return m_keepAlive; }
    int errorStatus() const { return m_errorStatus; }
    qsizetype bufferedBytes() const { return m_buffer.size(); }

    HttpRequest takeRequest();

private:
    State fail(int status);
    State parseHead();
    State parseBody();

    qsizetype m_maxBodyBytes;
    qsizetype m_maxHeaderBytes;
    QByteArray m_buffer;
    HttpRequest m_request;
    State m_state = State::NeedMore;
    bool m_headDone = false;
    bool m_expectsContinue = false;
    bool m_keepAlive = true;
    qsizetype m_contentLength = 0;
    int m_errorStatus = 0;
};

} // namespace SageDesk::Local
