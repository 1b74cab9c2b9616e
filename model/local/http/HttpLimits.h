#pragma once

#include <QtGlobal>

#include <chrono>

namespace SageDesk::Local {

// What one peer may cost the server. Any local user can connect to the loopback port, so none of
// these is left to the peer's good will.
struct HttpLimits
{
    // Open connections; at the cap a new one replaces the oldest connection that is idle or still
    // sending a request head, or is refused when every one is busy.
    int maxConnections = 256;
    // A request head must be complete within this time of its first byte (trickling bytes do not
    // extend it), so a slowloris peer is dropped.
    std::chrono::milliseconds headerTimeout = std::chrono::seconds(20);
    // Silence on a connection (keep-alive, or a body that stopped arriving) for this long closes it.
    std::chrono::milliseconds idleTimeout = std::chrono::minutes(2);
    qsizetype maxHeaderBytes = 64 * 1024;
    int maxHeaderLines = 200;
    // Bodies the handler reads from memory; streamed bodies (HttpBodySink) are bounded by their sink.
    qsizetype maxBufferedBodyBytes = 16 * 1024 * 1024;
    // Answer bytes queued but not yet taken by the peer. Beyond it the connection reads no further
    // pipelined request until the peer catches up, so a peer that never reads costs bounded memory.
    qsizetype maxPendingResponseBytes = 1024 * 1024;
    // Bytes read from the socket ahead of the parser; TCP flow control holds back the rest.
    qsizetype readBufferBytes = 256 * 1024;
};

} // namespace SageDesk::Local
