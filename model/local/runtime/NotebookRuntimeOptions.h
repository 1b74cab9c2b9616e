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
    // Empty: the JupyterLab server (sagedesk_lab.py) when this build has it, else jupyter-notebook
    // from PATH. Set: this program, launched as jupyter-notebook is.
    QString jupyterProgram;
    // For tests: launch the classic jupyter-notebook even when the JupyterLab server is available.
    bool classicJupyterOnly = false;
};

} // namespace SageDesk::Local
