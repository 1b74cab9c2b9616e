#!/usr/bin/env python3
"""Windows compile check from Debian: every portable and every *Windows.cpp source of model/, ui/ and
app/ must compile with MinGW-w64's g++ (x86_64-w64-mingw32-g++-posix, C++20) for _WIN32, against
Debian's own Qt 6 headers (they take their Windows paths under _WIN32). POSIX calls (kill, setsid,
sockets) fail to compile there; POSIX headers that MinGW happens to ship (unistd.h) are refused by
the poison headers in tests/tools/mingw/poison. Syntax only: there is no Windows Qt to link here.

usage: check-mingw.py <source dir> <build dir> [--only FILE...]
Flags per file come from the Linux build's compile_commands.json (include folders, generated headers,
defines); a *Windows.cpp, which the Linux build leaves out, takes those of a file of its folder.
Exit 77 (skipped) when the MinGW compiler is not installed."""
import concurrent.futures
import json
import os
import shlex
import shutil
import subprocess
import sys
import time

COMPILER = "x86_64-w64-mingw32-g++-posix"
PLATFORM_ONLY = ("Posix.cpp", "Linux.cpp", "Mac.cpp")


def main():
    source_dir, build_dir = (os.path.realpath(p) for p in sys.argv[1:3])
    only = sys.argv[sys.argv.index("--only") + 1:] if "--only" in sys.argv else None
    compiler = shutil.which(COMPILER)
    if not compiler:
        print(f"SKIP: {COMPILER} not installed (apt-get install g++-mingw-w64-x86-64-posix)")
        return 77
    with open(os.path.join(build_dir, "compile_commands.json")) as f:
        commands = json.load(f)
    by_file = {}
    by_folder = {}
    for entry in commands:
        path = os.path.realpath(os.path.join(entry["directory"], entry["file"]))
        args = entry.get("arguments") or shlex.split(entry["command"])
        by_file[path] = (entry["directory"], args)
        by_folder.setdefault(os.path.dirname(path), (entry["directory"], args))

    if only:
        files = [os.path.realpath(f) for f in only]
    else:
        files = []
        for top in ("model", "ui", "app"):
            for folder, _, names in os.walk(os.path.join(source_dir, top)):
                files += [os.path.join(folder, n) for n in names
                          if n.endswith(".cpp") and not n.endswith(PLATFORM_ONLY)]
    files.sort()
    poison = os.path.join(source_dir, "tests", "tools", "mingw", "poison")

    def flags_of(path):
        directory, args = by_file.get(path) or by_folder.get(os.path.dirname(path)) or (None, None)
        if args is None:
            # A planted file outside the tree takes the flags of the engine's folder.
            directory, args = by_folder[os.path.join(source_dir, "model", "local", "runtime")]
        kept = []
        i = 1
        while i < len(args):
            a = args[i]
            if a in ("-I", "-isystem", "-D", "-include"):
                kept += [a, args[i + 1]]
                i += 2
                continue
            if a.startswith(("-I", "-D", "-isystem")) or a.startswith("-std="):
                kept.append(a)
            i += 1
        return directory, kept

    def check(path):
        directory, flags = flags_of(path)
        command = [compiler, "-fsyntax-only", "-std=c++20", "-Wno-attributes", "-Wno-cpp",
                   "-I" + poison] + flags + [path]
        result = subprocess.run(command, cwd=directory, capture_output=True, text=True)
        return path, result.returncode, result.stderr

    started = time.monotonic()
    failed = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=int(os.environ.get("SAGEDESK_MINGW_JOBS", "2"))) as pool:
        for path, code, stderr in pool.map(check, files):
            rel = os.path.relpath(path, source_dir)
            if code != 0:
                failed.append(rel)
                errors = [l for l in stderr.splitlines() if "error" in l][:5]
                print(f"FAIL {rel}\n  " + "\n  ".join(errors))
    seconds = time.monotonic() - started
    print(f"mingw: {len(files) - len(failed)} of {len(files)} sources compile for Windows "
          f"({COMPILER}, {seconds:.0f} s)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
