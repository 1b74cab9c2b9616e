#!/usr/bin/python3
"""Figures of the local JupyterLab (issue 14). Prints them; never a timing assertion.

    bench_lab.py BUILD_DIR [--runs 5] [--skip-build] [--skip-browser] [--skip-start] [--direct]

  * the JS build on a clean build folder: `npm ci` (packages from npm's cache: download aside) and
    rspack timed apart, with rspack's peak memory from /usr/bin/time -v;
  * the no-change rebuild: `cmake --build BUILD_DIR --target sagedesk_lab_frontend` when nothing changed;
  * server start (command -> /api answers) of sagedesk_lab.py against bare `jupyter-notebook`, and
    their ratio (the endpoint's Create -> InService is dominated by it);
  * presigned /lab URL -> launcher rendered in headless Chromium with a warm profile: the median of
    --runs loads after two that warm the profile (its HTTP cache; V8 writes its code cache of a script
    on the second load and reads it from the third), as for a person who opened the lab before. Each
    load gets a fresh presigned URL from a real sagedesk-local instance (BUILD_DIR/app/sagedesk-local
    and sagedesk-cli; fetched before the clock starts), so the endpoint's sign-in redirect counts.
    --direct (or a build without those programs) opens sagedesk_lab.py's /lab?token=... instead.
    Beside the wall time it prints where the time goes: the page's start-up marks (lab/src/index.js),
    the requests of a load with the slowest answers, and the CPU each process used. On this shared
    2-core machine the wall time grows with the load average (printed too); the CPU time much less.
BUILD_DIR is the CMake build folder (e.g. build/release) whose lab/dist holds the built front end.
"""

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(SOURCE, "tests", "lab"))
import labdriver as lab  # noqa: E402


def timed(command, cwd, env=None):
    """Runs command under /usr/bin/time -v; returns (seconds, peak RSS in MB, CPU seconds)."""
    started = time.monotonic()
    result = subprocess.run(["/usr/bin/time", "-v", *command], cwd=cwd, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    seconds = time.monotonic() - started
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stdout[-3000:]}")
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stdout)
    cpu = sum(float(m) for m in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", result.stdout))
    return seconds, (int(peak.group(1)) / 1024 if peak else float("nan")), cpu


def bench_build(build_dir):
    src = os.path.join(SOURCE, "lab")
    work = tempfile.mkdtemp(prefix="sagedesk-lab-bench-")
    try:
        js = os.path.join(work, "js")
        os.makedirs(os.path.join(js, "src"))
        os.makedirs(os.path.join(js, "templates"))
        for name in ("package.json", "package-lock.json", "rspack.config.js", "build.js"):
            shutil.copy(os.path.join(src, name), js)
        for name in ("index.js", "public-path.js"):
            shutil.copy(os.path.join(src, "src", name), os.path.join(js, "src"))
        shutil.copy(os.path.join(src, "templates", "index.html"), os.path.join(js, "templates"))
        npm_s, npm_mb, npm_cpu = timed(["npm", "ci", "--no-audit", "--no-fund", "--prefer-offline",
                                        "--loglevel=error"], js)
        print(f"clean JS build: npm ci            {npm_s:6.1f} s (CPU {npm_cpu:.1f} s, peak {npm_mb:.0f} MB;"
              " packages from npm's cache)")
        rspack_s, rspack_mb, rspack_cpu = timed(["node", "build.js", os.path.join(work, "dist")], js)
        print(f"clean JS build: rspack            {rspack_s:6.1f} s (CPU {rspack_cpu:.1f} s, peak {rspack_mb:.0f} MB)")
        print(f"clean JS build: total             {npm_s + rspack_s:6.1f} s")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    # No change: ninja finds every output newer than its inputs.
    subprocess.run(["cmake", "--build", build_dir, "--target", "sagedesk_lab_frontend"], check=True,
                   stdout=subprocess.DEVNULL)
    runs = []
    for _ in range(3):
        started = time.monotonic()
        subprocess.run(["cmake", "--build", build_dir, "--target", "sagedesk_lab_frontend"], check=True,
                       stdout=subprocess.DEVNULL)
        runs.append(time.monotonic() - started)
    print(f"no-change rebuild                 {statistics.median(runs):6.2f} s (median of 3)")


def bench_start(lab_dir, runs):
    """Seconds from the command to /api answering, for the lab server and bare jupyter-notebook."""
    def lab_start():
        work = tempfile.mkdtemp(prefix="sagedesk-lab-bench-")
        server = lab.LabServer(lab_dir, work)
        try:
            return server.start()
        finally:
            server.stop()
            shutil.rmtree(work, ignore_errors=True)

    def classic_start():
        program = shutil.which("jupyter-notebook")
        if not program:
            return None
        work = tempfile.mkdtemp(prefix="sagedesk-lab-bench-")
        port = lab.free_port()
        env = dict(os.environ, JUPYTER_TOKEN="bench", JUPYTER_RUNTIME_DIR=os.path.join(work, "rt"))
        started = time.monotonic()
        process = subprocess.Popen(
            [program, "--no-browser", "--NotebookApp.ip=127.0.0.1", f"--NotebookApp.port={port}",
             "--NotebookApp.port_retries=0", f"--NotebookApp.notebook_dir={work}", "--allow-root"],
            env=env, cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            import urllib.request

            def answers():
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/api?token=bench", timeout=5) as r:
                        return r.status == 200
                except OSError:
                    return process.poll() is not None
            lab.wait_until("jupyter-notebook", answers, 60)
            return time.monotonic() - started
        finally:
            os.killpg(process.pid, 15)
            process.wait()
            shutil.rmtree(work, ignore_errors=True)

    lab_runs, classic_runs = [], []
    for _ in range(runs):
        classic = classic_start()
        if classic is not None:
            classic_runs.append(classic)
        lab_runs.append(lab_start())
    lab_median = statistics.median(lab_runs)
    print(f"server start, sagedesk_lab.py     {lab_median:6.2f} s (median of {runs})")
    if classic_runs:
        classic_median = statistics.median(classic_runs)
        print(f"server start, jupyter-notebook    {classic_median:6.2f} s (median of {runs})")
        print(f"start ratio lab / classic         {lab_median / classic_median:6.2f}")


def group_cpu_seconds(pgid, renderers=None):
    """CPU seconds (user + system) of a process group: its live processes and the children they have
    reaped. With `renderers` (a dict), also each Chromium renderer's own CPU seconds by pid."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            if int(fields[2]) != pgid:  # fields[2] is the 5th field of stat: pgrp
                continue
            total += sum(int(v) for v in fields[11:15])  # utime, stime, cutime, cstime
            if renderers is not None:
                with open(f"/proc/{pid}/cmdline") as f:
                    if "--type=renderer" in f.read().replace("\0", " ").split():
                        renderers[pid] = (int(fields[11]) + int(fields[12])) / ticks
        except (OSError, IndexError, ValueError):
            continue
    return total / ticks


class LocalInstance:
    """A notebook instance of a real sagedesk-local, for presigned URLs: what a person clicks."""

    NAME = "bench-lab"

    def __init__(self, build_dir, workdir):
        self.local = os.path.join(build_dir, "app", "sagedesk-local")
        self.cli = os.path.join(build_dir, "app", "sagedesk-cli")
        self.data = os.path.join(workdir, "local")
        self.process = None
        self.env = None

    def available(self):
        return os.access(self.local, os.X_OK) and os.access(self.cli, os.X_OK)

    def run_cli(self, *args):
        result = subprocess.run([self.cli, *args], env=self.env, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True, timeout=300)
        if result.returncode != 0:
            raise SystemExit(f"sagedesk-cli {' '.join(args)} failed:\n{result.stdout[-2000:]}")
        return result.stdout.strip()

    def start(self):
        os.makedirs(self.data)
        self.log = open(os.path.join(self.data, "..", "sagedesk-local.log"), "ab")
        self.process = subprocess.Popen([self.local, "--data-dir", self.data, "--port", "0"],
                                        stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)
        printed = subprocess.run([self.local, "--data-dir", self.data, "--print-env"], check=True,
                                 stdout=subprocess.PIPE, text=True, timeout=120).stdout
        self.env = dict(os.environ)
        for line in printed.splitlines():
            match = re.match(r"export (AWS_\w+)=(.*)", line)
            if match:
                self.env[match.group(1)] = match.group(2)
        self.run_cli("create", self.NAME, "--instance-type", "ml.t3.medium", "--create-role", "any")
        self.run_cli("wait", self.NAME, "--until", "InService")

    def presigned_lab_url(self):
        """A fresh presigned URL (one use) with /lab before its query, as on AWS."""
        url = self.run_cli("--output", "text", "url", self.NAME)
        path, _, query = url.partition("?")
        return f"{path.rstrip('/')}/lab?{query}"

    def jupyter_pgid(self):
        """The process group of the instance's Jupyter server (sagedesk-local starts it in its own)."""
        for pid in os.listdir("/proc"):
            try:
                with open(f"/proc/{pid}/cmdline") as f:
                    command = f.read().split("\0")
                if any(self.data in part for part in command) and any("sagedesk_lab" in p for p in command):
                    return os.getpgid(int(pid))
            except (OSError, ValueError):
                continue
        raise SystemExit("the instance's Jupyter server (sagedesk_lab.py) was not found")

    def stop(self):
        lab._stop_group(self.process)
        if getattr(self, "log", None):
            self.log.close()


# Marks the page clock when the first launcher card is in the document (bench only).
LAUNCHER_MARK = ("new MutationObserver((changes, observer) => {"
                 " if (document.querySelector('.jp-Launcher .jp-LauncherCard')) {"
                 " performance.mark('launcher-card'); observer.disconnect(); } })"
                 ".observe(document, {childList: true, subtree: true});")

# What one load did, from the page's own performance timeline (page clock, ms).
LOAD_FIGURES = """JSON.stringify((() => {
  const navigation = performance.getEntriesByType('navigation')[0];
  const marks = Object.fromEntries(performance.getEntriesByType('mark')
      .map(m => [m.name.replace('sagedesk-lab:', ''), m.startTime]));
  const requests = performance.getEntriesByType('resource').map(r => ({
      path: new URL(r.name).pathname, start: r.startTime, took: r.responseEnd - r.startTime,
      cached: r.transferSize === 0 && r.decodedBodySize > 0}));
  // The sign-in redirect comes from another origin (the endpoint), so the page sees only when the
  // fetch of /lab itself began: fetchStart.
  return {signIn: navigation.fetchStart, page: navigation.responseEnd,
          marks, requests};
})())"""

WARM_LOADS = 2  # before the measured ones; see the docstring

PHASES = [("modules", "bundle read and its modules evaluated"), ("started", "plugins activated"),
          ("restored", "layout restored"), ("launcher-card", "launcher rendered")]


def bench_browser(build_dir, lab_dir, runs, direct):
    work = tempfile.mkdtemp(prefix="sagedesk-lab-bench-")
    instance = None if direct else LocalInstance(build_dir, work)
    if instance and not instance.available():
        print("  (no sagedesk-local in the build: opening sagedesk_lab.py's /lab?token=... directly)")
        instance = None
    server = lab.LabServer(lab_dir, work)
    browser = lab.Browser(os.path.join(work, "profile"))
    try:
        if instance:
            instance.start()
            server_pgid = instance.jupyter_pgid()
        else:
            server.start()
            server_pgid = server.process.pid
        browser.start()
        browser.call("Page.addScriptToEvaluateOnNewDocument", source=LAUNCHER_MARK)
        times, browser_cpu, renderer_cpu, server_cpu, loads = [], [], [], [], []
        for run in range(runs + WARM_LOADS):
            browser.navigate("about:blank")
            time.sleep(0.3)
            url = instance.presigned_lab_url() if instance else f"{server.root}lab?token={server.token}"
            renderers_before = {}
            cpu_before = (group_cpu_seconds(browser.process.pid, renderers_before),
                          group_cpu_seconds(server_pgid))
            started = time.monotonic()
            browser.navigate(url)
            browser.wait_for("the launcher", lab.LAUNCHER_READY, timeout=120, interval=0.1)
            elapsed = time.monotonic() - started
            renderers = {}
            cpu_after = (group_cpu_seconds(browser.process.pid, renderers), group_cpu_seconds(server_pgid))
            if run >= WARM_LOADS:
                times.append(elapsed)
                browser_cpu.append(cpu_after[0] - cpu_before[0])
                renderer_cpu.append(sum(v - renderers_before.get(k, 0) for k, v in renderers.items()))
                server_cpu.append(cpu_after[1] - cpu_before[1])
                loads.append(json.loads(browser.evaluate(LOAD_FIGURES)))
        what = "presigned /lab URL" if instance else "/lab?token= URL"
        print(f"{what} -> launcher, warm {statistics.median(times):6.2f} s "
              f"(median of {runs}; {', '.join(f'{t:.2f}' for t in times)}; "
              f"load average {os.getloadavg()[0]:.1f})")
        print_breakdown(loads)
        # What the load costs whatever else the machine runs (the wall time above includes waiting).
        print(f"  CPU per load: Chromium {statistics.median(browser_cpu):.2f} s (its renderer "
              f"{statistics.median(renderer_cpu):.2f} s), Jupyter server {statistics.median(server_cpu):.2f} s "
              "(medians; includes the polling driver's calls)")
    finally:
        browser.stop()
        if instance:
            instance.stop()
        server.stop()
        shutil.rmtree(work, ignore_errors=True)


def print_breakdown(loads):
    """The medians of the page's start-up phases and of its requests."""
    def median_of(values):
        values = [v for v in values if v is not None]
        return statistics.median(values) if values else float("nan")

    sign_in = median_of([load["signIn"] for load in loads])
    page = median_of([load["page"] for load in loads])
    print(f"  where it goes (page clock, medians): sign-in redirect done at {sign_in:.0f} ms, "
          f"/lab page in at {page:.0f} ms")
    previous = page
    for mark, meaning in PHASES:
        at = median_of([load["marks"].get(mark) for load in loads])
        print(f"    {meaning:40} at {at:6.0f} ms (+{at - previous:5.0f})")
        previous = at
    counts = [len(load["requests"]) for load in loads]
    cached = [sum(r["cached"] for r in load["requests"]) for load in loads]
    print(f"  requests per load: {median_of(counts):.0f}, {median_of(cached):.0f} of them from the HTTP cache; "
          "slowest answers (median ms):")
    took = {}
    for load in loads:
        for request in load["requests"]:
            if not request["cached"]:
                took.setdefault(request["path"], []).append(request["took"])
    slowest = sorted(took.items(), key=lambda item: -statistics.median(item[1]))[:5]
    print("    " + ", ".join(f"{path} {statistics.median(values):.0f}" for path, values in slowest))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build_dir")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-build", action="store_true")
    parser.add_argument("--skip-start", action="store_true")
    parser.add_argument("--skip-browser", action="store_true")
    parser.add_argument("--direct", action="store_true", help="/lab?token=... rather than a presigned URL")
    args = parser.parse_args()
    build_dir = os.path.abspath(args.build_dir)
    lab_dir = os.path.join(build_dir, "lab", "dist")
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    try:
        lab.check_lab_dir(lab_dir)
        if not args.skip_build:
            bench_build(build_dir)
        if not args.skip_start:
            bench_start(lab_dir, args.runs)
        if not args.skip_browser:
            lab.find_chromium()
            bench_browser(build_dir, lab_dir, args.runs, args.direct)
    except lab.Skip as why:
        print(f"SKIPPED: {why}")
        return lab.SKIP
    return 0


if __name__ == "__main__":
    sys.exit(main())
