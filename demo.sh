#!/usr/bin/env bash
# The README's first command: builds the programs, starts the bundled Zendesk simulator with a
# seeded account, syncs it into ./zendesk.duckdb, changes a few records, syncs again from the saved
# state, and shows what each run loaded. Needs the .NET 10 SDK and curl; nothing else.
set -euo pipefail
cd "$(dirname "$0")"

tickets="${DEMO_TICKETS:-1000}"
configuration=Release
work="$(mktemp -d -t zendesk-demo.XXXXXX)"
simulator_pid=""

say() { printf '\n==> %s\n' "$*"; }
fail() { printf 'demo.sh: %s\n' "$*" >&2; exit 1; }

cleanup() {
  if [ -n "$simulator_pid" ] && kill -0 "$simulator_pid" 2>/dev/null; then
    kill "$simulator_pid" 2>/dev/null || true
    wait "$simulator_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

command -v dotnet >/dev/null || fail "the .NET 10 SDK is needed: https://dotnet.microsoft.com/download"
command -v curl >/dev/null || fail "curl is needed to change records in the simulator (apt-get install curl)"

tap=(dotnet "tap-zendesk/bin/$configuration/net10.0/tap-zendesk.dll")
target=(dotnet "target-warehouse/bin/$configuration/net10.0/linux-x64/target-warehouse.dll")
simulator=(dotnet "zendesk-simulator/bin/$configuration/net10.0/zendesk-simulator.dll")

say "Building tap-zendesk, target-warehouse and the Zendesk simulator ($configuration)"
for project in tap-zendesk/TapZendesk.csproj target-warehouse/TargetWarehouse.csproj zendesk-simulator/ZendeskSimulator.csproj; do
  dotnet build "$project" -c "$configuration" -nologo -v quiet >"$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; fail "building $project failed"; }
done

say "Starting the simulator: a seeded account with $tickets tickets on a free loopback port"
# Rate limits off, here and in the tap (request_budgets false): a local demo has no account to protect.
"${simulator[@]}" --urls http://127.0.0.1:0 --seed 42 --tickets "$tickets" --rate-limits false >"$work/simulator.log" 2>&1 &
simulator_pid=$!
for _ in $(seq 1 120); do
  grep -qx ready "$work/simulator.log" 2>/dev/null && break
  kill -0 "$simulator_pid" 2>/dev/null || { cat "$work/simulator.log" >&2; fail "the simulator stopped"; }
  sleep 0.5
done
grep -qx ready "$work/simulator.log" || fail "the simulator did not start within a minute"
field() { sed -n "s/^$1: //p" "$work/simulator.log" | head -n 1; }
base_url="$(field base_url)"
echo "    $base_url  ($(field account))"

cat >"$work/tap.json" <<EOF
{
  "subdomain": "$(field subdomain)",
  "base_url": "$base_url",
  "client_id": "$(field client_id)",
  "client_secret": "$(field client_secret)",
  "start_date": "2020-01-01T00:00:00Z",
  "request_budgets": false
}
EOF
rm -f zendesk.duckdb zendesk.duckdb.wal
cat >"$work/target.json" <<EOF
{
  "path": "$PWD/zendesk.duckdb",
  "schema": "zendesk",
  "stream_load_methods": {
    "ticket_events": "append-only",
    "ticket_metric_events": "append-only",
    "ticket_audits": "append-only",
    "audit_logs": "append-only"
  }
}
EOF

# One sync as users run it; the target's last STATE line becomes the next run's --state.
sync() {
  local run="$1"; shift
  local started=$SECONDS
  if ! "${tap[@]}" --config "$work/tap.json" "$@" 2>"$work/tap$run.log" \
      | "${target[@]}" --config "$work/target.json" >"$work/states$run.jsonl" 2>"$work/target$run.log"; then
    tail -n 20 "$work/tap$run.log" "$work/target$run.log" >&2
    fail "sync $run failed (logs above)"
  fi
  local last
  last="$(tail -n 1 "$work/states$run.jsonl")"
  if command -v jq >/dev/null; then
    jq -c .value <<<"$last" >"$work/state.json"
  else
    sed -e 's/^{"type":"STATE","value":\(.*\)}$/\1/' <<<"$last" >"$work/state.json"
  fi
  echo "    done in $((SECONDS - started)) s; the target's last STATE line is saved as state.json"
}

say "Run 1: tap-zendesk | target-warehouse into ./zendesk.duckdb"
sync 1
"${target[@]}" --config "$work/target.json" --tables | sed 's/^/    /'

say "Changing records in the simulator (its admin endpoint)"
admin() { curl -fsS -o /dev/null -X "$1" -H 'Content-Type: application/json' ${3:+--data "$3"} "$base_url/__admin/$2"; }
# A few live tickets and a user, found the way any API client finds them.
api_ids() { curl -fsS -u "$(field email)/token:$(field api_token)" "$base_url/api/v2/$1.json?page%5Bsize%5D=$2" | grep -o "/api/v2/$1/[0-9]*\.json" | sed 's|.*/||; s|\.json$||' | uniq; }
mapfile -t ticket_ids < <(api_ids tickets 5)
user_id="$(api_ids users 100 | tail -n 1)"
[ "${#ticket_ids[@]}" -eq 5 ] && [ -n "$user_id" ] || fail "could not list tickets and users from the simulator"
admin PATCH "tickets/${ticket_ids[0]}" '{"status":"pending","priority":"urgent","subject":"Refund still not received"}'
admin POST "tickets/${ticket_ids[1]}/comments" '{"body":"Following up: the fix is deployed.","public":true}'
admin POST "tickets/${ticket_ids[2]}/comments" '{"body":"Customer called twice.","public":false}'
admin POST "tickets/${ticket_ids[3]}/system_update"
admin DELETE "tickets/${ticket_ids[4]}"
admin POST tickets '{"count":3}'
admin POST "users/$user_id/deactivate"
echo "    tickets ${ticket_ids[*]}: updated, commented, commented privately, updated by the system, deleted"
echo "    3 tickets created, user $user_id deactivated"
# Zendesk's exports never return the last minute: move the simulated clock past it.
admin POST clock/advance '{"seconds":120}'

say "Run 2: the same command with --state state.json loads only what changed"
sync 2 --state "$work/state.json"
# The target's per-stream report, without the streams that had nothing new.
awk '/summary for/ {on=1; print; next} on && ($3 != "0" || $1 == "stream") {print}' "$work/target2.log" | sed 's/^target-warehouse: //; s/^/    /'

say "Stopping the simulator"
kill "$simulator_pid" && wait "$simulator_pid" 2>/dev/null || true
simulator_pid=""

say "Against your own Zendesk account"
cat <<EOF
    cp config.json.example tap.json     # keys: $(grep -o '"[a-z_]*":' config.json.example | tr -d '":' | paste -sd ' ')
    cp target.json.example target.json
    tap-zendesk --config tap.json | target-warehouse --config target.json > states.jsonl
    tail -n 1 states.jsonl | jq -c .value > state.json     # every later run adds --state state.json
    target-warehouse --config target.json --tables

    (tap-zendesk and target-warehouse installed as .NET tools or single-file executables: see the README)
EOF
