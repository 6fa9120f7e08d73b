#!/usr/bin/env bash
# Runs a command with Node >= 22.12 first on PATH, so `npm start` and `npm test` work on a machine
# whose Node is older (these machines ship Node 20): use-node.sh fetches Node 24 from the npm
# registry once and reuses it afterwards.
set -euo pipefail
# shellcheck source=use-node.sh
. "$(dirname "$0")/use-node.sh"
exec "$@"
