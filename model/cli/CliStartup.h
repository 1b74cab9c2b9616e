#pragma once

#include <QProcessEnvironment>
#include <QStringList>

namespace SageDesk::Cli {

// The environment sagedesk-cli runs a command line with, as the start-up policy
// (discovery/StartupPolicy.h) decides it: unchanged when a profile, keys or an endpoint are configured
// or the line does not parse; with a running sagedesk-local's key, URL and region otherwise.
// `localDataDir` empty: sagedesk-local's default data directory.
QProcessEnvironment startupEnvironment(const QStringList& arguments, const QProcessEnvironment& environment,
                                       const QString& localDataDir = {});

} // namespace SageDesk::Cli
