#!/bin/sh
# Postgres's archive_command. With WALG_S3_PREFIX set, each finished WAL segment goes to
# the object store and Postgres keeps it until the push succeeded (non-zero exit = retry).
# Without it archiving is off: the segment is recycled as usual.
set -eu
[ -n "${WALG_S3_PREFIX:-}" ] || exit 0
exec wal-g wal-push "$1"
