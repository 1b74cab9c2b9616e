#!/usr/bin/python3
"""Figures of the local JupyterLab (issue 14). Prints them; never a timing assertion.

    bench_lab.py BUILD_DIR [--runs 5] [--skip-build] [--skip-browser] [--skip-start]

  * the JS build on a clean build folder: `npm ci` (packages from npm's cache: download aside) and
    rspack timed apart, with rspack's peak memory from /usr/bin/time -v;
  * the no-change rebuild: `cmake --build BUILD_DIR --target sagedesk_lab_frontend` when nothing changed;
  * server start (command -> /api answers) of sagedesk_lab.py against bare `jupyter-notebook`, and
    their ratio (the endpoint's Create -> InService is dominated by it);
  * /lab?token=... URL -> launcher rendered in headless Chromium with a warm profile: the median of
    --runs loads after one that warms the profile.
BUILD_DIR is the CMake build folder (e.g. build/release) whose lab/dist holds the built front end.
"""

import argparse
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
        shutil.copy(os.path.join(src, "src", "index.js"), os.path.join(js, "src"))
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


def group_cpu_seconds(pgid):
    """CPU seconds (user + system) used so far by the live processes of a process group."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid:  # fields[2] is the 5th field of stat: pgrp
            total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / ticks


def bench_browser(lab_dir, runs):
    work = tempfile.mkdtemp(prefix="sagedesk-lab-bench-")
    server = lab.LabServer(lab_dir, work)
    browser = lab.Browser(os.path.join(work, "profile"))
    try:
        server.start()
        browser.start()
        times, browser_cpu, server_cpu = [], [], []
        for run in range(runs + 1):
            browser.navigate("about:blank")
            time.sleep(0.3)
            cpu_before = (group_cpu_seconds(browser.process.pid), group_cpu_seconds(server.process.pid))
            started = time.monotonic()
            browser.navigate(f"{server.root}lab?token={server.token}")
            browser.wait_for("the launcher", lab.LAUNCHER_READY, timeout=120, interval=0.1)
            if run > 0:  # the first load warms the profile (HTTP cache of the bundle)
                times.append(time.monotonic() - started)
                browser_cpu.append(group_cpu_seconds(browser.process.pid) - cpu_before[0])
                server_cpu.append(group_cpu_seconds(server.process.pid) - cpu_before[1])
        print(f"/lab URL -> launcher, warm        {statistics.median(times):6.2f} s "
              f"(median of {runs}; {', '.join(f'{t:.2f}' for t in times)})")
        # What the load costs whatever else the machine runs (the wall time above includes waiting).
        print(f"  CPU per load: Chromium          {statistics.median(browser_cpu):6.2f} s, "
              f"server {statistics.median(server_cpu):.2f} s (medians; includes the polling driver's calls)")
    finally:
        browser.stop()
        server.stop()
        shutil.rmtree(work, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build_dir")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-build", action="store_true")
    parser.add_argument("--skip-start", action="store_true")
    parser.add_argument("--skip-browser", action="store_true")
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
            bench_browser(lab_dir, args.runs)
    except lab.Skip as why:
        print(f"SKIPPED: {why}")
        return lab.SKIP
    return 0


if __name__ == "__main__":
    sys.exit(main())
