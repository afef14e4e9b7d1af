#!/usr/bin/env bash
# Checks Atlas's MCP server with a client nobody here wrote: the MCP Inspector CLI (a pinned dev
# dependency, so nothing is downloaded) lists and calls tools over Streamable HTTP and over stdio,
# as a throwaway account on a throwaway database (or on DATABASE_URL when it is set).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/ensure-node.sh

work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

fail() {
  echo "mcp-inspector-check: $*" >&2
  exit 1
}

# The Inspector keeps a catalog and secrets under $HOME; a throwaway one keeps the machine's clean.
inspector() {
  HOME="$work/home" node node_modules/@modelcontextprotocol/inspector/clients/launcher/build/index.js --cli --format json --quiet "$@" </dev/null
}

# Asserts on the Inspector's JSON answer (in $1) with a JavaScript expression over `result`.
expect_json() {
  node --input-type=module -e '
    import { readFileSync } from "node:fs";
    const [file, expression, label] = process.argv.slice(1);
    const { result } = JSON.parse(readFileSync(file, "utf8"));
    const expected = JSON.parse(process.env.EXPECTED_TOOLS);
    if (!new Function("result", "expected", `return (${expression});`)(result, expected)) {
      console.error(`${label}: unexpected answer\n${JSON.stringify(result, null, 2).slice(0, 2000)}`);
      process.exit(1);
    }
  ' "$@"
}

EXPECTED_TOOLS="$(node --import tsx --input-type=module -e '
  const { tools } = await import("./tools/index.ts");
  console.log(JSON.stringify(tools.map((tool) => tool.name).sort()));
')"
export EXPECTED_TOOLS
lists_every_tool='JSON.stringify(result.tools.map((tool) => tool.name).sort()) === JSON.stringify(expected)'
returns_the_pipeline='!result.isError && Array.isArray(result.structuredContent.applications) && typeof result.structuredContent.total === "number"'

port="$(node -e 'const server = require("node:net").createServer().listen(0, "127.0.0.1", () => { console.log(server.address().port); server.close(); })')"
url="http://127.0.0.1:$port"
database=()
if [ -z "${DATABASE_URL:-}" ]; then database=(ATLAS_DATA_DIR="$work/database"); fi
# Only what the check needs: no model key, no breach lookup over the network.
server_environment=(PORT="$port" HOST=127.0.0.1 ATLAS_PUBLIC_URL="$url" ATLAS_HIBP_CHECK=false GOOGLE_GENERATIVE_AI_API_KEY= "${database[@]}")

echo '--- MCP Inspector over Streamable HTTP'
env "${server_environment[@]}" node --import tsx web/main.ts >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  node -e "fetch('$url/api/health').then((response) => process.exit(response.ok ? 0 : 1), () => process.exit(1))" && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; fail 'the web server stopped before answering'; }
  sleep 1
done

# A new account and a read+write token, made the way a user makes them: through the web API.
token="$(node --input-type=module -e '
  const url = process.argv[1];
  const headers = { origin: url, "content-type": "application/json" };
  const signUp = await fetch(`${url}/api/auth/signup`, {
    method: "POST", headers,
    body: JSON.stringify({ email: `inspector-${crypto.randomUUID()}@example.test`, password: "violet-harbour-lantern-42" }),
  });
  if (signUp.status !== 201) throw new Error(`sign-up answered ${signUp.status}: ${await signUp.text()}`);
  const cookie = signUp.headers.getSetCookie()[0].split(";")[0];
  const created = await fetch(`${url}/api/tokens`, {
    method: "POST", headers: { ...headers, cookie },
    body: JSON.stringify({ name: "MCP Inspector check", scopes: ["read", "write"] }),
  });
  if (created.status !== 201) throw new Error(`token creation answered ${created.status}: ${await created.text()}`);
  console.log((await created.json()).token);
' "$url")"

http=("$url/mcp" --transport http --header "Authorization: Bearer $token")
inspector "${http[@]}" --method tools/list >"$work/http-list.json" || fail 'tools/list over HTTP failed'
expect_json "$work/http-list.json" "$lists_every_tool" 'tools/list over HTTP'
inspector "${http[@]}" --method tools/call --tool-name listApplications >"$work/http-call.json" || fail 'tools/call over HTTP failed'
expect_json "$work/http-call.json" "$returns_the_pipeline" 'tools/call listApplications over HTTP'
if inspector "$url/mcp" --transport http --header "Authorization: Bearer atlas_pat_${token:10:24}.aaaaaaaaaaaaaaaaaaaaaaaa" \
  --method tools/list >/dev/null 2>&1; then
  fail 'a token with the wrong secret was accepted over HTTP'
fi
echo 'tools listed and called over HTTP; a wrong token refused'

# Embedded PGlite lets one process open its folder, so the web server stops before the stdio server starts.
kill "$server_pid"
wait "$server_pid" 2>/dev/null || true
server_pid=""

echo '--- MCP Inspector over stdio'
stdio_environment=(-e "ATLAS_TOKEN=$token")
if [ -n "${DATABASE_URL:-}" ]; then stdio_environment+=(-e "DATABASE_URL=$DATABASE_URL"); else stdio_environment+=(-e "ATLAS_DATA_DIR=$work/database"); fi
stdio=(--transport stdio --cwd "$PWD" "${stdio_environment[@]}")
server_command=(-- node --import tsx mcp/stdio-main.ts)
inspector "${stdio[@]}" --method tools/list "${server_command[@]}" >"$work/stdio-list.json" || fail 'tools/list over stdio failed'
expect_json "$work/stdio-list.json" "$lists_every_tool" 'tools/list over stdio'
inspector "${stdio[@]}" --method tools/call --tool-name listApplications "${server_command[@]}" >"$work/stdio-call.json" || fail 'tools/call over stdio failed'
expect_json "$work/stdio-call.json" "$returns_the_pipeline" 'tools/call listApplications over stdio'
echo 'tools listed and called over stdio'
