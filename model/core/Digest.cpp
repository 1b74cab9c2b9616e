#include "core/Digest.h"

#include <QCryptographicHash>

#include <optional>

// A Linux build links libcrypto when CMake found it; the MinGW check compiles with the Linux build's
// defines but cannot see /usr/include, so the header decides too.
#if defined(SAGEDESK_HAVE_OPENSSL) && __has_include(<openssl/evp.h>)
#define SAGEDESK_DIGEST_OPENSSL 1
#include <openssl/evp.h>
#endif

namespace SageDesk {

namespace {

QCryptographicHash::Algorithm qtOf(Digest::Algorithm algorithm)
{
    switch (algorithm) {
    case Digest::Algorithm::Md5:
        return QCryptographicHash::Md5;
    case Digest::Algorithm::Sha1:
        return QCryptographicHash::Sha1;
    case Digest::Algorithm::Sha256:
        return QCryptographicHash::Sha256;
    }
    return QCryptographicHash::Sha256;
}

#ifdef SAGEDESK_DIGEST_OPENSSL

const EVP_MD* evpOf(Digest::Algorithm algorithm)
{
    switch (algorithm) {
    case Digest::Algorithm::Md5:
        return EVP_md5();
    case Digest::Algorithm::Sha1:
        return EVP_sha1();
    case Digest::Algorithm::Sha256:
        return EVP_sha256();
    }
    return EVP_sha256();
}

#endif

} // namespace

#ifdef SAGEDESK_DIGEST_OPENSSL

// libcrypto may refuse an algorithm (MD5 under a FIPS configuration): Qt's takes over then.
struct Digest::State
{
    explicit State(Algorithm algorithm)
        : context(EVP_MD_CTX_new())
    {
        if (!context || EVP_DigestInit_ex(context, evpOf(algorithm), nullptr) != 1) {
            fallback.emplace(qtOf(algorithm));
        }
    }
    ~State() { EVP_MD_CTX_free(context); }
    Q_DISABLE_COPY_MOVE(State)

    void add(QByteArrayView data)
    {
        if (fallback) {
            fallback->addData(data);
        } else {
            EVP_DigestUpdate(context, data.data(), static_cast<size_t>(data.size()));
        }
    }
    void finish()
    {
        if (fallback) {
            value = fallback->result();
            return;
        }
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        EVP_DigestFinal_ex(context, digest, &length);
        value = QByteArray(reinterpret_cast<const char*>(digest), static_cast<qsizetype>(length));
    }

    EVP_MD_CTX* context;
    std::optional<QCryptographicHash> fallback;
    QByteArray value;
    bool finished = false;
};

#else

struct Digest::State
{
    explicit State(Algorithm algorithm)
        : hash(qtOf(algorithm))
    {}

    void add(QByteArrayView data) { hash.addData(data); }
    void finish() { value = hash.result(); }

    QCryptographicHash hash;
    QByteArray value;
    bool finished = false;
};

#endif

Digest::Digest(Algorithm algorithm)
    : m_state(std::make_unique<State>(algorithm))
{}

Digest::~Digest() = default;
Digest::Digest(Digest&&) noexcept = default;
Digest& Digest::operator=(Digest&&) noexcept = default;

void Digest::addData(QByteArrayView data)
{
    Q_ASSERT(!m_state->finished);
    m_state->add(data);
}

QByteArray Digest::result() const
{
    if (!m_state->finished) {
        m_state->finish();
        m_state->finished = true;
    }
    return m_state->value;
}

QByteArray Digest::hash(QByteArrayView data, Algorithm algorithm)
{
    Digest digest(algorithm);
    digest.addData(data);
    return digest.result();
}

QByteArray Digest::hmacSha256(QByteArrayView key, QByteArrayView message)
{
    constexpr qsizetype kBlock = 64;
    QByteArray block = key.size() > kBlock ? hash(key, Algorithm::Sha256) : key.toByteArray();
    block.resize(kBlock, '\0');
    QByteArray inner(kBlock, Qt::Uninitialized);
    QByteArray outer(kBlock, Qt::Uninitialized);
    for (qsizetype i = 0; i < kBlock; ++i) {
        inner[i] = static_cast<char>(block[i] ^ 0x36);
        outer[i] = static_cast<char>(block[i] ^ 0x5c);
    }
    Digest first(Algorithm::Sha256);
    first.addData(inner);
    first.addData(message);
    Digest second(Algorithm::Sha256);
    second.addData(outer);
    second.addData(first.result());
    return second.result();
}

} // namespace SageDesk
