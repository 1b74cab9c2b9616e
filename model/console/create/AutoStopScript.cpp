#include "console/create/AutoStopScript.h"

#include <QRegularExpression>

namespace SageDesk::AutoStopScript {

namespace {

// The idle rule of the watcher: Jupyter's /api/status "last_activity" moves with every request and
// kernel message except the status calls themselves, so it is the instance's last activity; a busy
// kernel (a long training cell) is never idle.
constexpr auto kWatcher = R"PY(#!/usr/bin/env python3
"""SageDesk auto-stop: stops this notebook instance when Jupyter has been idle for N minutes."""
import argparse
import datetime
import json
import os
import shutil
import ssl
import subprocess
import sys
import time
import urllib.request


def get(base, path):
    # The instance's own server with its self-signed certificate, on localhost only.
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    with urllib.request.urlopen(base + path, context=context, timeout=10) as reply:
        return json.load(reply)


def parse(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def last_activity(base):
    """The time of the last activity, or None while a kernel is busy."""
    latest = parse(get(base, "/api/status")["last_activity"])
    for kernel in get(base, "/api/kernels"):
        if kernel.get("execution_state") == "busy":
            return None
        if kernel.get("last_activity"):
            latest = max(latest, parse(kernel["last_activity"]))
    return latest


def stop(name, region):
    search = os.pathsep.join([os.environ.get("PATH", ""), "/usr/local/bin", "/usr/bin",
                              "/home/ec2-user/anaconda3/bin"])
    aws = shutil.which("aws", path=search) or "aws"
    subprocess.run([aws, "sagemaker", "stop-notebook-instance", "--notebook-instance-name", name,
                    "--region", region], check=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--name", required=True)
    parser.add_argument("--region", required=True)
    parser.add_argument("--minutes", type=int, required=True)
    parser.add_argument("--jupyter", default="https://localhost:8443")
    parser.add_argument("--interval", type=int, default=60)
    args = parser.parse_args()
    while True:
        try:
            since = last_activity(args.jupyter)
            now = datetime.datetime.now(datetime.timezone.utc)
            if since is not None and (now - since).total_seconds() >= args.minutes * 60:
                print(f"idle since {since.isoformat()}: stopping {args.name}", flush=True)
                stop(args.name, args.region)
                return 0
        except (OSError, ValueError, KeyError, subprocess.CalledProcessError) as error:
            # Jupyter still starting, or a refused call: try again at the next round.
            print(f"auto-stop: {error}", file=sys.stderr, flush=True)
        time.sleep(args.interval)


if __name__ == "__main__":
    sys.exit(main())
)PY";

QString shellQuote(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

QByteArray watcher()
{
    return QByteArray(kWatcher);
}

QByteArray section(const QString& notebookInstanceName, const QString& region, int minutes)
{
    QByteArray text;
    text += "# SageDesk: stop this instance after " + QByteArray::number(minutes) +
            " idle minutes (no internet access needed).\n";
    text += "mkdir -p /usr/local/sbin\n";
    text += "cat > /usr/local/sbin/sagedesk-autostop.py <<'SAGEDESK_AUTOSTOP'\n";
    text += watcher();
    text += "SAGEDESK_AUTOSTOP\n";
    text += "chmod 755 /usr/local/sbin/sagedesk-autostop.py\n";
    // In the background: a lifecycle script must return within five minutes.
    text += QStringLiteral("nohup setsid /usr/bin/python3 /usr/local/sbin/sagedesk-autostop.py --name %1 "
                           "--region %2 --minutes %3 >>/var/log/sagedesk-autostop.log 2>&1 </dev/null &\n")
                .arg(shellQuote(notebookInstanceName), shellQuote(region))
                .arg(minutes)
                .toUtf8();
    return text;
}

QByteArray onStart(const QByteArray& userScript, const QString& notebookInstanceName, const QString& region,
                   int minutes)
{
    const QByteArray own = section(notebookInstanceName, region, minutes);
    if (userScript.isEmpty()) {
        return "#!/bin/bash\n" + own;
    }
    static const QRegularExpression shell(QStringLiteral("^#!\\s*(/usr)?/bin/(env\\s+)?(bash|sh)\\b"));
    if (!shell.match(QString::fromUtf8(userScript.left(64))).hasMatch()) {
        return {};
    }
    const qsizetype lineEnd = userScript.indexOf('\n');
    if (lineEnd < 0) {
        return userScript + '\n' + own;
    }
    // First, so that an `exit` in the person's script cannot skip it.
    return userScript.left(lineEnd + 1) + own + userScript.mid(lineEnd + 1);
}

} // namespace SageDesk::AutoStopScript
