#!/usr/bin/env python3
"""The Flatpak manifest parses and names the same app as the desktop file and the metainfo.

flatpak-builder cannot run here (no network for the runtime), so this is as far as it is checked.
Usage: check-flatpak-manifest.py MANIFEST APP_ID
"""
import re
import sys

import yaml

manifest_path, app_id = sys.argv[1], sys.argv[2]
with open(manifest_path, encoding="utf-8") as f:
    manifest = yaml.safe_load(f)

problems = []
def expect(condition, message):
    if not condition:
        problems.append(message)

expect(manifest.get("app-id") == app_id, f"app-id is {manifest.get('app-id')!r}, not {app_id!r}")
expect(manifest.get("command") == "tokenbench", "command is not tokenbench")
expect(manifest.get("runtime") == "org.kde.Platform", "runtime is not org.kde.Platform")
expect(str(manifest.get("runtime-version", "")).startswith("6."), "runtime is not a Qt 6 one")
expect(manifest.get("sdk") == "org.kde.Sdk", "sdk is not org.kde.Sdk")
modules = manifest.get("modules") or []
names = [m.get("name") for m in modules if isinstance(m, dict)]
expect("qtkeychain" in names, "no qtkeychain module")
expect(names and names[-1] == "tokenbench", "tokenbench is not the last module")
for module in modules:
    for source in module.get("sources", []):
        if source.get("type") in ("archive", "file"):
            expect(re.fullmatch(r"[0-9a-f]{64}", str(source.get("sha256", ""))) is not None,
                   f"{module['name']}: {source.get('url')} has no sha256")
        if source.get("type") == "git":
            expect("commit" in source or "tag" in source, f"{module['name']}: git source unpinned")
finish_args = manifest.get("finish-args", [])
expect("--talk-name=org.freedesktop.secrets" in finish_args, "no access to the Secret Service")

for problem in problems:
    print(f"FAIL: {manifest_path}: {problem}", file=sys.stderr)
sys.exit(1 if problems else 0)
