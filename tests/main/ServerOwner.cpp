// A stand-in for a test process, for ServerProcessOwnerTest: starts a server through ServerProcess (a
// shell that says it is ready and becomes `sleep 600`), prints its pid and waits to be killed, as
// ctest's timeout kills a test.
#include "support/ServerProcess.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    SageDesk::Test::ServerProcess server(
        QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("echo ready; exec sleep 600")});
    if (!server.startAndWaitForOutput(QStringLiteral("ready"))) {
        std::fprintf(stderr, "%s\n", qPrintable(server.error()));
        return 1;
    }
    std::printf("%lld\n", static_cast<long long>(server.pid()));
    std::fflush(stdout);
    QThread::sleep(600);
    return 0;
}
