#!/usr/bin/python3
"""One Jupyter server per SageDesk local notebook instance, serving JupyterLab at /lab and the
classic notebook at /tree, as a SageMaker notebook instance does.

    JUPYTER_TOKEN=... python3 sagedesk_lab.py --port N --root-dir VOLUME [--lab-dir DIR]
        [--data-dir DIR] [--base-url /] [--ip 127.0.0.1] [--cookie-secret-file FILE]

Built on Debian 12's packages: jupyter_server 1.23, jupyterlab_server 2.16 (the server JupyterLab
itself is built on) and nbclassic 0.3 (the classic views on Jupyter Server). The front end is the
bundle the CMake target `sagedesk_lab_frontend` builds from npm; --lab-dir is the folder holding its
static/, schemas/, themes/ and templates/ (by default the folder of this script, where the .deb
installs both). The token is read from JUPYTER_TOKEN only, never from the command line, where every
local user could read it. --data-dir holds this instance's JupyterLab settings and workspaces.

What this adds to LabServerApp, for the older server packages Debian ships:
  * a page-config hook that hands each page a copy: jupyterlab_server 2.16's not-found handler writes
    `notFoundUrl` into the shared page config, and every later page then showed "Path Not Found";
  * /api/me and /api/events, which JupyterLab 4 asks for and jupyter_server 1.23 lacks;
  * a kernel that is still starting listed as "starting": jupyter_server 1.23 answers /api/kernels
    with 500 (no last_activity yet) when JupyterLab polls it during a kernel start;
  * the working directory at the volume, where new terminals start;
  * /lab/api/settings made cheap, as it is on the path to the launcher: each schema is checked against
    the JSON Schema meta-schema once rather than on every request (that check was 80 % of the
    request's ~50 ms of CPU), and `?ids_only=true` (asked right after start-up) answers the ids alone
    instead of every schema (120 KB), as later jupyterlab_server releases do.
"""

import argparse
import copy
import glob
import json
import os

from jupyter_server._tz import isoformat, utcnow
from jupyter_server.base.handlers import APIHandler, JupyterHandler
from jupyter_server.services.kernels.kernelmanager import MappingKernelManager
from jupyterlab_server import LabServerApp
from jupyterlab_server import settings_utils
from jupyterlab_server.settings_handler import SettingsHandler
from tornado import web, websocket

HERE = os.path.dirname(os.path.abspath(__file__))


class IdentityHandler(APIHandler):
    """GET /api/me: who is signed in and what they may do (everything, as with token auth)."""

    @web.authenticated
    def get(self):
        user = self.current_user
        name = user if isinstance(user, str) else getattr(user, "username", "jovyan") or "jovyan"
        if len(name) > 20 or name.count("-") >= 4:  # jupyter_server 1.x's anonymous uuid user
            name = "jovyan"
        permissions = {}
        try:
            requested = json.loads(self.get_argument("permissions", "{}"))
        except ValueError as error:
            raise web.HTTPError(400, f"permissions is not JSON: {error}") from error
        if isinstance(requested, dict):
            permissions = {resource: list(actions) for resource, actions in requested.items()}
        self.finish(
            json.dumps(
                {
                    "identity": {
                        "username": name,
                        "name": name,
                        "display_name": name,
                        "initials": name[:1].upper(),
                        "avatar_url": None,
                        "color": None,
                    },
                    "permissions": permissions,
                }
            )
        )


class EventsHandler(APIHandler):
    """POST /api/events: JupyterLab emits an event; this server has no event bus, so it is dropped."""

    @web.authenticated
    def post(self):
        self.set_status(204)
        self.finish()


class EventsSocketHandler(JupyterHandler, websocket.WebSocketHandler):
    """/api/events/subscribe: the event stream JupyterLab listens to. It stays open and silent."""

    def check_origin(self, origin=None):
        return JupyterHandler.check_origin(self, origin)

    async def get(self, *args, **kwargs):
        if self.current_user is None:
            raise web.HTTPError(403)
        return await websocket.WebSocketHandler.get(self, *args, **kwargs)

    def on_message(self, message):
        pass


_kernel_model = MappingKernelManager.kernel_model


def kernel_model(self, kernel_id):
    """jupyter_server 1.23 lists a kernel before its start has set last_activity: say "starting"."""
    self._check_kernel_id(kernel_id)
    kernel = self._kernels[kernel_id]
    if not hasattr(kernel, "last_activity"):
        return {
            "id": kernel_id,
            "name": kernel.kernel_name,
            "last_activity": isoformat(utcnow()),
            "execution_state": "starting",
            "connections": self._kernel_connections.get(kernel_id, 0),
        }
    return _kernel_model(self, kernel_id)


MappingKernelManager.kernel_model = kernel_model


class SchemaCheckCache:
    """jupyterlab_server's settings Validator (Draft4Validator) whose check_schema remembers the schemas
    it has passed: the schemas of a build never change, the check costs ~1 ms each, ~60 per request."""

    def __init__(self, validator):
        self._validator = validator
        self._passed = set()

    def __call__(self, *args, **kwargs):
        return self._validator(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self._validator, name)

    def check_schema(self, schema):
        key = json.dumps(schema, sort_keys=True)
        if key not in self._passed:
            self._validator.check_schema(schema)
            self._passed.add(key)


settings_utils.Validator = SchemaCheckCache(settings_utils.Validator)


class LabSettingsHandler(SettingsHandler):
    """/lab/api/settings with `?ids_only=true`: {"settings": [{"id": ...}, ...]}, ids only."""

    @web.authenticated
    def get(self, schema_name=""):
        if schema_name or self.get_argument("ids_only", "") != "true":
            return super().get(schema_name)
        paths = glob.glob(os.path.join(glob.escape(self.schemas_dir), "**", "*.json"), recursive=True)
        ids = set()
        for path in paths:
            folder, name = os.path.split(os.path.relpath(path, self.schemas_dir))
            ids.add(f"{folder}:{name[: -len('.json')]}".replace(os.sep, "/"))
        # In the order of the full listing.
        return self.finish(json.dumps({"settings": [{"id": i} for i in sorted(ids, reverse=True)]}))


def page_config_copy(handler, page_config):
    """A copy per page, so that what one page adds (notFoundUrl) never reaches the next."""
    return copy.deepcopy(page_config)


def _jupyter_server_extension_points():
    return [{"module": __name__, "app": SageDeskLabApp}]


class SageDeskLabApp(LabServerApp):
    name = "sagedesk_lab"
    app_name = "JupyterLab"
    extension_url = "/lab"
    default_url = "/lab"
    load_other_extensions = False
    # The classic views (/tree, /notebooks, /edit, /terminals) in the same process.
    serverapp_config = {"jpserver_extensions": {"nbclassic": True}}

    def initialize_settings(self):
        super().initialize_settings()
        self.settings["page_config_hook"] = page_config_copy

    def initialize_handlers(self):
        super().initialize_handlers()
        self.handlers[:] = [
            (handler[0], LabSettingsHandler, *handler[2:]) if handler[1] is SettingsHandler else handler
            for handler in self.handlers
        ]
        self.handlers.extend(
            [
                ("/api/me", IdentityHandler),
                ("/api/events", EventsHandler),
                ("/api/events/subscribe", EventsSocketHandler),
            ]
        )


def configure(lab_dir, data_dir):
    """Points the app at the built front end and at this instance's own settings and workspaces."""
    static_dir = os.path.join(lab_dir, "static")
    if not os.path.isfile(os.path.join(static_dir, "bundle.js")):
        raise SystemExit(f"sagedesk_lab: no JupyterLab front end in {lab_dir} (static/bundle.js)")
    version = ""
    try:
        with open(os.path.join(static_dir, "package.json"), encoding="utf-8") as f:
            version = json.load(f).get("jupyterlabVersion", "")
    except (OSError, ValueError):
        pass
    settings_dir = os.path.join(data_dir, "user-settings")
    workspaces_dir = os.path.join(data_dir, "workspaces")
    for folder in (settings_dir, workspaces_dir):
        os.makedirs(folder, mode=0o700, exist_ok=True)
    SageDeskLabApp.app_version = version
    SageDeskLabApp.static_dir = static_dir
    SageDeskLabApp.schemas_dir = os.path.join(lab_dir, "schemas")
    SageDeskLabApp.themes_dir = os.path.join(lab_dir, "themes")
    SageDeskLabApp.templates_dir = os.path.join(lab_dir, "templates")
    SageDeskLabApp.app_settings_dir = os.path.join(lab_dir, "application_settings")
    SageDeskLabApp.user_settings_dir = settings_dir
    SageDeskLabApp.workspaces_dir = workspaces_dir
    # Only the extensions built into the bundle: no prebuilt ones from the system or the user.
    SageDeskLabApp.labextensions_path = []
    SageDeskLabApp.extra_labextensions_path = []


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--root-dir", required=True, help="the notebook volume")
    parser.add_argument("--lab-dir", default=HERE, help="the built front end")
    parser.add_argument("--data-dir", required=True, help="this instance's settings and workspaces")
    parser.add_argument("--ip", default="127.0.0.1")
    parser.add_argument("--base-url", default="/")
    parser.add_argument("--cookie-secret-file")
    parser.add_argument("--allow-root", action="store_true", help="implied when running as root")
    parser.add_argument("--log-level", default="INFO")
    # Unknown options, a --token among them, are refused: the token comes from JUPYTER_TOKEN only.
    args = parser.parse_args(argv)

    root_dir = os.path.abspath(args.root_dir)
    data_dir = os.path.abspath(args.data_dir)
    configure(os.path.abspath(args.lab_dir), data_dir)
    # Terminals start in the server's working directory, not in root_dir.
    os.chdir(root_dir)
    # Configuration files of the person running SageDesk do not change how an instance serves.
    os.environ["JUPYTER_NO_CONFIG"] = "1"
    server_args = [
        "--ServerApp.ip=" + args.ip,
        f"--ServerApp.port={args.port}",
        "--ServerApp.port_retries=0",
        "--ServerApp.open_browser=False",
        "--ServerApp.root_dir=" + root_dir,
        "--ServerApp.base_url=" + args.base_url,
        "--ServerApp.log_level=" + args.log_level,
    ]
    if args.cookie_secret_file:
        server_args.append("--ServerApp.cookie_secret_file=" + os.path.abspath(args.cookie_secret_file))
    if args.allow_root or (hasattr(os, "geteuid") and os.geteuid() == 0):
        server_args.append("--ServerApp.allow_root=True")
    SageDeskLabApp.launch_instance(server_args)


if __name__ == "__main__":
    main()
