#pragma once

#include "local/EndpointContext.h"
#include "local/http/HttpRequest.h"
#include "local/http/HttpResponse.h"

namespace SageDesk::Local {

// EC2 on its Query protocol (version 2016-11-15), for the wizard's network pickers:
// DescribeVpcs, DescribeSubnets, DescribeSecurityGroups and DescribeAvailabilityZones over the
// account's DefaultNetwork, with ids, filters and paging as EC2 reads them and EC2's XML and error
// shapes (<Response><Errors><Error>).
class Ec2Service final
{
public:
    explicit Ec2Service(const EndpointContext& context);
    Q_DISABLE_COPY_MOVE(Ec2Service)

    HttpResponse handle(const HttpRequest& request, const QByteArray& requestId) const;

private:
    const EndpointContext& m_context;
};

} // namespace SageDesk::Local
