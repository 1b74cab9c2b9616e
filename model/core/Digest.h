#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace SageDesk {

// MD5, SHA-1 and SHA-256, fed piece by piece or given at once. With OpenSSL's libcrypto (when the
// build found it) they run on its assembly, which uses the CPU's SHA extensions: SHA-256 is about 9x
// faster than Qt 6.4's portable QCryptographicHash, which every S3 upload's payload hash goes through.
// Without libcrypto (MinGW, macOS without OpenSSL) QCryptographicHash does the same work.
class Digest final
{
public:
    enum class Algorithm
    {
        Md5,
        Sha1,
        Sha256,
    };

    explicit Digest(Algorithm algorithm);
    ~Digest();
    Digest(Digest&&) noexcept;
    Digest& operator=(Digest&&) noexcept;
    Q_DISABLE_COPY(Digest)

    void addData(QByteArrayView data);
    // The raw digest of everything added; once asked for, nothing more may be added.
    QByteArray result() const;

    static QByteArray hash(QByteArrayView data, Algorithm algorithm);
    // HMAC-SHA256 (RFC 2104), raw.
    static QByteArray hmacSha256(QByteArrayView key, QByteArrayView message);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace SageDesk
