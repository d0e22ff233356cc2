#!/usr/bin/env bash
# Installs what `affected` needs to build: libgit2 >= 1.7 and libdeflate, with their pkg-config files.
#
# Does nothing when pkg-config already finds both. On Debian 12 (bookworm), whose own libgit2 is 1.5.1
# (too old: it cannot compute merge bases in shallow clones), it adds the bookworm-backports suite on
# the mirror the machine's Debian sources already use, then installs libgit2-dev from it. Elsewhere
# it installs the distribution's libgit2-dev. libdeflate-dev comes from the distribution's own suite.
set -euo pipefail

required_major=1
required_minor=7

have_new_enough_libgit2() {
  local version major minor
  command -v pkg-config >/dev/null 2>&1 || return 1
  version=$(pkg-config --modversion libgit2 2>/dev/null) || return 1
  major=${version%%.*}
  minor=${version#*.}
  minor=${minor%%.*}
  [ "$major" -gt "$required_major" ] ||
    { [ "$major" -eq "$required_major" ] && [ "$minor" -ge "$required_minor" ]; }
}

have_libdeflate() {
  command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libdeflate
}

if have_new_enough_libgit2 && have_libdeflate; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  sudo_hint="sudo"
  command -v sudo >/dev/null 2>&1 || sudo_hint="(as root)"
  cat >&2 <<EOF
affected needs libgit2 >= ${required_major}.${required_minor} and libdeflate with their development files, and
this script must run as root to install them. Run:
  $sudo_hint $0
or install libgit2-dev >= ${required_major}.${required_minor} and libdeflate-dev with your package manager
(Debian 12: libgit2-dev from bookworm-backports; Ubuntu 24.04 and Debian 13 have it natively).
EOF
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "affected: no apt-get here; install libgit2 >= ${required_major}.${required_minor} and libdeflate (with pkg-config) by hand." >&2
  exit 1
fi

codename=""
if [ -r /etc/os-release ]; then
  # shellcheck disable=SC1091
  codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
fi

# Prints the URI of the first apt source that serves the main Debian suite ($codename).
debian_mirror() {
  local file
  for file in /etc/apt/sources.list.d/*.sources; do
    [ -r "$file" ] || continue
    # deb822: a stanza is a block of lines; take URIs of the stanza whose Suites name the codename.
    awk -v suite="$codename" '
      BEGIN { RS = ""; FS = "\n" }
      {
        uris = ""; found = 0
        for (i = 1; i <= NF; i++) {
          if ($i ~ /^URIs:/) { sub(/^URIs:[ \t]*/, "", $i); split($i, u, /[ \t]+/); uris = u[1] }
          if ($i ~ /^Suites:/) {
            n = split($i, s, /[ \t]+/)
            for (j = 2; j <= n; j++) if (s[j] == suite) found = 1
          }
        }
        if (found && uris != "") { print uris; exit }
      }' "$file"
  done | head -n 1
  for file in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -r "$file" ] || continue
    awk -v suite="$codename" '
      $1 == "deb" {
        i = 2
        if ($i ~ /^\[/) { while ($i !~ /\]$/) i++; i++ }
        if ($(i + 1) == suite) { print $i; exit }
      }' "$file"
  done | head -n 1
}

apt-get update -qq
if ! have_libdeflate; then
  apt-get install -y -qq libdeflate-dev pkg-config >/dev/null
fi
if have_new_enough_libgit2; then
  :
elif [ "$codename" = "bookworm" ]; then
  mirror=$(debian_mirror | head -n 1)
  if [ -z "$mirror" ]; then
    echo "affected: found no apt source for Debian $codename; add bookworm-backports by hand and install libgit2-dev from it." >&2
    exit 1
  fi
  cat >/etc/apt/sources.list.d/affected-bookworm-backports.sources <<EOF
Types: deb
URIs: $mirror
Suites: bookworm-backports
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  apt-get update -qq
  apt-get install -y -qq -t bookworm-backports libgit2-dev pkg-config >/dev/null
else
  apt-get install -y -qq libgit2-dev pkg-config >/dev/null
fi

if ! have_new_enough_libgit2; then
  echo "affected: installed libgit2 $(pkg-config --modversion libgit2 2>/dev/null || echo '(none)'), but ${required_major}.${required_minor} or newer is needed; install a newer libgit2-dev." >&2
  exit 1
fi
if ! have_libdeflate; then
  echo "affected: libdeflate-dev did not install; install libdeflate (with its pkg-config file) by hand." >&2
  exit 1
fi
echo "affected: libgit2 $(pkg-config --modversion libgit2) and libdeflate $(pkg-config --modversion libdeflate) are installed." >&2
