#pragma once

#include <QString>

#include <chrono>

namespace SageDesk::Local {

// Knobs that are fixed on AWS but that tests (and benchmarks) need to turn.
struct NotebookRuntimeOptions
{
    // AWS stops a lifecycle script after 5 minutes and fails the instance.
    std::chrono::milliseconds lifecycleTimeout = std::chrono::minutes(5);
    // After SIGTERM, how long Jupyter and its kernels get before SIGKILL.
    std::chrono::milliseconds stopGrace = std::chrono::milliseconds(1500);
    // How long Jupyter may take until /api answers before the instance fails.
    std::chrono::milliseconds jupyterStartTimeout = std::chrono::seconds(120);
    std::chrono::milliseconds readinessPollInterval = std::chrono::milliseconds(50);
    // Idle auto-stop: how often activity is checked, and how long one "minute" of the idle limit is.
    std::chrono::milliseconds idleCheckInterval = std::chrono::seconds(60);
    std::chrono::milliseconds idleMinute = std::chrono::minutes(1);
    // Empty: jupyter-notebook from PATH.
    QString jupyterProgram;
};

} // namespace SageDesk::Local
