#include "local/http/HttpRequestParser.h"

namespace SageDesk::Local {

namespace {

bool isToken(const QByteArray& text)
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

} // namespace

HttpRequestParser::HttpRequestParser(qsizetype maxBodyBytes, qsizetype maxHeaderBytes)
    : m_maxBodyBytes(maxBodyBytes)
    , m_maxHeaderBytes(maxHeaderBytes)
{}

HttpRequestParser::State HttpRequestParser::feed(const QByteArray& bytes)
{
    if (m_state == State::Error) {
        return m_state;
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
    }
    return m_state = parseBody();
}

HttpRequestParser::State HttpRequestParser::fail(int status)
{
    m_errorStatus = status;
    m_keepAlive = false;
    m_buffer.clear();
    return m_state = State::Error;
}

HttpRequestParser::State HttpRequestParser::parseHead()
{
    // Tolerate the stray CRLFs some clients send between keep-alive requests (RFC 9112 2.2).
    while (m_buffer.startsWith("\r\n")) {
        m_buffer.remove(0, 2);
    }
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        return m_buffer.size() > m_maxHeaderBytes ? fail(431) : State::NeedMore;
    }
    if (end > m_maxHeaderBytes) {
        return fail(431);
    }
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    m_buffer.remove(0, end + 4);

    const QByteArray requestLine = lines.first().trimmed();
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
    if (!target.startsWith('/')) {
        return fail(400);
    }
    const qsizetype question = target.indexOf('?');
    m_request.path = question < 0 ? target : target.left(question);
    m_request.query = question < 0 ? QByteArray() : target.mid(question + 1);

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].endsWith('\r') ? lines[i].chopped(1) : lines[i];
        if (line.isEmpty() || line.startsWith(' ') || line.startsWith('\t')) {
            return fail(400); // obsolete line folding is refused, as RFC 9112 allows
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon))) {
            return fail(400);
        }
        m_request.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }

    const QByteArray connection = m_request.header("Connection").toLower();
    m_keepAlive = version == "HTTP/1.1" ? !connection.contains("close") : connection.contains("keep-alive");
    if (version == "HTTP/1.1" && !m_request.hasHeader("Host")) {
        return fail(400);
    }
    if (m_request.hasHeader("Transfer-Encoding")) {
        return fail(501); // no AWS client sends chunked requests to these operations
    }
    m_contentLength = 0;
    if (m_request.hasHeader("Content-Length")) {
        bool ok = false;
        const QByteArray text = m_request.header("Content-Length");
        m_contentLength = text.toLongLong(&ok);
        if (!ok || m_contentLength < 0 || text.startsWith('+')) {
            return fail(400);
        }
        if (m_contentLength > m_maxBodyBytes) {
            return fail(413);
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

HttpRequestParser::State HttpRequestParser::parseBody()
{
    if (m_buffer.size() < m_contentLength) {
        return State::HeadersDone;
    }
    m_request.body = m_buffer.left(m_contentLength);
    m_buffer.remove(0, m_contentLength);
    return State::RequestReady;
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest request = std::move(m_request);
    m_request = HttpRequest{};
    m_headDone = false;
    m_expectsContinue = false;
    m_contentLength = 0;
    m_state = State::NeedMore;
    return request;
}

} // namespace SageDesk::Local
