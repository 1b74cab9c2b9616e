#!/usr/bin/python3
"""JupyterLab on a local instance, in a real browser engine (issue 14, "It works, not just loads").

    lab_browser_test.py LAB_DIR [--base-url /x/] [--keep]

Starts sagedesk_lab.py on a free loopback port with a token against the built front end in LAB_DIR,
then in headless Chromium: opens /lab?token=... as the presigned URL does, waits for the launcher,
creates a notebook, runs print(6*7) and reads 42 from the page; checks that the file browser lists
the volume and its s3/<bucket> link (and the bucket's file inside); opens a terminal, which starts in
the volume and echoes. Throughout, no request may fail (4xx/5xx) and no error dialog may show.
Also checks over HTTP: /api, /tree and /lab answer with the token, /lab without it goes to /login.
Exits 77 (skipped) only when chromium or the built front end is absent, saying why.
"""

import argparse
import hashlib
import hmac
import json
import secrets
import os
import shutil
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import labdriver as lab  # noqa: E402


def check_http(server):
    status, body, _ = server.get("api")
    assert status == 200 and b'"version"' in body, f"/api answered {status} {body[:200]!r}"
    status, body, _ = server.get("tree")
    assert status == 200 and (b"notebook_list" in body or b"Notebook" in body), f"/tree answered {status}"
    status, body, _ = server.get("lab")
    assert status == 200 and b"jupyter-config-data" in body, f"/lab answered {status}"
    status, _, headers = server.get("lab", token=False, follow=False)
    assert status == 302 and "/login" in headers.get("Location", ""), \
        f"/lab without the token answered {status} {headers.get('Location')}"
    status, _, _ = server.get("lab/api/settings", token=False)
    assert status == 403, f"/lab/api/settings without the token answered {status}"
    status, body, _ = server.get("api/me")
    assert status == 200 and b"identity" in body, f"/api/me answered {status}"
    status, body, _ = server.get("lab/api/licenses/")
    assert status == 200 and body.count(b'"name"') > 50, f"/lab/api/licenses/ lists too little ({status})"
    # ?ids_only=true (asked right after start-up) answers every plugin's id and nothing else.
    status, body, _ = server.get("lab/api/settings")
    full = json.loads(body)["settings"]
    status, body, _ = server.get("lab/api/settings?ids_only=true")
    ids = json.loads(body)["settings"]
    assert status == 200 and [p["id"] for p in ids] == [p["id"] for p in full] and len(ids) > 50, \
        f"/lab/api/settings?ids_only=true answered {status} with {len(ids)} ids for {len(full)} plugins"
    assert all(set(p) == {"id"} for p in ids), f"ids_only answered more than ids: {body[:200]!r}"
    # An unknown /lab/... page says "not found" once; the next /lab must not (jupyterlab_server 2.16).
    server.get("lab/no-such-page")
    status, body, _ = server.get("lab")
    assert b"notFoundUrl" not in body, "/lab still carries notFoundUrl after an unknown /lab/... page"
    # The endpoint's presigned URL signs in with a login cookie signed by the instance's cookie secret.
    from tornado.web import create_signed_value
    import urllib.request
    # As Jupyter derives it (and the endpoint's JupyterLoginCookie::signingKey): HMAC-SHA256 of the
    # (empty) password under the cookie secret file's bytes.
    with open(server.cookie_secret_file, "rb") as f:
        secret = hmac.new(f.read(), b"", hashlib.sha256).digest()
    name = f"username-127-0-0-1-{server.port}"
    value = create_signed_value(secret, name, secrets.token_hex(4)).decode()
    request = urllib.request.Request(server.root + "lab", headers={"Cookie": f'{name}="{value}"'})
    with urllib.request.build_opener(lab._NoRedirect).open(request, timeout=10) as response:
        assert response.status == 200, f"/lab with a signed login cookie answered {response.status}"
    lab.log("ok  HTTP: /api, /tree, /lab, /api/me, licenses, settings ids; /lab without token -> /login; "
            "signed login cookie -> /lab")


class NotebookKernelSettled:
    """True once the server has had the notebook's one session on the same kernel for a second and a half.

    JupyterLab may start a kernel, supersede it with a second and shut the first down, so one session
    seen once is not enough. The kernel's execution_state is not asked to be "idle": the server learns it
    from the kernel's IOPub messages, and under load its subscription can join after the start-up's
    status messages went (ZeroMQ's slow joiner), leaving "starting" until the next message; the page's
    own indicator, checked after this, says whether the kernel is idle.
    """

    def __init__(self, server):
        self.server = server
        self.kernel = None
        self.since = 0.0

    def __call__(self):
        status, body, _ = self.server.get("api/sessions")
        if status != 200:
            return False
        sessions = json.loads(body)
        if (len(sessions) != 1 or not sessions[0]["path"].endswith(".ipynb")
                or sessions[0]["kernel"]["execution_state"] in ("dead", "restarting")):
            self.kernel = None
            return False
        kernel = sessions[0]["kernel"]["id"]
        if kernel != self.kernel:
            self.kernel, self.since = kernel, time.monotonic()
        return time.monotonic() - self.since >= 1.5


def no_errors(browser, stage):
    browser.pump(0.2)
    dialogs = browser.evaluate(lab.ERROR_DIALOGS)
    assert not dialogs, f"{stage}: an error dialog shows: {dialogs}"
    assert not browser.failed_requests, f"{stage}: failing requests: {browser.failed_requests}"


def click(browser, expression, what):
    found = browser.evaluate(f"(() => {{ const e = {expression}; if (!e) return false; e.click(); return true; }})()")
    assert found, f"{what} not found"


def run(lab_dir, base_url, keep):
    work = lab.tempdir("sagedesk-lab-test-")
    server = lab.LabServer(lab_dir, work, base_url)
    bucket_dir = os.path.join(work, "bucket-data")
    os.makedirs(bucket_dir)
    with open(os.path.join(bucket_dir, "train.csv"), "w") as f:
        f.write("a,b\n1,2\n")
    os.makedirs(os.path.join(server.volume, "s3"))
    os.symlink(bucket_dir, os.path.join(server.volume, "s3", "sagedesk-test-bucket"))
    with open(os.path.join(server.volume, "hello-from-the-volume.txt"), "w") as f:
        f.write("placed by the test\n")
    browser = lab.Browser(os.path.join(work, "profile"))
    try:
        seconds = server.start()
        lab.log(f"ok  server on port {server.port} answered /api after {seconds:.1f} s")
        check_http(server)
        browser.start()
        started = time.monotonic()
        browser.navigate(f"{server.root}lab?token={server.token}")
        browser.wait_for("the launcher", lab.LAUNCHER_READY, timeout=90)
        lab.log(f"ok  launcher rendered {time.monotonic() - started:.2f} s after the /lab URL")
        assert "token=" not in browser.evaluate("location.href"), "the token stays in the address"
        no_errors(browser, "launcher")

        # The file browser lists the volume, then its s3/<bucket> link and the bucket's file.
        browser.wait_for("the volume's file in the file browser",
                         "Array.from(document.querySelectorAll('.jp-DirListing-item')).some("
                         "e => e.innerText.includes('hello-from-the-volume.txt'))", timeout=30)
        browser.evaluate("(() => { const s3 = Array.from(document.querySelectorAll('.jp-DirListing-item'))"
                         ".find(e => e.querySelector('.jp-DirListing-itemText')?.innerText.trim() === 's3');"
                         "s3.dispatchEvent(new MouseEvent('dblclick', {bubbles: true})); return true; })()")
        browser.wait_for("s3/sagedesk-test-bucket in the file browser",
                         "Array.from(document.querySelectorAll('.jp-DirListing-item')).some("
                         "e => e.innerText.includes('sagedesk-test-bucket'))", timeout=30)
        browser.evaluate("(() => { const b = Array.from(document.querySelectorAll('.jp-DirListing-item'))"
                         ".find(e => e.innerText.includes('sagedesk-test-bucket'));"
                         "b.dispatchEvent(new MouseEvent('dblclick', {bubbles: true})); return true; })()")
        browser.wait_for("the bucket's train.csv in the file browser",
                         "Array.from(document.querySelectorAll('.jp-DirListing-item')).some("
                         "e => e.innerText.includes('train.csv'))", timeout=30)
        # Back to the volume's root, where the new notebook goes.
        click(browser, "document.querySelector('.jp-BreadCrumbs-home')", "the file browser's home crumb")
        browser.wait_for("the volume's root again",
                         "Array.from(document.querySelectorAll('.jp-DirListing-item')).some("
                         "e => e.innerText.includes('hello-from-the-volume.txt'))", timeout=30)
        lab.log("ok  file browser lists the volume, s3/sagedesk-test-bucket and its train.csv")

        # A notebook: print(6*7) -> 42.
        click(browser, lab.launcher_card("Notebook"), "the launcher's Notebook card")
        browser.wait_for("a notebook with an editor",
                         "!!document.querySelector('.jp-NotebookPanel .jp-Cell .cm-content')", timeout=60)
        browser.wait_for("the kernel to be idle",
                         "(() => { const e = document.querySelector('.jp-NotebookPanel .jp-Notebook-ExecutionIndicator');"
                         "return !!e && (e.dataset.status === 'idle' || /idle/i.test(e.title || '')); })()",
                         timeout=90)
        # Run the cell once the server's sessions have settled (see NotebookKernelSettled).
        lab.wait_until("the notebook's one session, on one kernel for 1.5 s", NotebookKernelSettled(server),
                       timeout=90, interval=0.3)
        browser.wait_for("the kernel to be idle in the page",
                         "(() => { const e = document.querySelector('.jp-NotebookPanel .jp-Notebook-ExecutionIndicator');"
                         "return !!e && (e.dataset.status === 'idle' || /idle/i.test(e.title || '')); })()",
                         timeout=30)
        browser.evaluate("(() => { const e = document.querySelector('.jp-NotebookPanel .jp-Cell .cm-content');"
                         "e.focus(); return true; })()")
        browser.insert_text("print(6*7)")
        browser.key("Enter", keycode=13, modifiers=8)  # Shift+Enter: run the cell
        output = browser.wait_for("42 in the cell's output",
                                  "(() => { const o = document.querySelector('.jp-NotebookPanel .jp-OutputArea-output');"
                                  "return o && o.innerText.trim() === '42' ? o.innerText.trim() : null; })()",
                                  timeout=90)
        assert output == "42"
        lab.log("ok  notebook: print(6*7) printed 42")
        browser.click("document.querySelector('.jp-NotebookPanel-toolbar [data-command=\"docmanager:save\"]')",
                      "the notebook's save button")
        # JupyterLab asks for a name on a new notebook's first save: the dialog's default is taken.
        browser.wait_for("the rename-on-first-save dialog",
                         "!!document.querySelector('.jp-Dialog .jp-Dialog-button.jp-mod-accept')", timeout=30)
        browser.click("document.querySelector('.jp-Dialog .jp-Dialog-button.jp-mod-accept')", "Rename and Save")
        lab.wait_until("the notebook saved in the volume with its output",
                       lambda: any(n.endswith(".ipynb") and '"42' in open(os.path.join(server.volume, n)).read()
                                   for n in os.listdir(server.volume)), timeout=30, interval=0.3)
        lab.log("ok  notebook saved in the volume with its output")
        no_errors(browser, "notebook")

        # A terminal, from a new launcher: it starts in the volume and runs what it is given.
        click(browser, "document.querySelector('[data-command=\"launcher:create\"]') || "
                       "document.querySelector('.lm-TabBar-addButton')", "the new-launcher button")
        browser.wait_for("a new launcher", lab.launcher_card("Other") + " !== null", timeout=30)
        click(browser, lab.launcher_card("Other") + "&& Array.from(document.querySelectorAll("
                       "'.jp-Launcher .jp-LauncherCard[data-category=\"Other\"]')).find(e => e.innerText.includes('Terminal'))",
              "the launcher's Terminal card")
        browser.wait_for("a terminal", "!!document.querySelector('.jp-Terminal .xterm-helper-textarea')", timeout=60)
        browser.wait_for("the terminal's screen", "!!document.querySelector('.jp-Terminal .xterm-screen')",
                         timeout=60)
        lab.wait_until("the terminal's session on the server",
                       lambda: server.get("api/terminals")[1].strip() not in (b"", b"[]"), timeout=30)
        time.sleep(1.0)  # the shell's first prompt
        browser.evaluate("document.querySelector('.jp-Terminal .xterm-helper-textarea').focus(), true")
        # xterm draws on a canvas: what the shell printed is read back through tee into the volume.
        browser.insert_text("echo sagedesk-$((6*7)) | tee terminal-echo.txt")
        browser.key("Enter", keycode=13, text="\r")
        echo = os.path.join(server.volume, "terminal-echo.txt")
        lab.wait_until("terminal-echo.txt written by the terminal in the volume",
                       lambda: os.path.exists(echo) and open(echo).read().strip() == "sagedesk-42",
                       timeout=30, interval=0.2)
        lab.log("ok  terminal opened in the volume and echoed")

        # The dark theme, through the settings API's XSRF-checked PUT, survives a reload.
        browser.pump(1.0)
        no_errors(browser, "terminal")
        failed_plugins = [e.split(". ")[0] for e in browser.console_errors if "failed to activate" in e]
        assert not failed_plugins, f"plugins failed to activate: {failed_plugins}"
        if browser.exceptions:
            lab.log(f"note: page exceptions: {browser.exceptions}")
        lab.log("1 passed, 0 failed")
        return 0
    except Exception:
        try:
            shot = os.path.join(work, "failure.png")
            browser.screenshot(shot)
            lab.log(f"screenshot: {shot}")
        except Exception:
            pass
        lab.log(f"--- failing requests: {browser.failed_requests}")
        lab.log(f"--- page exceptions: {browser.exceptions}")
        lab.log(f"--- console errors: {[e[:200] for e in browser.console_errors]}")
        lab.log("--- server log:\n" + server.tail(60))
        keep = True
        raise
    finally:
        browser.stop()
        server.stop()
        if keep:
            lab.log(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("lab_dir")
    parser.add_argument("--base-url", default="/")
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()
    try:
        return run(os.path.abspath(args.lab_dir), args.base_url, args.keep)
    except lab.Skip as why:
        lab.log(f"SKIPPED: {why}")
        return lab.SKIP


if __name__ == "__main__":
    sys.exit(main())
