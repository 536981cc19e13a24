#!/bin/sh
# Run once by the postgres image when it creates the data directory: Keycloak's own database
# and login, from the Secret govhub-keycloak-db (the hub's database is POSTGRES_DB).
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v kc_user="$KEYCLOAK_DB_USER" -v kc_password="$KEYCLOAK_DB_PASSWORD" <<'SQL'
create role :"kc_user" login password :'kc_password';
create database keycloak owner :"kc_user";
SQL
