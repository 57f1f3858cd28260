#!/usr/bin/env bash
# Installs the three browser engines the tests run in: Chromium, Firefox ESR and WebKitGTK
# (WebKitWebDriver + MiniBrowser), plus Xvfb for WebKit. Debian/Ubuntu as root only;
# anywhere else it says what to install and exits non-zero.
set -euo pipefail

packages=(chromium firefox-esr webkit2gtk-driver xvfb xauth fonts-dejavu-core)

if [[ -r /etc/os-release ]] && grep -qiE '^(ID|ID_LIKE)=.*(debian|ubuntu)' /etc/os-release && command -v apt-get >/dev/null; then
  if [[ $(id -u) -ne 0 ]]; then
    echo "setup-browsers: run as root (or: sudo apt-get install -y ${packages[*]})" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
  echo "setup-browsers: installed ${packages[*]}"
  exit 0
fi

cat >&2 <<'MSG'
setup-browsers: this is not Debian or Ubuntu, so nothing was installed. The tests need:
  - Chromium at /usr/bin/chromium            (or set CHROMIUM_PATH)
  - Firefox ESR at /usr/bin/firefox-esr      (or set FIREFOX_PATH)
  - WebKitGTK's WebKitWebDriver on PATH and its MiniBrowser
    (or set WEBKIT_BROWSER_PATH to the MiniBrowser binary)
  - Xvfb on PATH (WebKitGTK runs in a virtual display)
Install them with your package manager, then run npm test again.
MSG
exit 1
