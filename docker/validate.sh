#!/usr/bin/env bash
# Validates the compose file without a Docker engine: `docker-compose config -q` only parses,
# interpolates and checks the file against the compose schema; it talks to no daemon.
#   docker/validate.sh                  # checks docker/compose.yml
#   docker/validate.sh path/to/file.yml # checks another file
# Also runs `docker compose config -q` when the v2 plugin is installed.
# Exit 0: valid; 1: invalid; 2: docker-compose missing and not installable here.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
file="${1:-$root/docker/compose.yml}"

if ! command -v docker-compose >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "docker-compose not found; installing the Debian package docker-compose ..." >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq docker-compose >/dev/null 2>&1 \
      || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq docker-compose >/dev/null 2>&1; } \
      || { echo "$file: not checked (apt-get install docker-compose failed)"; exit 2; }
  else
    echo "$file: not checked (docker-compose missing; install it: sudo apt-get update && sudo apt-get install -y docker-compose)"
    exit 2
  fi
fi

if [ ! -f "$file" ]; then
  echo "$file: invalid (no such file)"
  exit 1
fi

# Dummy values for the required variables (${VAR:?...}) so the check needs no real secrets.
# An empty --env-file keeps a developer's docker/.env out of the check.
export SECRETS_KEY=validate-dummy-secrets-key-0123456789abcdef
export AUTH_SECRET=validate-dummy-auth-secret-0123456789abcdef
empty_env="$(mktemp)"
trap 'rm -f "$empty_env"' EXIT

checker="docker-compose $(docker-compose version --short 2>/dev/null)"
ok=1
docker-compose --env-file "$empty_env" -f "$file" config -q || ok=0

if [ "$ok" = 1 ] && docker compose version >/dev/null 2>&1; then
  checker="$checker + docker compose $(docker compose version --short 2>/dev/null)"
  docker compose --env-file "$empty_env" -f "$file" config -q || ok=0
fi

if [ "$ok" = 1 ]; then
  echo "$file: valid ($checker)"
  exit 0
fi
echo "$file: invalid ($checker)"
exit 1
