#pragma once

#include <QByteArray>
#include <QDate>

namespace SageDesk::Aws {

// The credential scope "20150830/us-east-1/sagemaker/aws4_request": a signing key is valid for
// exactly one of these.
struct SigV4Scope
{
    QDate date;
    QByteArray region;
    QByteArray service;

    QByteArray toByteArray() const;
    friend bool operator==(const SigV4Scope&, const SigV4Scope&) = default;
};

} // namespace SageDesk::Aws
