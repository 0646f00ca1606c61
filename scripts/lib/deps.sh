# shellcheck shell=bash
# Sourced by scripts/test, scripts/run and scripts/fuzz: make sure the Debian packages that the build, the tests and the
# benchmark need are installed. Installs the missing ones when run as root (as CI is), otherwise says what to run.
# fonts-dejavu-core draws Arabic and fonts-wqy-microhei Chinese: the console and the room display never show boxes.
# ffmpeg makes the tests' short videos; the GStreamer plugins (base, good, libav) let Qt Multimedia decode them.
# Set MODERATO_SKIP_DEPS=1 to skip the check (e.g. on a non-Debian system that has the tools already).

MODERATO_DEBIAN_PACKAGES=(
    cmake ninja-build g++ git lld
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-multimedia-dev libqt6sql6-sqlite qt6-qpa-plugins libgl-dev qt6-pdf-dev qt6-svg-dev qt6-websockets-dev qt6-httpserver-dev
    libqrencode-dev pkg-config libstemmer-dev
    clang-format xvfb xauth time zlib1g-dev
    chromium chromium-driver python3-selenium
    clang-14 libclang-rt-14-dev libfuzzer-14-dev llvm-14
    dpkg-dev file lintian desktop-file-utils appstream man-db shared-mime-info
    fonts-dejavu-core fonts-wqy-microhei
    ffmpeg gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav
)

# Prints the packages of MODERATO_DEBIAN_PACKAGES that are not installed, one a line.
moderato_missing_packages() {
    # One dpkg-query call for all packages keeps the common case (nothing missing) fast.
    # Unknown packages make it exit non-zero and complain on stderr; they are simply absent from the output.
    local installed
    installed=$(dpkg-query -W -f='${Package} ${Status}\n' "${MODERATO_DEBIAN_PACKAGES[@]}" 2>/dev/null || true)
    local pkg
    for pkg in "${MODERATO_DEBIAN_PACKAGES[@]}"; do
        if ! grep -qxF "$pkg install ok installed" <<<"$installed"; then
            echo "$pkg"
        fi
    done
}

moderato_ensure_deps() {
    if [[ ${MODERATO_SKIP_DEPS:-0} == 1 ]]; then
        return 0
    fi
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        cat >&2 <<MSG
error: this is not a Debian-like system (no dpkg-query/apt-get), so the dependencies cannot be checked.
Moderato needs: CMake >= 3.25, Ninja, a C++20 compiler (GCC >= 12 or Clang >= 14), Qt >= 6.4 with the Core, Gui,
Widgets, Sql (SQLite driver), Multimedia, Test and LinguistTools modules and Qt's own translations, clang-format,
git, Xvfb with xvfb-run and xauth, GNU time (/usr/bin/time), for the asan build and scripts/fuzz clang 14 with its sanitizer
runtimes, libFuzzer and llvm-symbolizer, and for the package's checks dpkg-shlibdeps, file, lintian,
desktop-file-validate, appstreamcli, man and update-mime-database, and for video ffmpeg and the GStreamer base, good and
libav plugins.
On Debian 12 these are the packages: ${MODERATO_DEBIAN_PACKAGES[*]}
Once they are installed, set MODERATO_SKIP_DEPS=1 to skip this check.
MSG
        return 1
    fi

    local missing
    mapfile -t missing < <(moderato_missing_packages)
    if ((${#missing[@]} == 0)); then
        return 0
    fi

    local install=(apt-get install -y --no-install-recommends "${missing[@]}")
    if ((EUID != 0)); then
        cat >&2 <<MSG
error: missing Debian packages: ${missing[*]}
Install them as root, then run this again:
    sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive ${install[*]}
MSG
        return 1
    fi
    echo "==> Installing missing Debian packages: ${missing[*]}"
    apt-get update
    DEBIAN_FRONTEND=noninteractive "${install[@]}"
}
