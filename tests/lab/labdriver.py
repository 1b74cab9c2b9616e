"""Drives a local JupyterLab like a person: sagedesk_lab.py on a free loopback port with a token, and
Debian's headless Chromium over the DevTools protocol (python3-websocket). Shared by the browser test
(tests/lab/lab_browser_test.py) and the benchmark (tests/bench/bench_lab.py). Debian's packages only.
"""

import itertools
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

import websocket  # python3-websocket (websocket-client)

SKIP = 77  # ctest's SKIP_RETURN_CODE for these scripts
PYTHON = "/usr/bin/python3"  # Debian's, where python3-jupyter-server and friends are


class Skip(Exception):
    pass


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def find_chromium():
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    raise Skip("chromium is not installed (apt-get install chromium)")


def check_lab_dir(lab_dir):
    if not os.path.isfile(os.path.join(lab_dir, "static", "bundle.js")):
        raise Skip(f"the JupyterLab front end is not built in {lab_dir} (target sagedesk_lab_frontend)")
    script = os.path.join(lab_dir, "sagedesk_lab.py")
    if not os.path.isfile(script):
        raise Skip(f"{script} is missing")
    return script


def wait_until(what, predicate, timeout, interval=0.1):
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(interval)


def _stop_group(process):
    """Ends a child started in its own session (server or browser) with its whole process group:
    SIGTERM, then SIGKILL after 10 s."""
    if process and process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


class LabServer:
    """sagedesk_lab.py for one instance: volume, data dir and token of its own, in a temp folder."""

    def __init__(self, lab_dir, workdir, base_url="/"):
        self.script = check_lab_dir(lab_dir)
        self.lab_dir = lab_dir
        self.token = secrets.token_hex(12)
        self.port = free_port()
        self.base_url = base_url
        self.volume = os.path.join(workdir, "volume")
        self.data = os.path.join(workdir, "instance")
        os.makedirs(self.volume, exist_ok=True)
        os.makedirs(self.data, exist_ok=True)
        self.log_path = os.path.join(workdir, "jupyter.log")
        self.process = None

    @property
    def root(self):
        return f"http://127.0.0.1:{self.port}{self.base_url}"

    def start(self, timeout=60):
        env = dict(os.environ)
        env["JUPYTER_TOKEN"] = self.token
        env["JUPYTER_RUNTIME_DIR"] = os.path.join(self.data, "jupyter-runtime")
        secret = self.cookie_secret_file = os.path.join(self.data, "cookie_secret")
        with open(secret, "w") as f:
            f.write(secrets.token_urlsafe(16) + "\n")
        os.chmod(secret, 0o600)
        command = [
            PYTHON, self.script, "--port", str(self.port), "--root-dir", self.volume,
            "--lab-dir", self.lab_dir, "--data-dir", self.data, "--base-url", self.base_url,
            "--cookie-secret-file", secret,
            "--log-level", os.environ.get("SAGEDESK_LAB_LOG_LEVEL", "INFO"),
        ]
        self.log = open(self.log_path, "ab")
        started = time.monotonic()
        self.process = subprocess.Popen(command, env=env, stdout=self.log, stderr=subprocess.STDOUT,
                                        start_new_session=True)
        wait_until("the server to answer /api", lambda: self._answers() or self._died(), timeout)
        if self.process.poll() is not None:
            raise AssertionError(f"the server exited ({self.process.returncode}):\n{self.tail()}")
        return time.monotonic() - started

    def _died(self):
        return self.process.poll() is not None

    def _answers(self):
        try:
            return self.get("api")[0] == 200
        except OSError:
            return False

    def get(self, path, token=True, follow=True):
        url = self.root + path
        if token:
            url += ("&" if "?" in url else "?") + "token=" + self.token
        opener = urllib.request.build_opener() if follow else urllib.request.build_opener(_NoRedirect)
        try:
            with opener.open(url, timeout=10) as response:
                return response.status, response.read(), response.headers
        except urllib.error.HTTPError as error:
            return error.code, error.read(), error.headers

    def tail(self, lines=40):
        try:
            with open(self.log_path, "rb") as f:
                return b"\n".join(f.read().splitlines()[-lines:]).decode("utf-8", "replace")
        except OSError:
            return ""

    def stop(self):
        _stop_group(self.process)
        if getattr(self, "log", None):
            self.log.close()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    """Headless Chromium with a profile of its own, driven over the DevTools protocol."""

    FLAGS = [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--remote-allow-origins=*", "--window-size=1400,900",
    ]

    def __init__(self, profile_dir):
        self.binary = find_chromium()
        self.profile = profile_dir
        self.process = None
        self.ws = None
        self.ids = itertools.count(1)
        self.events = []
        self.failed_requests = []
        self.exceptions = []
        self.console_errors = []
        self.requests = {}

    def start(self, timeout=60):
        os.makedirs(self.profile, exist_ok=True)
        port_file = os.path.join(self.profile, "DevToolsActivePort")
        if os.path.exists(port_file):
            os.remove(port_file)
        self.stderr = open(os.path.join(self.profile, "..", "chromium.log"), "ab")
        self.process = subprocess.Popen(
            [self.binary, *self.FLAGS, "--remote-debugging-port=0", f"--user-data-dir={self.profile}",
             "about:blank"],
            stdout=subprocess.DEVNULL, stderr=self.stderr, start_new_session=True)

        def port():
            try:
                with open(port_file) as f:
                    return int(f.readline().strip() or 0)
            except (OSError, ValueError):
                return 0

        devtools = wait_until("Chromium's DevTools port", port, timeout)

        def page():
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{devtools}/json/list", timeout=5) as r:
                    pages = [t for t in json.load(r) if t.get("type") == "page"]
                    return pages[0]["webSocketDebuggerUrl"] if pages else None
            except OSError:
                return None

        url = wait_until("a Chromium page", page, timeout)
        self.ws = websocket.create_connection(url, timeout=30, suppress_origin=True)
        for domain in ("Page", "Runtime", "Network", "Log"):
            self.call(f"{domain}.enable")

    def call(self, method, **params):
        ident = next(self.ids)
        self.ws.send(json.dumps({"id": ident, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == ident:
                if "error" in message:
                    raise AssertionError(f"{method}: {message['error']}")
                return message.get("result", {})
            self._event(message)

    def pump(self, seconds=0.0):
        """Reads the events that have arrived (failed requests, exceptions)."""
        self.ws.settimeout(max(seconds, 0.001))
        try:
            while True:
                self._event(json.loads(self.ws.recv()))
        except (websocket.WebSocketTimeoutException, TimeoutError):
            pass
        finally:
            self.ws.settimeout(30)

    def _event(self, message):
        method = message.get("method")
        params = message.get("params", {})
        if method == "Network.requestWillBeSent":
            self.requests[params["requestId"]] = params["request"]["url"]
        elif method == "Network.responseReceived":
            status = params["response"]["status"]
            if status >= 400:
                self.failed_requests.append(f"{status} {params['response']['url']}")
        elif method == "Network.loadingFailed":
            if not params.get("canceled") and params.get("errorText") != "net::ERR_ABORTED":
                url = self.requests.get(params["requestId"], "?")
                self.failed_requests.append(f"{params.get('errorText')} {url}")
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            args = params.get("args", [])
            self.console_errors.append(" ".join(str(a.get("value", a.get("description", ""))) for a in args)[:500])
        elif method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            text = details.get("exception", {}).get("description") or details.get("text")
            self.exceptions.append(str(text)[:500])

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True,
                           awaitPromise=True)
        if "exceptionDetails" in result:
            raise AssertionError(f"{expression}: {result['exceptionDetails']}")
        return result.get("result", {}).get("value")

    def wait_for(self, what, expression, timeout=60, interval=0.05):
        def check():
            self.pump(0)
            return self.evaluate(expression)
        return wait_until(what, check, timeout, interval)

    def navigate(self, url):
        self.call("Page.navigate", url=url)

    def click(self, expression, what):
        """A real mouse click (move, press, release) at the middle of the element."""
        rect = self.evaluate(f"(() => {{ const e = {expression}; if (!e) return null; e.scrollIntoView({{block: 'center'}});"
                             "const r = e.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()")
        assert rect, f"{what} not found"
        x, y = rect
        self.call("Input.dispatchMouseEvent", type="mouseMoved", x=x, y=y)
        for kind in ("mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)

    def insert_text(self, text):
        self.call("Input.insertText", text=text)

    def key(self, key, code=None, keycode=0, modifiers=0, text=None):
        base = {"key": key, "code": code or key, "windowsVirtualKeyCode": keycode,
                "nativeVirtualKeyCode": keycode, "modifiers": modifiers}
        down = dict(base, type="keyDown")
        if text is not None:
            down["text"] = text
        self.call("Input.dispatchKeyEvent", **down)
        self.call("Input.dispatchKeyEvent", **dict(base, type="keyUp"))

    def screenshot(self, path):
        data = self.call("Page.captureScreenshot", format="png")["data"]
        import base64
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))

    def stop(self):
        if self.ws:
            try:
                self.ws.close()
            except Exception:
                pass
        _stop_group(self.process)


# What the page shows, as JavaScript expressions.
LAUNCHER_READY = ("!!document.querySelector('.jp-Launcher .jp-LauncherCard') && "
                  "document.body.dataset.sagedeskLab === 'restored'")
ERROR_DIALOGS = ("Array.from(document.querySelectorAll('.jp-Dialog')).map(d => d.innerText.slice(0, 300))")


def launcher_card(category):
    return (f"document.querySelector('.jp-Launcher .jp-LauncherCard[data-category=\"{category}\"]')")


def tempdir(prefix):
    return tempfile.mkdtemp(prefix=prefix)


def log(message):
    print(message, flush=True)
    sys.stdout.flush()
