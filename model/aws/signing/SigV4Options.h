#pragma once

#include <QByteArray>
#include <QList>

namespace SageDesk::Aws {

// The ways services differ in SigV4. The defaults are right for every service SageDesk calls except S3,
// which wants forS3().
struct SigV4Options
{
    // Remove "." and ".." segments and collapse repeated slashes in the canonical URI.
    bool normalizePath = true;
    // Percent-encode the already encoded wire path once more (every service but S3).
    bool doubleEncodePath = true;
    // Send x-amz-content-sha256 with the payload hash (S3 requires it) and sign it.
    bool addContentSha256Header = false;
    // When false, X-Amz-Security-Token is added after signing and so is not part of the signature
    // (the test suite's post-sts-header-after; some services need it).
    bool signSessionToken = true;
    // Headers that proxies or the network stack may change, so never signed (lower case).
    QList<QByteArray> unsignedHeaders{"user-agent", "expect", "x-amzn-trace-id", "authorization"};

    static SigV4Options forS3()
    {
        SigV4Options options;
        options.normalizePath = false;
        options.doubleEncodePath = false;
        options.addContentSha256Header = true;
        return options;
    }
};

} // namespace SageDesk::Aws
