#!/usr/bin/env bash
# Runs node with the arguments given, on Node >= 22 even where the machine ships an older one,
# so `npm start` and `npm test` work on any machine with npm.
set -euo pipefail
. "$(dirname "$0")/ensure-node.sh" >&2
exec node "$@"
