#!/bin/sh
# The "walg_backup" service: a base backup at start and then every WALG_BACKUP_EVERY_HOURS,
# keeping the newest WALG_RETAIN_FULL backups (and the WAL they need).
set -eu
: "${WALG_S3_PREFIX:?set WALG_S3_PREFIX}"
every=$(( ${WALG_BACKUP_EVERY_HOURS:-24} * 3600 ))
until pg_isready -q; do sleep 2; done
while true; do
  wal-g backup-push "$PGDATA"
  wal-g delete retain FULL "${WALG_RETAIN_FULL:-7}" --confirm
  sleep "$every"
done
