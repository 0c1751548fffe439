#!/usr/bin/env bash
# Ba vùng trên một máy — the national level on one machine: three DuPhong instances on loopback
# (the national centre, the province of Lào Cai, the Ministry of Home Affairs), each with its own
# home and three sites, linked exactly as docs/national.md tells operators. Then:
#   1. the province hands fonds H15.01 over to the centre (signed manifest, bags, signed receipt);
#   2. the centre publishes a code-list version, the province and the ministry pull it;
#   3. the centre's portal harvests both by OAI-PMH and searches them.
# The same scenario, with the centre killed mid-handover, runs in CI: e2e/three-regions.int.test.ts.
#
# Usage: npm run build && bash scripts/three-regions.sh [DIR] [--keep]
#   DIR     where the three homes go (default: a new temporary folder)
#   --keep  leave the three servers running at the end (Ctrl+C stops them)
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
ROOT=""
KEEP=0
for a in "$@"; do if [ "$a" = "--keep" ]; then KEEP=1; else ROOT=$a; fi; done
ROOT=${ROOT:-$(mktemp -d)}
mkdir -p "$ROOT"
PASSWORD='mat-khau-quan-tri-ba-vung'
dp() { node "$REPO/packages/server/bin/duphong.js" "$@"; }
json() { node -e "let d='';process.stdin.on('data',c=>d+=c).on('end',()=>{const j=JSON.parse(d);console.log($1)})"; }
free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
first() { local out; out=$("$@" 2>/dev/null); echo "${out%%$'\n'*}"; }
say() { printf '\n== %s\n' "$*"; }
[ -f "$REPO/packages/server/dist/cli/main.js" ] || { echo "Chưa biên dịch: chạy 'npm run build' trước." >&2; exit 2; }

PIDS=()
cleanup() { for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

declare -A URL HOME_OF KEY NAME UNIT
setup() { # id name unit
  local id=$1 home="$ROOT/$1" port
  port=$(free_port)
  URL[$id]="http://127.0.0.1:$port"
  HOME_OF[$id]=$home
  NAME[$id]=$2
  UNIT[$id]=$3
  dp init --home "$home" >/dev/null
  dp national set --id "$id" --name "$2" --unit "$3" --public-url "${URL[$id]}" --home "$home" >/dev/null 2>&1
  echo "$PASSWORD" | dp user add quantri --role system-admin --all --password-stdin --home "$home" >/dev/null
  KEY[$id]=$(dp key show --json --home "$home" | json 'j.current.publicKey')
  echo "$id: ${URL[$id]}  khoá ${KEY[$id]}"
}
link() { # from to actions... [--harvest]: an account for <from> on <to>, and <to> among <from>'s peers
  local from=$1 to=$2 harvest="" token
  shift 2
  local actions=()
  for a in "$@"; do if [ "$a" = "--harvest" ]; then harvest="--harvest"; else actions+=(--action "$a"); fi; done
  echo "mat-khau-he-thong-lien-thong" | dp user add "$from" --role archivist --all --password-stdin --home "${HOME_OF[$to]}" >/dev/null
  token=$(dp user token "$from" "${actions[@]}" --label "liên thông $from" --json --home "${HOME_OF[$to]}" | json 'j.token')
  dp national peer-add "$to" --url "${URL[$to]}" --key "${KEY[$to]}" --name "${NAME[$to]}" --unit "${UNIT[$to]}" --token "$token" $harvest --home "${HOME_OF[$from]}" >/dev/null 2>&1
}
serve() { # id
  local id=$1 log="$ROOT/$1.log"
  dp serve --home "${HOME_OF[$id]}" --port "${URL[$id]##*:}" >"$log" 2>&1 &
  PIDS+=($!)
  until grep -q 'DuPhong đang chạy tại' "$log"; do sleep 0.2; done
}

say "Ba hệ thống trong $ROOT"
setup trung-uong "Cục Văn thư và Lưu trữ nhà nước" national
setup tinh-lao-cai "Lưu trữ lịch sử tỉnh Lào Cai" province-2025-lao-cai
setup bo-noi-vu "Lưu trữ Bộ Nội vụ" ministry-noi-vu
for sub in tinh-lao-cai bo-noi-vu; do
  link "$sub" trung-uong handovers.receive handovers.read codelists.read codelists.report
  link trung-uong "$sub" catalogue.read --harvest
  dp national set --upstream trung-uong --home "${HOME_OF[$sub]}" >/dev/null 2>&1
done
dp national show --home "${HOME_OF[trung-uong]}"

say "Dữ liệu: mục lục và 3 bản sao dự phòng của tỉnh; gói SIP mẫu của bộ"
P=${HOME_OF[tinh-lao-cai]}
first dp catalog import "$REPO/fixtures/catalog/muc-luc-mau.xlsx" --unit province-lao-cai --home "$P"
PDFS=$(echo "$REPO"/fixtures/tt05/sip-hoso-sample/*/representations/rep1/data)
for code in H15.01.2011.028 H15.01.2012.012 H15.01.1995.016; do
  mkdir -p "$ROOT/scan-$code"
  for f in "$PDFS"/*.pdf; do b=$(basename "$f"); cp "$f" "$ROOT/scan-$code/${b/H49.64.33.2001.160/$code}"; done
  first dp ingest "$ROOT/scan-$code" --file "$code" --home "$P"
done
first dp ingest "$REPO/fixtures/tt05/sip-hoso-sample.zip" --home "${HOME_OF[bo-noi-vu]}"
for id in trung-uong tinh-lao-cai bo-noi-vu; do serve "$id"; done

say "1. Tỉnh bàn giao phông H15.01 cho trung ương"
dp handover send --fonds H15.01 --to trung-uong --home "$P"
dp copies H15.01.2011.028 --home "${HOME_OF[trung-uong]}"

say "2. Trung ương ban hành phiên bản danh mục mới; tỉnh và bộ kéo về"
C=${URL[trung-uong]}
JAR="$ROOT/cookies"
CSRF=$(curl -s -c "$JAR" -H 'content-type: application/json' -d "{\"username\":\"quantri\",\"password\":\"$PASSWORD\"}" "$C/api/session" | json 'j.csrfToken')
ITEMS=$(curl -s -b "$JAR" "$C/api/code-lists/confidenceLevel" | json 'JSON.stringify([...j.version.items,{code:"04",labelVi:"Bản sao số hóa có chứng thực"}])')
curl -s -b "$JAR" -H "x-csrf-token: $CSRF" -H 'content-type: application/json' \
  -d "{\"validFrom\":\"2026-12-01\",\"items\":$ITEMS}" "$C/api/code-lists/confidenceLevel/versions" | json '"trung ương ban hành: " + j.version.listId + " v" + j.version.version'
for sub in tinh-lao-cai bo-noi-vu; do dp codelist pull --home "${HOME_OF[$sub]}"; done

say "3. Cổng tra cứu quốc gia thu thập (OAI-PMH) và tìm"
dp harvest --home "${HOME_OF[trung-uong]}"
for q in "thanh lap xa Ta Phin" "ke hoach khoa hoc va cong nghe 2001"; do
  curl -s "$C/api/portal/search?q=$(node -e 'console.log(encodeURIComponent(process.argv[1]))' "$q")" |
    json "'\"$q\": ' + j.total + ' kết quả; ' + j.hits.slice(0,2).map(h => h.fileCode + ' → ' + h.url).join('; ')"
done
echo
echo "Cổng tra cứu: $C/#/cong-tra-cuu   OAI-PMH của tỉnh: ${URL[tinh-lao-cai]}/oai?verb=Identify"
if [ "$KEEP" = 1 ]; then echo "Ctrl+C để dừng ba máy chủ."; wait; fi
