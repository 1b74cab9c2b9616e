#pragma once

namespace SageDesk::Cli {

class CliApplication;

// The handlers of the commands in CliCommands' table, one file per area. Each reads its
// invocation from `cli`, prints its result there and answers the exit code. Their messages keep
// the CliApplication translation context they were written in, so the shipped translations still
// apply.

namespace AccountCommands {
int whoami(CliApplication& cli);
} // namespace AccountCommands

namespace InstanceCommands {
int list(CliApplication& cli);
int describe(CliApplication& cli);
int create(CliApplication& cli);
int update(CliApplication& cli);
int start(CliApplication& cli);
int stop(CliApplication& cli);
int remove(CliApplication& cli);
int wait(CliApplication& cli);
int url(CliApplication& cli);
} // namespace InstanceCommands

namespace RoleCommands {
int list(CliApplication& cli);
int create(CliApplication& cli);
} // namespace RoleCommands

namespace LifecycleConfigCommands {
int list(CliApplication& cli);
int create(CliApplication& cli);
} // namespace LifecycleConfigCommands

namespace LogCommands {
int logs(CliApplication& cli);
} // namespace LogCommands

namespace BucketCommands {
int list(CliApplication& cli);
} // namespace BucketCommands

} // namespace SageDesk::Cli
