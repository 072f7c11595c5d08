#!/usr/bin/env bash
# Runs every test suite of Zendesk.Singer and ends with one line: "N passed, N failed".
# The warehouse tests need a PostgreSQL server: this script starts a throwaway one on a free
# loopback port (installing Debian's postgresql first when it is missing and we are root),
# exports its connection string as ZS_TEST_POSTGRES, and stops it on exit whatever happens.
set -uo pipefail
cd "$(dirname "$0")"

configuration="${CONFIGURATION:-Release}"
results_dir="$(mktemp -d -t zs-test-results.XXXXXX)"
pg_dir=""
pg_bin=""

log() { printf '[test.sh] %s\n' "$*" >&2; }

find_pg_bin() {
  local candidate
  for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$candidate/initdb" ] && [ -x "$candidate/postgres" ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

free_port() {
  python3 - <<'PY' 2>/dev/null || echo $(( 20000 + RANDOM % 20000 ))
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
PY
}

stop_postgres() {
  if [ -n "$pg_dir" ] && [ -d "$pg_dir" ]; then
    as_pg_user "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
}

cleanup() {
  stop_postgres
  rm -rf "$results_dir"
}
trap cleanup EXIT

as_pg_user() {
  # initdb and postgres refuse to run as root.
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# A certificate authority, a server certificate for 127.0.0.1 and a client certificate for the role
# zs_cert, so that the SSL tests check the server and sign in by certificate; a second authority
# signed nothing the server shows.
make_certificates() {
  local ssl="$1"
  command -v openssl >/dev/null || { log "openssl is not installed: the PostgreSQL SSL tests will fail"; return 0; }
  mkdir -p "$ssl"
  (
    cd "$ssl" || exit 1
    for ca in ca other-ca; do
      openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=zendesk-singer test $ca" -keyout "$ca.key" -out "$ca.crt" 2>/dev/null
    done
    printf 'subjectAltName=IP:127.0.0.1\n' > server.ext
    openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout server.key -out server.csr 2>/dev/null
    openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 -extfile server.ext -out server.crt 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -subj "/CN=zs_cert" -keyout client.key -out client.csr 2>/dev/null
    openssl x509 -req -in client.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 -out client.crt 2>/dev/null
    chmod 600 server.key
  ) || return 1
  [ "$(id -u)" -eq 0 ] && chown postgres "$ssl"/server.key "$ssl"/server.crt "$ssl"/ca.crt
  export ZS_TEST_POSTGRES_SSL="$ssl"
}

start_postgres() {
  if [ -n "${ZS_TEST_POSTGRES:-}" ]; then
    log "using the PostgreSQL server given in ZS_TEST_POSTGRES"
    return 0
  fi
  if ! pg_bin="$(find_pg_bin)"; then
    if [ "$(id -u)" -eq 0 ]; then
      log "installing PostgreSQL (apt-get install -y postgresql)"
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2 || true
    fi
    pg_bin="$(find_pg_bin)" || { log "PostgreSQL is not installed: install Debian's postgresql package"; return 1; }
  fi
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    useradd --system --no-create-home postgres
  fi
  pg_dir="$(mktemp -d -t zs-pg.XXXXXX)"
  chmod 755 "$pg_dir"
  [ "$(id -u)" -eq 0 ] && chown postgres "$pg_dir"
  local port
  port="$(free_port)"
  as_pg_user "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null || return 1
  local ssl_options=""
  make_certificates "$pg_dir/ssl" || return 1
  if [ -n "${ZS_TEST_POSTGRES_SSL:-}" ]; then
    ssl_options="-c ssl=on -c ssl_cert_file=$pg_dir/ssl/server.crt -c ssl_key_file=$pg_dir/ssl/server.key -c ssl_ca_file=$pg_dir/ssl/ca.crt"
    # The first matching line wins: zs_cert signs in only over SSL, with a certificate.
    { echo "hostssl all zs_cert 127.0.0.1/32 cert"; cat "$pg_dir/data/pg_hba.conf"; } > "$pg_dir/hba" && cat "$pg_dir/hba" > "$pg_dir/data/pg_hba.conf"
  fi
  as_pg_user "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
    -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 $ssl_options" \
    start >/dev/null || { cat "$pg_dir/server.log" >&2; return 1; }
  export ZS_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true"
  log "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
}

start_postgres || { echo "0 passed, 1 failed"; exit 1; }

log "building ($configuration)"
if ! dotnet build Zendesk.Singer.sln -c "$configuration" -nologo -v quiet; then
  echo "0 passed, 1 failed"
  exit 1
fi

status=0
for project in tests/*.Tests/*.csproj; do
  name="$(basename "$project" .csproj)"
  log "running $name"
  if ! dotnet test "$project" -c "$configuration" --no-build -nologo \
      --logger "trx;LogFileName=$name.trx" --results-directory "$results_dir" \
      --logger "console;verbosity=minimal"; then
    status=1
  fi
done

passed=0
failed=0
for trx in "$results_dir"/*.trx; do
  [ -f "$trx" ] || continue
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -1)"
  p="$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  f="$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  passed=$(( passed + ${p:-0} ))
  failed=$(( failed + ${f:-0} ))
done
# A suite that crashed before writing its results still counts as a failure.
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1
fi
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
