#!/bin/sh
# Run once by compose's minio_bucket job: the bucket, its lifecycle, and the backup bucket.
# Idempotent: `mc ilm import` replaces the bucket's whole lifecycle configuration.
set -eu
mc alias set local http://minio:9000 "$MINIO_ROOT_USER" "$MINIO_ROOT_PASSWORD"
mc mb --ignore-existing "local/$S3_BUCKET"

# Every object in the bucket belongs to a job (uploads/, scripts/, videos/). The API's
# clean-up removes them after VIDEO_RETENTION_DAYS; this expiry is the store's backstop.
# OBJECT_EXPIRY_DAYS=0 keeps objects for ever (then set VIDEO_RETENTION_DAYS=0 as well).
if [ "${OBJECT_EXPIRY_DAYS:-35}" -gt 0 ]; then
  cat > /tmp/lifecycle.json <<JSON
{"Rules": [
  {"ID": "expire-job-objects", "Status": "Enabled", "Filter": {"Prefix": ""},
   "Expiration": {"Days": ${OBJECT_EXPIRY_DAYS:-35}},
   "AbortIncompleteMultipartUpload": {"DaysAfterInitiation": 1}}
]}
JSON
  mc ilm import "local/$S3_BUCKET" < /tmp/lifecycle.json
else
  mc ilm rule rm --all --force "local/$S3_BUCKET" 2>/dev/null || true
fi
mc ilm rule ls "local/$S3_BUCKET" || true

# wal-g's bucket (WALG_S3_PREFIX=s3://BUCKET/path), kept apart from job objects.
if [ -n "${WALG_S3_PREFIX:-}" ]; then
  backup_bucket=$(echo "$WALG_S3_PREFIX" | sed -E 's|^s3://([^/]+).*|\1|')
  mc mb --ignore-existing "local/$backup_bucket"
fi
