#include "local/http/HttpRequestParser.h"

#include "local/http/HttpBodySink.h"

namespace SageDesk::Local {

namespace {

bool isToken(QByteArrayView text)
{
    if (text.isEmpty()) {
        return false;
    }
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 32 || u >= 127 || c == '(' || c == ')' || c == ',' || c == '/' || c == ':' || c == ';' ||
            c == '<' || c == '=' || c == '>' || c == '?' || c == '@' || c == '[' || c == '\\' || c == ']' ||
            c == '{' || c == '}' || c == '"') {
            return false;
        }
    }
    return true;
}

// Field values: visible characters, spaces, tabs and obs-text; no control characters (RFC 9110 5.5).
bool isFieldValue(QByteArrayView text)
{
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 32 && c != '\t') || u == 127) {
            return false;
        }
    }
    return true;
}

constexpr qsizetype kMaxChunkLine = 1024;
constexpr qsizetype kCompactAfter = 64 * 1024;

} // namespace

HttpRequestParser::HttpRequestParser(qsizetype maxBodyBytes, qsizetype maxHeaderBytes, int maxHeaderLines)
    : m_maxBodyBytes(maxBodyBytes)
    , m_maxHeaderBytes(maxHeaderBytes)
    , m_maxHeaderLines(maxHeaderLines)
{}

HttpRequestParser::State HttpRequestParser::feed(const QByteArray& bytes)
{
    if (m_state == State::Error) {
        return m_state;
    }
    if (m_pos >= m_buffer.size()) {
        m_scanPos -= m_pos;
        m_pos = 0;
        m_buffer.clear();
    } else if (m_pos > kCompactAfter) {
        m_buffer.remove(0, m_pos);
        m_scanPos -= m_pos;
        m_pos = 0;
    }
    m_buffer += bytes;
    return parse();
}

HttpRequestParser::State HttpRequestParser::parse()
{
    if (m_state == State::Error || m_state == State::RequestReady) {
        return m_state;
    }
    if (!m_headDone) {
        const State head = parseHead();
        if (head != State::HeadersDone) {
            return m_state = head;
        }
        if (m_stopAfterHead && hasBody()) {
            m_bodyHeld = true;
        } else if (!m_request.bodySink && m_remaining > m_maxBodyBytes) {
            return fail(413);
        }
    }
    if (m_bodyHeld) {
        return m_state = State::HeadersDone;
    }
    return m_state = parseBody();
}

void HttpRequestParser::releaseBody()
{
    if (!m_bodyHeld) {
        return;
    }
    m_bodyHeld = false;
    if (!m_request.bodySink && !m_chunked && m_remaining > m_maxBodyBytes) {
        fail(413);
    }
}

HttpRequestParser::State HttpRequestParser::fail(int status)
{
    m_errorStatus = status;
    m_keepAlive = false;
    m_buffer.clear();
    m_pos = 0;
    m_scanPos = 0;
    return m_state = State::Error;
}

HttpRequestParser::State HttpRequestParser::parseHead()
{
    // Tolerate the stray CRLFs some clients send between keep-alive requests (RFC 9112 2.2), however
    // the reads split them: a CR alone waits for its LF instead of starting a head.
    while (m_scanPos == m_pos && m_pos < m_buffer.size() && m_buffer[m_pos] == '\r') {
        if (m_buffer.size() - m_pos < 2) {
            return State::NeedMore;
        }
        if (m_buffer[m_pos + 1] != '\n') {
            break; // a bare CR: the scan below refuses it
        }
        m_pos += 2;
        m_scanPos = m_pos;
    }
    // One pass over each byte, resumed where the previous feed stopped.
    const char* data = m_buffer.constData();
    for (; m_scanPos < m_buffer.size(); ++m_scanPos) {
        if (m_scanPos - m_pos >= m_maxHeaderBytes) {
            return fail(431);
        }
        const char c = data[m_scanPos];
        const bool afterCr = m_scanPos > m_pos && data[m_scanPos - 1] == '\r';
        if (c != '\n') {
            if (afterCr) {
                return fail(400); // a bare CR
            }
            continue;
        }
        if (!afterCr) {
            return fail(400); // a bare LF: lines end in CRLF only (RFC 9112 2.2 allows refusing them)
        }
        if (m_scanPos - m_pos >= 3 && data[m_scanPos - 2] == '\n') {
            const qsizetype end = m_scanPos - 3;
            ++m_scanPos;
            return parseHeadLines(end);
        }
        if (++m_headLines > m_maxHeaderLines) {
            return fail(431);
        }
    }
    return State::NeedMore;
}

HttpRequestParser::State HttpRequestParser::parseHeadLines(qsizetype end)
{
    const QList<QByteArray> lines = m_buffer.mid(m_pos, end - m_pos).split('\n');
    m_pos = m_scanPos;
    m_headLines = 0;

    const QByteArray requestLine = lines.first().chopped(lines.size() > 1 ? 1 : 0);
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty()) {
        return fail(400);
    }
    const QByteArray& version = parts[2];
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        return fail(version.startsWith("HTTP/") ? 505 : 400);
    }
    m_request = HttpRequest{};
    m_request.method = parts[0];
    const QByteArray& target = parts[1];
    if (!target.startsWith('/') || !isFieldValue(target)) {
        return fail(400);
    }
    const qsizetype question = target.indexOf('?');
    m_request.path = question < 0 ? target : target.left(question);
    m_request.query = question < 0 ? QByteArray() : target.mid(question + 1);

    int contentLengths = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = i + 1 < lines.size() ? lines[i].chopped(1) : lines[i];
        if (line.isEmpty() || line.startsWith(' ') || line.startsWith('\t')) {
            return fail(400); // obsolete line folding is refused, as RFC 9112 allows
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon))) {
            return fail(400);
        }
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (!isFieldValue(value)) {
            return fail(400);
        }
        if (QByteArrayView(line).first(colon).compare("Content-Length", Qt::CaseInsensitive) == 0) {
            ++contentLengths;
        }
        m_request.headers.append({line.left(colon), value});
    }

    const QByteArray connection = m_request.header("Connection").toLower();
    m_keepAlive = version == "HTTP/1.1" ? !connection.contains("close") : connection.contains("keep-alive");
    if (version == "HTTP/1.1" && !m_request.hasHeader("Host")) {
        return fail(400);
    }
    // Two Content-Lengths, or one with Transfer-Encoding, could frame the body two ways: refused
    // (RFC 9112 6.3), so no proxy in front can be made to see another request than this server does.
    if (contentLengths > 1 || (contentLengths == 1 && m_request.hasHeader("Transfer-Encoding"))) {
        return fail(400);
    }
    m_chunked = false;
    m_remaining = 0;
    m_bodyBytes = 0;
    if (m_request.hasHeader("Transfer-Encoding")) {
        if (m_request.header("Transfer-Encoding").compare("chunked", Qt::CaseInsensitive) != 0) {
            return fail(501);
        }
        m_chunked = true;
        m_chunkPart = ChunkPart::Size;
        m_trailerBytes = 0;
    } else if (contentLengths == 1) {
        const QByteArray text = m_request.header("Content-Length");
        bool ok = false;
        m_remaining = text.toLongLong(&ok);
        if (!ok || m_remaining < 0 || text.startsWith('+') || text.startsWith('-')) {
            return fail(400);
        }
    }
    const QByteArray expect = m_request.header("Expect");
    if (!expect.isEmpty() && expect.compare("100-continue", Qt::CaseInsensitive) != 0) {
        return fail(417);
    }
    m_expectsContinue = !expect.isEmpty() && version == "HTTP/1.1";
    m_headDone = true;
    return State::HeadersDone;
}

bool HttpRequestParser::deliver(const char* data, qsizetype size)
{
    m_bodyBytes += size;
    if (m_request.bodySink) {
        return m_request.bodySink->write(data, size);
    }
    if (m_bodyBytes > m_maxBodyBytes) {
        return false;
    }
    m_request.body.append(data, size);
    return true;
}

HttpRequestParser::State HttpRequestParser::abandonBody()
{
    // The sink refused (its handler answers why); what is left of the body is not read, so the
    // connection cannot carry another request.
    m_keepAlive = false;
    m_buffer.clear();
    m_pos = m_scanPos = 0;
    return State::RequestReady;
}

HttpRequestParser::State HttpRequestParser::finishBody()
{
    if (m_request.bodySink) {
        m_request.bodySink->finish();
    }
    return State::RequestReady;
}

HttpRequestParser::State HttpRequestParser::parseBody()
{
    if (m_chunked) {
        return parseChunked();
    }
    const qint64 take = qMin<qint64>(m_remaining, m_buffer.size() - m_pos);
    if (take > 0) {
        if (!deliver(m_buffer.constData() + m_pos, take)) {
            return abandonBody();
        }
        m_pos += take;
        m_remaining -= take;
    }
    return m_remaining == 0 ? finishBody() : State::HeadersDone;
}

bool HttpRequestParser::takeLine(QByteArray& line, qsizetype maxLength, bool& bad)
{
    const qsizetype newline = m_buffer.indexOf('\n', m_pos);
    if (newline < 0) {
        bad = m_buffer.size() - m_pos > maxLength;
        return false;
    }
    if (newline - m_pos > maxLength || newline == m_pos || m_buffer[newline - 1] != '\r') {
        bad = true;
        return false;
    }
    line = m_buffer.mid(m_pos, newline - 1 - m_pos);
    m_pos = newline + 1;
    return true;
}

HttpRequestParser::State HttpRequestParser::parseChunked()
{
    while (true) {
        const qsizetype available = m_buffer.size() - m_pos;
        switch (m_chunkPart) {
        case ChunkPart::Size: {
            QByteArray line;
            bool bad = false;
            if (!takeLine(line, kMaxChunkLine, bad)) {
                return bad ? fail(400) : State::HeadersDone;
            }
            // The size, before any chunk extension (left(-1) would be empty, not the whole line).
            const qsizetype extension = line.indexOf(';');
            const QByteArray digits = (extension < 0 ? line : line.left(extension)).trimmed();
            bool ok = false;
            m_remaining = digits.toLongLong(&ok, 16);
            if (!ok || digits.isEmpty() || digits.size() > 15 || m_remaining < 0 || digits.startsWith('+') ||
                digits.startsWith('-') || digits.startsWith("0x") || digits.startsWith("0X")) {
                return fail(400);
            }
            m_chunkPart = m_remaining == 0 ? ChunkPart::Trailer : ChunkPart::Data;
            break;
        }
        case ChunkPart::Data: {
            const qint64 take = qMin<qint64>(m_remaining, available);
            if (take == 0) {
                return State::HeadersDone;
            }
            if (!deliver(m_buffer.constData() + m_pos, take)) {
                return m_request.bodySink ? abandonBody() : fail(413);
            }
            m_pos += take;
            m_remaining -= take;
            if (m_remaining == 0) {
                m_chunkPart = ChunkPart::DataEnd;
            }
            break;
        }
        case ChunkPart::DataEnd:
            if (available < 2) {
                return State::HeadersDone;
            }
            if (m_buffer[m_pos] != '\r' || m_buffer[m_pos + 1] != '\n') {
                return fail(400);
            }
            m_pos += 2;
            m_chunkPart = ChunkPart::Size;
            break;
        case ChunkPart::Trailer: {
            // Trailer fields of the HTTP framing are read and dropped; none of them is needed.
            QByteArray line;
            bool bad = false;
            const qsizetype before = m_pos;
            if (!takeLine(line, m_maxHeaderBytes, bad)) {
                return bad ? fail(400) : State::HeadersDone;
            }
            m_trailerBytes += m_pos - before;
            if (m_trailerBytes > m_maxHeaderBytes) {
                return fail(431);
            }
            if (line.isEmpty()) {
                return finishBody();
            }
            break;
        }
        }
    }
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest request = std::move(m_request);
    m_request = HttpRequest{};
    m_headDone = false;
    m_bodyHeld = false;
    m_expectsContinue = false;
    m_chunked = false;
    m_remaining = 0;
    m_bodyBytes = 0;
    m_scanPos = m_pos;
    m_state = State::NeedMore;
    return request;
}

} // namespace SageDesk::Local
