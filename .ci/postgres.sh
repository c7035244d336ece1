#!/bin/bash
# Installs, starts and prepares PostgreSQL for movierec's database tests on a Debian machine (run as root).
# Idempotent. Afterwards the tests reach it with
#   MOVIEREC_TEST_POSTGRES_URL='jdbc:postgresql://localhost:5432/movierec_test?user=movierec&password=movierec'
set -euo pipefail

if ! command -v pg_ctlcluster > /dev/null || ! ls /usr/lib/postgresql/*/bin/postgres > /dev/null 2>&1; then
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql
fi

version=$(ls /usr/lib/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main"' | grep -q .; then
  pg_createcluster "$version" main
fi
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" && $4 == "online"' | grep -q .; then
  pg_ctlcluster "$version" main start
fi

for _ in $(seq 30); do
  su postgres -c "pg_isready -q" && break
  sleep 1
done

psql_admin() { su postgres -c "psql -v ON_ERROR_STOP=1 -qtAX $*"; }
if [[ -z $(psql_admin "-c \"select 1 from pg_roles where rolname = 'movierec'\"") ]]; then
  psql_admin "-c \"create role movierec login password 'movierec'\""
fi
if [[ -z $(psql_admin "-c \"select 1 from pg_database where datname = 'movierec_test'\"") ]]; then
  psql_admin "-c \"create database movierec_test owner movierec\""
fi
echo "PostgreSQL $version ready: jdbc:postgresql://localhost:5432/movierec_test?user=movierec&password=movierec"
