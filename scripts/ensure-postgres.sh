#!/usr/bin/env bash
# Makes a PostgreSQL server with pgvector available on 127.0.0.1:5432 and creates the test
# database. Prints the DATABASE_URL to use on its last line. Debian only; needs root.
#
# - A server already listening (trust auth) is used as it is; only pgvector is added.
# - Otherwise Debian's postgresql is installed and started.
# - pgvector comes from Debian's package where one exists (Debian 13+). Debian 12 has none, so
#   Debian's own pgvector source package from trixie is built against the local server.
set -euo pipefail

database="${ATLAS_TEST_DATABASE:-atlas_test}"
apt_updated=0
apt_update() { [ "$apt_updated" = 1 ] || { apt-get update -qq >&2; apt_updated=1; }; }
psql_admin() { psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

if ! psql_admin -c 'select 1' >/dev/null 2>&1; then
  if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
    apt_update
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  fi
  major="$(ls /etc/postgresql | sort -n | tail -1)"
  conf="/etc/postgresql/$major/main/pg_hba.conf"
  # Local CI server only: trust loopback connections so tests need no password.
  grep -q '^host all all 127.0.0.1/32 trust' "$conf" || sed -i '1i host all all 127.0.0.1/32 trust' "$conf"
  pg_ctlcluster --skip-systemctl-redirect "$major" main start >&2 || pg_ctlcluster --skip-systemctl-redirect "$major" main restart >&2
  for _ in $(seq 1 30); do psql_admin -c 'select 1' >/dev/null 2>&1 && break; sleep 1; done
fi

major="$(psql_admin -c 'show server_version_num' | cut -c1-2)"
sharedir="$(pg_config --sharedir 2>/dev/null || echo /usr/share/postgresql/$major)"

if [ ! -f "/usr/share/postgresql/$major/extension/vector.control" ]; then
  apt_update
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "postgresql-$major-pgvector" >&2 2>/dev/null; then
    sources=/etc/apt/atlas-trixie-src
    mkdir -p "$sources/sources.list.d" "$sources/lists/partial"
    echo 'deb-src http://deb.debian.org/debian trixie main' > "$sources/sources.list.d/trixie-src.list"
    apt_options=(-o "Dir::Etc::SourceList=/dev/null" -o "Dir::Etc::SourceParts=$sources/sources.list.d" -o "Dir::State::Lists=$sources/lists")
    apt-get "${apt_options[@]}" update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "postgresql-server-dev-$major" dpkg-dev make gcc >&2
    build="$(mktemp -d)"
    (cd "$build" && apt-get "${apt_options[@]}" source --download-only pgvector >&2 && dpkg-source -x pgvector_*.dsc src >&2 \
      && cd src && make -s PG_CONFIG="/usr/lib/postgresql/$major/bin/pg_config" >&2 \
      && make -s install PG_CONFIG="/usr/lib/postgresql/$major/bin/pg_config" >&2)
    rm -rf "$build"
  fi
fi
unset sharedir

if [ "$(psql_admin -c "select 1 from pg_database where datname = '$database'")" != 1 ]; then
  psql_admin -c "create database $database" >&2
fi
psql_admin -d "$database" -c 'create extension if not exists vector' >&2

echo "postgres://postgres@127.0.0.1:5432/$database"
