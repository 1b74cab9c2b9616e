"""Real clients against a running sagedesk-local, used by LocalEndToEndTest.cpp.

boto3 mode:    LocalNotebookClient.py boto3 NAME ROLE_ARN
  creates NAME, waits with the notebook_instance_in_service waiter, pages list_notebook_instances
  with the paginator, and prints the presigned URL on the last line.
browser mode:  LocalNotebookClient.py browser PRESIGNED_URL
  follows the presigned URL with a cookie jar like a browser, checks the tree page, creates a
  notebook, starts a python3 kernel and runs print(6*7) over the websocket; prints RESULT=<output>.
kernel mode:   LocalNotebookClient.py kernel PRESIGNED_URL CODE_FILE
  signs in the same way and prints what the code printed in a new python3 kernel.
terminal mode: LocalNotebookClient.py terminal PRESIGNED_URL COMMAND
  signs in the same way and prints what COMMAND printed in a new Jupyter terminal.
Credentials and endpoint come from the environment (AWS_ACCESS_KEY_ID, ..., AWS_ENDPOINT_URL).
"""
import json
import os
import sys
import uuid
from urllib.parse import urlsplit

import boto3
import requests
import websocket


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def run_boto3(name, role_arn):
    client = boto3.client("sagemaker", endpoint_url=os.environ["AWS_ENDPOINT_URL"],
                          region_name=os.environ["AWS_REGION"])
    client.create_notebook_instance(NotebookInstanceName=name, InstanceType="ml.t3.medium", RoleArn=role_arn)
    client.get_waiter("notebook_instance_in_service").wait(
        NotebookInstanceName=name, WaiterConfig={"Delay": 1, "MaxAttempts": 120})
    names = []
    for page in client.get_paginator("list_notebook_instances").paginate(PaginationConfig={"PageSize": 1}):
        names += [item["NotebookInstanceName"] for item in page["NotebookInstances"]]
    print("LISTED=" + ",".join(sorted(names)))
    url = client.create_presigned_notebook_instance_url(NotebookInstanceName=name)["AuthorizedUrl"]
    print("URL=" + url)


def sign_in(url):
    """Follows the presigned URL like a browser: the session, Jupyter's base URL and the XSRF header."""
    session = requests.Session()
    page = session.get(url, timeout=30)
    if page.status_code != 200:
        fail("tree page answered %d" % page.status_code)
    for hop in page.history:
        if "token=" in hop.headers.get("Location", ""):
            fail("a redirect carries the Jupyter token")
    if "token=" in page.url or not urlsplit(page.url).path.startswith("/tree"):
        fail("landed on " + page.url)
    base = "{0.scheme}://{0.netloc}".format(urlsplit(page.url))
    return session, base, {"X-XSRFToken": session.cookies.get("_xsrf") or ""}


def websocket_to(session, url):
    cookie = "; ".join("%s=%s" % (c.name, c.value) for c in session.cookies)
    return websocket.create_connection(url, header=["Cookie: " + cookie], timeout=120)


def execute(session, base, headers, code):
    """Runs `code` in a new python3 kernel over its websocket; its stream output."""
    kernel = session.post(base + "/api/kernels", json={"name": "python3"}, headers=headers, timeout=60)
    if kernel.status_code != 201:
        fail("starting a kernel answered %d %s" % (kernel.status_code, kernel.text[:200]))
    kernel_id = kernel.json()["id"]
    ws = websocket_to(session, base.replace("http", "ws", 1) + "/api/kernels/%s/channels" % kernel_id)
    msg_id = uuid.uuid4().hex
    ws.send(json.dumps({
        "header": {"msg_id": msg_id, "username": "test", "session": uuid.uuid4().hex, "msg_type": "execute_request",
                   "version": "5.3"},
        "parent_header": {}, "metadata": {}, "channel": "shell",
        "content": {"code": code, "silent": False, "store_history": False, "user_expressions": {},
                    "allow_stdin": False, "stop_on_error": True},
    }))
    output = ""
    while True:
        message = json.loads(ws.recv())
        if message.get("parent_header", {}).get("msg_id") != msg_id:
            continue
        if message["msg_type"] == "stream":
            output += message["content"]["text"]
        if message["msg_type"] == "error":
            output += "\n".join(message["content"]["traceback"])
        if message["msg_type"] == "status" and message["content"]["execution_state"] == "idle":
            break
    ws.close()
    session.delete(base + "/api/kernels/" + kernel_id, headers=headers, timeout=30)
    return output


def run_in_terminal(session, base, headers, command):
    """Runs `command` in a new Jupyter terminal; what the terminal printed after it."""
    terminal = session.post(base + "/api/terminals", headers=headers, timeout=60)
    if terminal.status_code != 200:
        fail("starting a terminal answered %d %s" % (terminal.status_code, terminal.text[:200]))
    name = terminal.json()["name"]
    ws = websocket_to(session, base.replace("http", "ws", 1) + "/terminals/websocket/" + name)
    # The quotes keep the echoed command line from containing the end marker itself.
    ws.send(json.dumps(["stdin", command + "; echo __TERMINAL_''DONE__\r"]))
    output = ""
    while "__TERMINAL_DONE__" not in output:
        message = json.loads(ws.recv())
        if message[0] == "stdout":
            output += message[1]
        elif message[0] == "disconnect":
            break
    ws.close()
    session.delete(base + "/api/terminals/" + name, headers=headers, timeout=30)
    return output


def run_browser(url):
    session, base, headers = sign_in(url)
    print("TREE=ok")
    created = session.post(base + "/api/contents", json={"type": "notebook"}, headers=headers, timeout=30)
    if created.status_code != 201:
        fail("creating a notebook answered %d %s" % (created.status_code, created.text[:200]))
    print("NOTEBOOK=" + created.json()["path"])
    print("RESULT=" + execute(session, base, headers, "print(6*7)").strip())


if __name__ == "__main__":
    if sys.argv[1] == "boto3":
        run_boto3(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "kernel":
        with open(sys.argv[3]) as code:
            print(execute(*sign_in(sys.argv[2]), code.read()))
    elif sys.argv[1] == "terminal":
        print(run_in_terminal(*sign_in(sys.argv[2]), sys.argv[3]))
    else:
        run_browser(sys.argv[2])
