#!/usr/bin/env bash
# Puts a Node that runs Atlas on PATH: at least the version package.json's `engines` names. Source it:
# `. scripts/ensure-node.sh`. When the machine's node is older, Node 24 LTS is fetched (scripts/fetch-node.sh).

atlas_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# engines.node is ">=MAJOR.MINOR"; the same floor is checked here so the two never disagree.
atlas_node_minimum="$(sed -n 's/.*"node": *">=\([0-9.]*\)".*/\1/p' "$atlas_root/package.json")"
atlas_node_runs_atlas() {
  node -e '
    const [major, minor] = process.argv[1].split(".").map(Number);
    const [haveMajor, haveMinor] = process.versions.node.split(".").map(Number);
    process.exit(haveMajor > major || (haveMajor === major && haveMinor >= minor) ? 0 : 1);
  ' "$atlas_node_minimum" 2>/dev/null
}

if ! atlas_node_runs_atlas; then
  atlas_node_bin="$(ATLAS_NODE_HOME="${ATLAS_NODE_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/atlas-node-24}" bash "$atlas_root/scripts/fetch-node.sh" 24)" || {
    echo "ensure-node: install Node >= $atlas_node_minimum" >&2
    return 1 2>/dev/null || exit 1
  }
  export PATH="$atlas_node_bin:$PATH"
  # Native addons must build against the headers of the node that runs them.
  export npm_config_nodedir="$(dirname "$atlas_node_bin")"
fi

if ! atlas_node_runs_atlas; then
  echo "ensure-node: Node >= $atlas_node_minimum is required, found $(node --version 2>/dev/null || echo none)" >&2
  return 1 2>/dev/null || exit 1
fi
