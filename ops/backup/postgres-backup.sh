#!/usr/bin/env bash
# The daily backup of Atlas's PostgreSQL server: a full pgBackRest backup, then expiry of what
# retention no longer keeps (ops/backup/pgbackrest.conf). Run once a day from cron or a systemd
# timer (ops/backup/atlas-backup.cron), or by hand with `npm run backup:server`.
# PGBACKREST_CONFIG (default /etc/pgbackrest/pgbackrest.conf) and ATLAS_BACKUP_STANZA (default atlas)
# choose the configuration and stanza.
set -euo pipefail

stanza="${ATLAS_BACKUP_STANZA:-atlas}"
# pgBackRest must run as the database's owner; root hands over to the postgres user.
if [ "$(id -u)" = 0 ]; then
  exec runuser -u postgres -- "$0" "$@"
fi

pgbackrest --stanza="$stanza" --type=full backup
# Backup expires old backups itself; expiring again also clears what a failed night left behind.
pgbackrest --stanza="$stanza" expire
