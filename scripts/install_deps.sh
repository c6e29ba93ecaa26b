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
  libgtest-dev libgmock-dev libbenchmark-dev   # tests and benchmarks
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "installing: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq "${missing[@]}"
