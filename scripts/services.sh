#!/usr/bin/env bash
# Make sure the local Redis (127.0.0.1:6379, nothing on disk) and PostgreSQL (5432, trust auth)
# are running; start the ones that are not. Idempotent: a second run only checks.
# Called by .ci/run before the tests; the distributed-mode tests also call it themselves.
set -euo pipefail

redis_up() { redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null | grep -q PONG; }
pg_up() { pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; }

if ! redis_up; then
  echo "services: starting redis-server on 127.0.0.1:6379"
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" \
    --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log
fi

if ! pg_up; then
  echo "services: starting PostgreSQL on 127.0.0.1:5432"
  version=$(ls /etc/postgresql | sort -V | tail -n1)
  pg_ctlcluster --skip-systemctl-redirect "$version" main start
fi

for _ in $(seq 1 100); do
  if redis_up && pg_up; then
    echo "services: redis and postgresql are up"
    exit 0
  fi
  sleep 0.1
done
redis_up || echo "services: redis did not come up" >&2
pg_up || echo "services: postgresql did not come up" >&2
exit 1
