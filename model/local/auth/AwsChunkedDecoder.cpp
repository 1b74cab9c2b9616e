#include "local/auth/AwsChunkedDecoder.h"

#include "aws/SigV4.h"
#include "local/auth/ConstantTime.h"

namespace SageDesk::Local {

namespace {

constexpr qsizetype kMaxLine = 4096;
constexpr int kMaxTrailers = 16;

} // namespace

std::optional<AwsChunkedDecoder::Mode> AwsChunkedDecoder::modeFor(QByteArrayView contentSha256)
{
    if (contentSha256 == "STREAMING-AWS4-HMAC-SHA256-PAYLOAD") {
        return Mode::SignedChunks;
    }
    if (contentSha256 == "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER") {
        return Mode::SignedChunksWithTrailer;
    }
    if (contentSha256 == "STREAMING-UNSIGNED-PAYLOAD-TRAILER") {
        return Mode::UnsignedWithTrailer;
    }
    return std::nullopt;
}

QByteArray AwsChunkedDecoder::chunkSignature(const Signing& signing, QByteArrayView previousSignature,
                                             QByteArrayView chunkSha256Hex)
{
    const QByteArray toSign = "AWS4-HMAC-SHA256-PAYLOAD\n" + signing.amzDate + '\n' + signing.scope + '\n' +
                              previousSignature.toByteArray() + '\n' + Aws::SigV4::kEmptyPayloadHash + '\n' +
                              chunkSha256Hex.toByteArray();
    return Aws::SigV4::signature(signing.signingKey, toSign);
}

QByteArray AwsChunkedDecoder::trailerSignature(const Signing& signing, QByteArrayView previousSignature,
                                               QByteArrayView canonicalTrailers)
{
    const QByteArray toSign = "AWS4-HMAC-SHA256-TRAILER\n" + signing.amzDate + '\n' + signing.scope + '\n' +
                              previousSignature.toByteArray() + '\n' +
                              Aws::SigV4::sha256Hex(canonicalTrailers);
    return Aws::SigV4::signature(signing.signingKey, toSign);
}

AwsChunkedDecoder::AwsChunkedDecoder(Mode mode, Signing signing, Output output)
    : m_mode(mode)
    , m_signing(std::move(signing))
    , m_output(std::move(output))
    , m_previousSignature(m_signing.seedSignature)
{}

bool AwsChunkedDecoder::fail(Failure failure)
{
    if (m_failure == Failure::None) {
        m_failure = failure;
    }
    return false;
}

bool AwsChunkedDecoder::feed(const char* data, qsizetype size)
{
    const bool signedChunks = m_mode != Mode::UnsignedWithTrailer;
    qsizetype at = 0;
    while (at < size) {
        if (m_failure != Failure::None) {
            return false;
        }
        switch (m_part) {
        case Part::SizeLine:
        case Part::TrailerLine:
        case Part::DataEnd: {
            const char c = data[at++];
            m_line += c;
            if (m_line.size() > kMaxLine) {
                return fail(Failure::Malformed);
            }
            if (c != '\n') {
                break;
            }
            if (!m_line.endsWith("\r\n")) {
                return fail(Failure::Malformed);
            }
            const QByteArray line = m_line.chopped(2);
            m_line.clear();
            if (m_part == Part::DataEnd) {
                if (!line.isEmpty()) {
                    return fail(Failure::Malformed);
                }
                m_part = Part::SizeLine;
            } else if (m_part == Part::SizeLine ? !sizeLine(line) : !trailerLine(line)) {
                return false;
            }
            break;
        }
        case Part::Data: {
            const qsizetype take = static_cast<qsizetype>(qMin<qint64>(m_remaining, size - at));
            if (signedChunks) {
                m_chunkHash.addData(QByteArrayView(data + at, take));
            }
            if (!m_output(data + at, take)) {
                return fail(Failure::OutputRefused);
            }
            m_decoded += take;
            m_remaining -= take;
            at += take;
            if (m_remaining == 0 && !endChunk()) {
                return false;
            }
            break;
        }
        case Part::Done:
            return fail(Failure::Malformed); // bytes after the end
        }
    }
    return m_failure == Failure::None;
}

bool AwsChunkedDecoder::sizeLine(const QByteArray& line)
{
    const qsizetype semicolon = line.indexOf(';');
    const QByteArray digits = semicolon < 0 ? line : line.left(semicolon);
    bool ok = false;
    m_remaining = digits.toLongLong(&ok, 16);
    if (!ok || digits.isEmpty() || digits.size() > 15 || m_remaining < 0 || digits.startsWith('+') ||
        digits.startsWith('-')) {
        return fail(Failure::Malformed);
    }
    m_declaredSignature.clear();
    if (m_mode != Mode::UnsignedWithTrailer) {
        const QByteArray extension = semicolon < 0 ? QByteArray() : line.mid(semicolon + 1);
        if (!extension.startsWith("chunk-signature=")) {
            return fail(Failure::SignatureMismatch);
        }
        m_declaredSignature = extension.mid(16);
    }
    m_chunkHash = Digest(Digest::Algorithm::Sha256);
    m_lastChunk = m_remaining == 0;
    m_part = Part::Data;
    if (m_remaining == 0) {
        return endChunk();
    }
    return true;
}

bool AwsChunkedDecoder::endChunk()
{
    if (m_mode != Mode::UnsignedWithTrailer) {
        const QByteArray expected =
            chunkSignature(m_signing, m_previousSignature, m_chunkHash.result().toHex());
        if (!equalInConstantTime(expected, m_declaredSignature)) {
            return fail(Failure::SignatureMismatch);
        }
        m_previousSignature = expected;
    }
    // The last chunk has no data and no CRLF of its own: the trailer (or the empty line) follows.
    m_part = m_lastChunk ? Part::TrailerLine : Part::DataEnd;
    return true;
}

bool AwsChunkedDecoder::trailerLine(const QByteArray& line)
{
    if (line.isEmpty()) {
        if (m_mode == Mode::SignedChunksWithTrailer) {
            QByteArray canonical;
            for (const auto& [name, value] : std::as_const(m_trailers)) {
                canonical += name + ':' + value + '\n';
            }
            if (!equalInConstantTime(trailerSignature(m_signing, m_previousSignature, canonical),
                                     m_trailerSignature)) {
                return fail(Failure::SignatureMismatch);
            }
        }
        m_part = Part::Done;
        return true;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || m_trailers.size() >= kMaxTrailers) {
        return fail(Failure::Malformed);
    }
    const QByteArray name = line.left(colon).trimmed().toLower();
    const QByteArray value = line.mid(colon + 1).trimmed();
    if (name == "x-amz-trailer-signature") {
        m_trailerSignature = value;
    } else {
        m_trailers.append({name, value});
    }
    return true;
}

bool AwsChunkedDecoder::finish()
{
    if (m_failure != Failure::None) {
        return false;
    }
    return m_part == Part::Done ? true : fail(Failure::Malformed);
}

} // namespace SageDesk::Local
