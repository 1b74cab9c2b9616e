#pragma once

// What the two modes of the fuzz target share (LocalRequestFuzz.cpp, LocalConnectionFuzz.cpp).
#include "local/LocalEndpoint.h"

#include <QByteArray>

namespace SageDesk::Fuzz {

// Aborts with `what` on stderr when `ok` is false: libFuzzer and the plain driver report the input.
void require(bool ok, const char* what);

// Starting instances would run lifecycle scripts taken from fuzz input: never sign those.
bool startsProcesses(const Local::HttpRequest& request);
// The request on the wire again, signed for `service` by the endpoint's own key, so that it gets past
// authentication (Authorization, X-Amz-Date, Host, Content-Length and the payload hash are replaced).
QByteArray resignedWire(const Local::HttpRequest& request, const Local::LocalEndpoint& endpoint,
                        const QByteArray& service);

// The connection mode: inputs that start with a byte below kConnectionModeLimit.
inline constexpr unsigned char kConnectionModeLimit = 0x10;
void fuzzConnection(Local::LocalEndpoint& endpoint, const QByteArray& input);

} // namespace SageDesk::Fuzz
