#!/usr/bin/env bash
# The services the test suite needs, started or installed where missing:
# PostgreSQL (store tests run on SQLite and PostgreSQL) and Chromium (browser
# tests). Sourced by scripts/test.sh and .ci/run, after scripts/setup.sh.

# Points TestDatabases at a PostgreSQL server: the one named by
# BACKSTAGE_TEST_DATABASE_POSTGRES<version>_CONNECTION_STRING if set, else this
# machine's cluster (started if stopped, installed with apt-get if missing).
ensure_postgres() {
  local preset
  preset=$(env | sed -n 's/^BACKSTAGE_TEST_DATABASE_POSTGRES\([0-9]*\)_CONNECTION_STRING=.*/\1/p' | head -n 1)
  if [ -n "$preset" ]; then
    export FITSYS_TEST_POSTGRES_ID="POSTGRES_${preset}"
    return 0
  fi
  if ! command -v pg_lsclusters >/dev/null 2>&1; then
    if can_apt; then
      fitsys_log "Installing PostgreSQL (apt-get install postgresql)"
      apt_install postgresql || return 1
    else
      fitsys_log "The store tests need PostgreSQL: install it, or set BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING=postgresql://user:password@host:port"
      return 1
    fi
  fi
  local version name port status
  read -r version name port status _ < <(pg_lsclusters -h | head -n 1) || true
  if [ -z "${version:-}" ]; then
    if ! can_apt; then
      fitsys_log "PostgreSQL is installed but has no cluster; create one (pg_createcluster) and run again"
      return 1
    fi
    version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
    pg_createcluster --start "$version" main >/dev/null || return 1
    read -r version name port status _ < <(pg_lsclusters -h | head -n 1) || true
  fi
  if [ "$status" != online ]; then
    fitsys_log "Starting PostgreSQL $version ($name, port $port)"
    pg_ctlcluster "$version" "$name" start || return 1
  fi
  # Local test server only: a known password so TestDatabases can log in over TCP.
  if [ "$(id -u)" = 0 ]; then
    su postgres -c "psql -p $port -qc \"ALTER USER postgres PASSWORD 'postgres'\"" >/dev/null || return 1
  fi
  export "BACKSTAGE_TEST_DATABASE_POSTGRES${version}_CONNECTION_STRING=postgresql://postgres:postgres@localhost:$port"
  export FITSYS_TEST_POSTGRES_ID="POSTGRES_${version}"
}

# Finds Chromium for the browser tests (FITSYS_CHROMIUM), installing Debian's
# package where missing: Playwright cannot download its own browsers here.
ensure_chromium() {
  local candidate
  for candidate in "${FITSYS_CHROMIUM:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then
      export FITSYS_CHROMIUM="$candidate"
      return 0
    fi
  done
  if can_apt; then
    fitsys_log "Installing Chromium for the browser tests (apt-get install chromium)"
    apt_install chromium && export FITSYS_CHROMIUM=/usr/bin/chromium && return 0
  fi
  fitsys_log "The browser tests need Chromium: install it (Debian: apt-get install chromium) or set FITSYS_CHROMIUM to its path"
  return 1
}
