#!/usr/bin/env bash
# Prepares this checkout for `./fitsys start` and `./fitsys test`: Node 22+,
# Yarn 4, the workspace's dependencies and (where it can) mkdocs for TechDocs.
# Sourced by ./fitsys so that the PATH it sets holds for the rest of the run.
# Idempotent; when everything is already in place it returns in about a second.

FITSYS_ROOT="${FITSYS_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
TOOLCHAIN_DIR="$FITSYS_ROOT/.toolchain"

fitsys_log() { printf '\033[1m[fitsys]\033[0m %s\n' "$*" >&2; }

major_of() { "$@" --version 2>/dev/null | sed -E 's/^v?([0-9]+).*/\1/'; }

# 1. Node 22+ and Yarn 4. A machine that has them (a Backstage developer's
#    laptop) keeps its own; otherwise both come from the npm registry into
#    .toolchain/, without touching the system.
use_toolchain() {
  export PATH="$TOOLCHAIN_DIR/node_modules/.bin:$PATH"
  # Native modules (better-sqlite3) must build against Node 22's headers, not
  # whatever ~/.npmrc points at.
  local headers
  for headers in "$TOOLCHAIN_DIR"/node_modules/node/node_modules/node-*; do
    [ -d "$headers/include/node" ] && export npm_config_nodedir="$headers" && break
  done
}

ensure_node_and_yarn() {
  local node_major yarn_major
  if [ -x "$TOOLCHAIN_DIR/node_modules/.bin/node" ]; then
    use_toolchain
  fi
  node_major=$(major_of node)
  yarn_major=$(major_of yarn)
  # Backstage 1.55 supports Node 22 and 24 (package.json engines).
  if { [ "${node_major:-0}" = 22 ] || [ "${node_major:-0}" = 24 ]; } && [ "${yarn_major:-0}" = 4 ]; then
    return 0
  fi
  if ! command -v npm >/dev/null 2>&1; then
    fitsys_log "Node 22+ and Yarn 4 are needed, and npm is not here to fetch them. Install Node 22 (https://nodejs.org) and run again."
    return 1
  fi
  fitsys_log "Fetching Node 22 and Yarn 4 into .toolchain/ (the system keeps its own Node $(node --version 2>/dev/null || echo none))"
  npm install --prefix "$TOOLCHAIN_DIR" --no-save --no-package-lock --no-audit --no-fund \
    --loglevel=error node@22 @yarnpkg/cli-dist@4 >/dev/null || return 1
  use_toolchain
  node_major=$(major_of node)
  yarn_major=$(major_of yarn)
  if [ "${node_major:-0}" != 22 ] || [ "${yarn_major:-0}" != 4 ]; then
    fitsys_log "Could not provide Node 22 and Yarn 4 (have node ${node_major:-none}, yarn ${yarn_major:-none})."
    return 1
  fi
}

# 2. Dependencies, only when yarn.lock or a package.json changed since the
#    last successful install.
install_dependencies() {
  local stamp="$FITSYS_ROOT/node_modules/.fitsys-install-stamp" want
  want=$(cd "$FITSYS_ROOT" && cat yarn.lock package.json packages/*/package.json plugins/*/package.json 2>/dev/null | cksum)
  want="$want node-$(node --version)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    return 0
  fi
  fitsys_log "Installing dependencies (yarn install --immutable)"
  (cd "$FITSYS_ROOT" && YARN_ENABLE_TELEMETRY=0 yarn install --immutable) || {
    fitsys_log "yarn install failed; see the output above. './fitsys doctor' lists what else may be missing."
    return 1
  }
  echo "$want" >"$stamp"
}

# 3. mkdocs and its Material theme for TechDocs (generated locally, without
#    Docker). The docs use Material without web fonts, so nothing they load
#    lives outside the portal.
can_apt() { command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; }

apt_install() {
  if [ ! -f /tmp/.fitsys-apt-updated ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null && touch /tmp/.fitsys-apt-updated
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# mkdocs, and the Material theme importable by the Python that runs mkdocs.
have_mkdocs() {
  local mkdocs_bin python
  mkdocs_bin=$(command -v mkdocs) || return 1
  python=$(head -n 1 "$mkdocs_bin" | sed -n 's/^#! *//p' | cut -d' ' -f1)
  "${python:-python3}" -c "import sys; from mkdocs.utils import get_theme_names; sys.exit('material' not in get_theme_names())" >/dev/null 2>&1
}

ensure_mkdocs() {
  have_mkdocs && return 0
  if can_apt; then
    fitsys_log "Installing mkdocs and its Material theme for TechDocs (apt-get install mkdocs mkdocs-material)"
    apt_install mkdocs mkdocs-material || fitsys_log "Could not install mkdocs; TechDocs pages will not build until it is installed."
  else
    fitsys_log "TechDocs needs mkdocs with the Material theme (Debian: apt-get install mkdocs mkdocs-material; elsewhere: pip install mkdocs mkdocs-material). Going on without it."
  fi
  return 0
}

# 4. python3, make and a C++ compiler, for better-sqlite3's native build.
ensure_build_tools() {
  local missing=()
  command -v python3 >/dev/null 2>&1 || missing+=(python3)
  command -v make >/dev/null 2>&1 || missing+=(make)
  command -v g++ >/dev/null 2>&1 || command -v c++ >/dev/null 2>&1 || missing+=(g++)
  [ ${#missing[@]} -eq 0 ] && return 0
  if can_apt; then
    fitsys_log "Installing ${missing[*]} for native modules (apt-get install)"
    apt_install "${missing[@]}" && return 0
  fi
  fitsys_log "better-sqlite3 builds with python3, make and a C++ compiler; install ${missing[*]} and run again"
  return 1
}

fitsys_setup() {
  ensure_node_and_yarn && ensure_build_tools && install_dependencies && ensure_mkdocs
}
