#pragma once

// Builds raw HTTP/1.1 requests signed the way the AWS SDKs sign them (aws/SigV4.h), for the tests,
// the fuzz target and the benchmarks of sagedesk-local.
#include "aws/SigV4.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>

#include <optional>

namespace SageDesk::Test {

struct LocalSignedRequest
{
    QByteArray method = "POST";
    QByteArray path = "/";
    QByteArray query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // How it is signed, when not as the SDKs sign `service`: e.g. with a header left unsigned.
    std::optional<Aws::SigV4Options> options;
    // The payload hash signed instead of the body's (UNSIGNED-PAYLOAD, say).
    QByteArray payloadHash;

    // SageMaker JSON 1.1: POST / with X-Amz-Target.
    static LocalSignedRequest sageMaker(const QByteArray& operation, const QByteArray& json)
    {
        LocalSignedRequest request;
        request.headers = {{"Content-Type", "application/x-amz-json-1.1"},
                           {"X-Amz-Target", "SageMaker." + operation}};
        request.body = json;
        return request;
    }

    // Signed with `accessKeyId`/`secret` for `service` at `now`; `port` goes into the Host header.
    QByteArray wire(quint16 port, const QString& accessKeyId, const QString& secret,
                    const QByteArray& service, const QDateTime& now, const QString& sessionToken = {}) const
    {
        Aws::SignableRequest signable;
        signable.method = method;
        signable.path = path;
        signable.query = query;
        signable.headers.append({"Host", "127.0.0.1:" + QByteArray::number(port)});
        for (const auto& [name, value] : headers) {
            signable.headers.append({name, value});
        }
        signable.payloadHash = payloadHash.isEmpty() ? Aws::SigV4::sha256Hex(body) : payloadHash;
        Aws::Credentials credentials;
        credentials.accessKeyId = accessKeyId;
        credentials.secretAccessKey = secret;
        credentials.sessionToken = sessionToken;
        const Aws::SigV4Options signing = options           ? *options
                                          : service == "s3" ? Aws::SigV4Options::forS3()
                                                            : Aws::SigV4Options{};
        Aws::SigV4::signHeaders(signable, credentials, "us-east-1", service, now, signing);
        QByteArray out = method + ' ' + signable.target() + " HTTP/1.1\r\n";
        for (const auto& [name, value] : signable.headers) {
            out += name + ": " + value + "\r\n";
        }
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        return out;
    }
};

} // namespace SageDesk::Test
