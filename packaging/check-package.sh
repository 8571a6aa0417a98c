#!/usr/bin/env bash
# Checks the Debian package made by `make package`, then installs it and runs what it installed:
# the CLI, the app's --version without a display, and the app under Xvfb until its first paint.
# Usage: packaging/check-package.sh BUILD_DIR      (as root, or with sudo available)
# The package stays installed; remove it with: apt-get remove tokenbench
set -euo pipefail
build=${1:?usage: check-package.sh BUILD_DIR}
app_id=io.tokenbench.Tokenbench
sudo=""
[[ $(id -u) == 0 ]] || sudo=sudo

debs=("$build"/tokenbench_*.deb)
[[ ${#debs[@]} == 1 && -f ${debs[0]} ]] || {
    echo "check-package: want exactly one $build/tokenbench_*.deb, found: ${debs[*]}" >&2
    exit 1
}
deb=${debs[0]}
echo "== $deb"
dpkg-deb --info "$deb"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
dpkg-deb --extract "$deb" "$scratch/root"
(cd "$scratch/root" && find . -type f -o -type l | sort) | tee "$scratch/files"

failures=0
fail() { echo "check-package: FAIL: $*" >&2; failures=$((failures + 1)); }
for path in ./usr/bin/tokenbench ./usr/bin/tokenbench-cli ./usr/bin/docker-credential-tokenbench \
    ./usr/libexec/tokenbench/tokenbench-clipboard \
    ./usr/lib/tokenbench/libtokenbench_cli.so ./usr/lib/tokenbench/libtokenbench_sessionbus.so \
    ./usr/share/applications/$app_id.desktop ./usr/share/metainfo/$app_id.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/$app_id.svg \
    ./usr/share/man/man1/tokenbench.1.gz ./usr/share/man/man1/tokenbench-cli.1.gz \
    ./usr/share/bash-completion/completions/tokenbench-cli; do
    grep -qx "$path" "$scratch/files" || fail "the package lacks $path"
done
# Demo mode runs the sandbox inside the app; the standalone one is a developer's tool.
grep -q tokenbench-sandbox "$scratch/files" && fail "the package holds tokenbench-sandbox"
# dpkg-shlibdeps found the libraries (Qt, QtKeychain), nobody listed them.
depends=$(dpkg-deb --field "$deb" Depends)
for library in libqt6widgets6 libqt6network6 libqt6keychain1 libc6; do
    [[ $depends == *"$library"* ]] || fail "Depends lacks $library: $depends"
done
desktop-file-validate "$scratch/root/usr/share/applications/$app_id.desktop" || fail "desktop file"
# validate-tree checks the metainfo together with the desktop file and the icon it names.
appstreamcli validate-tree --no-net "$scratch/root" || fail "appstreamcli validate-tree"
((failures == 0)) || exit 1

echo "== installing $deb"
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$(realpath "$deb")"

echo "== running what was installed"
/usr/bin/tokenbench-cli --version
# Every other command runs in the CLI module, and a profile's token in the session bus module.
/usr/bin/tokenbench-cli --config-dir "$scratch/cli" --no-keychain add pkg --vendor generic \
    --method bearer --url https://example.com
/usr/bin/tokenbench-cli --config-dir "$scratch/cli" list --names | grep -qx pkg ||
    { echo "check-package: FAIL: the installed CLI does not list its profile" >&2; exit 1; }
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM /usr/bin/tokenbench --version
man -w tokenbench-cli
bash -c "source /usr/share/bash-completion/completions/tokenbench-cli && complete -p tokenbench-cli"
config=$scratch/config
mkdir -p "$config"
# The app's first paint on a real X server (Xvfb), with a throw-away profile folder, then demo mode.
timeout 60 xvfb-run -a -s "-screen 0 1280x800x24" \
    /usr/bin/tokenbench --quit-after-first-paint --config-dir "$config" --no-keychain
timeout 60 xvfb-run -a -s "-screen 0 1280x800x24" /usr/bin/tokenbench --quit-after-first-paint --demo
echo "check-package: all good"
