#pragma once

#include <QtGlobal>

namespace SageDesk::Local {

// Where the body of a request goes when it must not be held in memory (an S3 object upload): the
// connection hands it over piece by piece as it arrives, after HTTP's own transfer decoding.
class HttpBodySink
{
public:
    virtual ~HttpBodySink() = default;

    // False stops reading: the request is handed to its handler at once (which answers with what the
    // sink found wrong) and the connection closes after the answer.
    virtual bool write(const char* data, qsizetype size) = 0;
    // The whole body is in.
    virtual void finish() = 0;
};

} // namespace SageDesk::Local
