#!/usr/bin/env bash
# Starts the bot and the Microsoft 365 Agents Playground side by side; Ctrl-C stops both.
# Usage: scripts/run-local.sh [bot port, default 3978] [playground port, default 56150]
# (`make run` installs and migrates first, then calls this.) PLAYGROUND_USER=rie signs the
# playground in as another of its users (lisbet, the secretary, by default); the bot's data
# in data/moedebot.db stays, so one can plan as Lisbet, then answer as Rie.
set -euo pipefail
port=${1:-3978}
playground_port=${2:-56150}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"  # the default DATABASE_URL, sqlite:///data/moedebot.db, is relative to the repository
python="$root/.venv/bin/python"
workdir="$root/data/playground"
out="$workdir/playground.$$.out"  # its stdout, one file per run
mkdir -p "$workdir"
"$python" "$root/scripts/playground_user.py" "$root/tests/e2e/m365agentsplayground.yml" \
    "${PLAYGROUND_USER:-lisbet}" >"$workdir/.m365agentsplayground.yml"
: >"$out"

bot="" playground=""
stop() {  # SIGTERM to both, SIGKILL to whatever still runs 10 s later
    trap '' INT TERM  # a second Ctrl-C must not cut this short
    trap - EXIT
    rm -f "$out"
    [ -n "$bot$playground" ] || return 0
    kill $bot $playground 2>/dev/null || true
    for _ in $(seq 1 20); do
        kill -0 $bot 2>/dev/null || kill -0 $playground 2>/dev/null || break
        sleep 0.5
    done
    kill -9 $bot $playground 2>/dev/null || true
    wait 2>/dev/null || true
}
trap stop EXIT
trap 'exit 0' INT TERM  # Ctrl-C is the way to stop: stop both quietly

answers() {  # whether an HTTP GET of $1 answers 2xx (no curl needed)
    "$python" -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=2)' \
        "$1" >/dev/null 2>&1
}

PORT=$port "$python" app.py &
bot=$!
# With stdout not a terminal the playground prints only "Listening on <port>". If the port asked
# for is taken it quietly listens on another one, so the address is read from that line.
(cd "$workdir" && TEAMSAPPTESTER_BROWSER=none exec "$root/node_modules/.bin/agentsplayground" \
    -e "http://127.0.0.1:$port/api/messages" -c msteams -p "$playground_port" --dt) \
    </dev/null >"$out" 2>&1 &
playground=$!

listening="" ready=""
for _ in $(seq 1 240); do  # the bot trains its classifier first (some 21 s)
    if ! kill -0 "$bot" 2>/dev/null; then
        echo "Mødebot did not start (see above). Is port $port taken? Try: make run PORT=3979" >&2
        exit 1
    fi
    if ! kill -0 "$playground" 2>/dev/null; then
        echo "The Agents Playground did not start; see $workdir/devTools/" >&2
        exit 1
    fi
    listening=${listening:-$(sed -n 's/.*Listening on \([0-9][0-9]*\).*/\1/p' "$out" | head -n 1)}
    if [ -n "$listening" ] && answers "http://127.0.0.1:$port/healthz" \
        && answers "http://127.0.0.1:$listening/_debug/ping"; then
        ready=yes
        break
    fi
    sleep 0.5
done
if [ -z "$ready" ]; then
    echo "The bot or the Agents Playground did not get ready in 120 s; see above and" \
        "$workdir/devTools/" >&2
    exit 1
fi
if [ "$listening" != "$playground_port" ]; then
    echo "(Port $playground_port was taken; the Playground listens on $listening instead.)"
fi
cat <<MSG

  Mødebot is running on http://127.0.0.1:$port/api/messages
  Chat with it in your browser:  http://127.0.0.1:$listening  (as ${PLAYGROUND_USER:-lisbet})
  (Write "hjælp" or "help". Playground log: data/playground/devTools/)
  Ctrl-C stops both.

MSG
# Until Ctrl-C, or until one of them stops (then the other is stopped too).
while kill -0 "$bot" 2>/dev/null && kill -0 "$playground" 2>/dev/null; do
    sleep 1
done
if kill -0 "$bot" 2>/dev/null; then
    echo "The Agents Playground stopped; stopping Mødebot." >&2
else
    echo "Mødebot stopped; stopping the Agents Playground." >&2
fi
exit 1
