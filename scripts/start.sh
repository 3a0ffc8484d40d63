#!/usr/bin/env bash
# Starts the portal with the demo data: frontend on :3000, backend on :7007,
# catalog and plugin data in SQLite files under .data/ (kept across restarts).
#   ./fitsys start              SQLite files (default)
#   ./fitsys start --postgres   PostgreSQL (POSTGRES_* variables; defaults to a local server)
set -euo pipefail
cd "$FITSYS_ROOT"
# shellcheck source=scripts/setup.sh
. scripts/setup.sh

configs=(--config "$FITSYS_ROOT/app-config.yaml" --config "$FITSYS_ROOT/app-config.demo.yaml")
case "${1:-}" in
  --postgres)
    export POSTGRES_HOST="${POSTGRES_HOST:-localhost}" POSTGRES_PORT="${POSTGRES_PORT:-5432}"
    export POSTGRES_USER="${POSTGRES_USER:-postgres}" POSTGRES_PASSWORD="${POSTGRES_PASSWORD:-postgres}"
    configs+=(--config "$FITSYS_ROOT/app-config.postgres.yaml")
    ;;
  '') ;;
  *)
    echo "Unknown option '$1': use './fitsys start' or './fitsys start --postgres'" >&2
    exit 2
    ;;
esac
# Personal overrides, git-ignored.
if [ -f app-config.local.yaml ]; then
  configs+=(--config "$FITSYS_ROOT/app-config.local.yaml")
fi

mkdir -p .data/sqlite .data/techdocs

# A config mistake should stop here with the setting's name, not halfway
# through start-up.
node scripts/check-config.mjs "${configs[@]}"

echo "Starting Fit Systems: http://localhost:3000 (backend http://localhost:7007). Stop with Ctrl-C."
echo "If something fails, './fitsys doctor' says what and how to fix it."
exec yarn start "${configs[@]}"
