#!/usr/bin/env bash
# Builds Tokenbench-<version>-x86_64.AppImage with linuxdeploy and its Qt plugin.
# Usage (from the repository root): packaging/appimage/build-appimage.sh [BUILD_DIR]
# Needs, on PATH or in $TOOLS (default packaging/appimage/tools):
#   linuxdeploy-x86_64.AppImage, linuxdeploy-plugin-qt-x86_64.AppImage
#   from https://github.com/linuxdeploy/linuxdeploy/releases and
#   https://github.com/linuxdeploy/linuxdeploy-plugin-qt/releases (continuous builds).
# Not run here (see NOTE.md): the tools are not in Debian and there is no network.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build-appimage}
tools=${TOOLS:-packaging/appimage/tools}
appdir=$build/AppDir
export PATH="$tools:$PATH"

for tool in linuxdeploy-x86_64.AppImage linuxdeploy-plugin-qt-x86_64.AppImage; do
    command -v "$tool" >/dev/null || { echo "build-appimage: $tool not found (see the header)" >&2; exit 1; }
done

# The AppImage is built against the oldest system it should run on; Debian 12's Qt 6.4 sets the
# floor at glibc 2.36.
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
    -DTOKENBENCH_BUILD_TESTS=OFF
cmake --build "$build" --target tokenbench tokenbench-cli docker-credential-tokenbench \
    tokenbench-clipboard tokenbench_cli tokenbench_sessionbus tokenbench_manpages
rm -rf "$appdir"
# Only the "app" component: what the Debian package holds (no standalone sandbox).
DESTDIR="$PWD/$appdir" cmake --install "$build" --component app

# The Qt plugin finds qmake through QMAKE; Debian's Qt 6 qmake is qmake6.
export QMAKE=${QMAKE:-$(command -v qmake6 || command -v qmake)}
# Qt loads the SVG icon engine and the Wayland platform with dlopen(), where the plugin cannot
# see them: name them. (EXTRA_QT_MODULES was EXTRA_QT_PLUGINS in older plugin builds.)
export EXTRA_QT_MODULES="svg;"
export EXTRA_QT_PLUGINS="$EXTRA_QT_MODULES"
export EXTRA_PLATFORM_PLUGINS="libqwayland-generic.so;libqwayland-egl.so"
LINUXDEPLOY_OUTPUT_VERSION=$(grep -m1 -oP '^\s+VERSION \K[0-9.]+' CMakeLists.txt)
export LINUXDEPLOY_OUTPUT_VERSION

linuxdeploy-x86_64.AppImage --appdir "$appdir" \
    --desktop-file "$appdir/usr/share/applications/io.tokenbench.Tokenbench.desktop" \
    --icon-file "$appdir/usr/share/icons/hicolor/scalable/apps/io.tokenbench.Tokenbench.svg" \
    --executable "$appdir/usr/bin/tokenbench" \
    --executable "$appdir/usr/bin/tokenbench-cli" \
    --executable "$appdir/usr/bin/docker-credential-tokenbench" \
    --executable "$appdir/usr/libexec/tokenbench/tokenbench-clipboard" \
    --library "$appdir/usr/lib/tokenbench/libtokenbench_cli.so" \
    --library "$appdir/usr/lib/tokenbench/libtokenbench_sessionbus.so" \
    --plugin qt --output appimage
