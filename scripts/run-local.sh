#!/usr/bin/env bash
# Starts the bot and the Microsoft 365 Agents Playground side by side; Ctrl-C stops both.
set -euo pipefail
port=${1:-3978}
playground_port=${2:-56150}
root=$(cd "$(dirname "$0")/.." && pwd)
workdir="$root/data/playground"
mkdir -p "$workdir"
cp "$root/tests/e2e/m365agentsplayground.yml" "$workdir/.m365agentsplayground.yml"

PORT=$port "$root/.venv/bin/python" "$root/app.py" &
bot=$!
(cd "$workdir" && TEAMSAPPTESTER_BROWSER=none exec "$root/node_modules/.bin/agentsplayground" \
    -e "http://127.0.0.1:$port/api/messages" -c msteams -p "$playground_port" --dt) &
playground=$!
trap 'kill $bot $playground 2>/dev/null; wait 2>/dev/null' EXIT INT TERM

for _ in $(seq 1 60); do
    curl -fs "http://127.0.0.1:$playground_port/_debug/ping" >/dev/null 2>&1 && break
    sleep 0.5
done
cat <<MSG

  Mødebot is running on http://127.0.0.1:$port/api/messages
  Chat with it in your browser:  http://127.0.0.1:$playground_port
  (Write "hjælp" or "help". Playground log: data/playground/devTools/)
  Ctrl-C stops both.

MSG
wait -n $bot $playground
