# Debian package of the desktop app and the CLI: `make package`, or `cpack -G DEB` in the build
# directory after a build. The install rules are in packaging/Install.cmake.
set(CPACK_PACKAGE_NAME tokenbench)
set(CPACK_PACKAGE_VENDOR "Tokenbench")
set(CPACK_PACKAGE_CONTACT "Tokenbench developers <tokenbench@invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Tokenbench keeps one profile per account on a vendor API (RegScale, Scantrust, BeyondTrust
Password Safe, or any API with a static token, HTTP Basic or OAuth 2.0 client credentials), logs
in with the vendor's own protocol, copies fresh tokens to the clipboard, decodes any pasted token
and makes authenticated API calls. Secrets live in the desktop keychain and nowhere else.
.
This package holds the desktop application (tokenbench) and the command-line companion
(tokenbench-cli).")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

# Only the "app" component of Install.cmake, packed as one package named tokenbench.
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL app)
set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# Library dependencies are computed from the binaries by dpkg-shlibdeps, never listed by hand.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt loads plugins with dlopen(), where dpkg-shlibdeps cannot see them: the SVG image and icon
# engines draw the app's icons, and the SQLite driver backs the history when the core uses
# Qt SQL. Signature checks take libcrypto 3 with dlopen() too (jwt/LibCrypto).
set(TOKENBENCH_PLUGIN_PACKAGES libqt6svg6 libssl3)
if(TARGET tokenbench_core)
    get_target_property(_tokenbench_core_libs tokenbench_core LINK_LIBRARIES)
    if("Qt6::Sql" IN_LIST _tokenbench_core_libs OR "Qt::Sql" IN_LIST _tokenbench_core_libs)
        list(APPEND TOKENBENCH_PLUGIN_PACKAGES libqt6sql6-sqlite)
    endif()
endif()
string(REPLACE ";" ", " CPACK_DEBIAN_PACKAGE_DEPENDS "${TOKENBENCH_PLUGIN_PACKAGES}")
# Wayland and other platform plugins, and something that keeps secrets (a Secret Service or
# KWallet); without one the app still works, session-only.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-qpa-plugins, gnome-keyring | keepassxc | kwalletmanager")
include(CPack)
