#!/usr/bin/env bash
# CI smoke test of the packaged app. Builds the app-image only (the installers take minutes and are checked by
# hand, see docs/packaging.md), then:
#   1. its launcher passes the heap settings of packaging/java-options.args and the AOT cache the packaging
#      trained, and with --version (the cache required) prints "Rapport <version>" and exits 0;
#   2. Rapport starts on a fresh data folder on JavaFX's headless platform (no display needed) and is still
#      running a few seconds after opening its store, with no error in its log: the trimmed runtime holds
#      every module the window needs.
# Linux and macOS; on Windows the launcher has no console to print to. Needs only a JDK 25 (./mvnw finds it).
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -ntp -Ppackage package -DskipTests \
    -Dpackage.skipDeb=true -Dpackage.skipRpm=true -Dpackage.skipMsi=true -Dpackage.skipDmg=true

case "$(uname -s)" in
    Darwin) launcher=target/dist/Rapport.app/Contents/MacOS/Rapport ;;
    *) launcher=target/dist/Rapport/bin/Rapport ;;
esac

fail() {
    echo "smoke: $*" >&2
    exit 1
}

case "$(uname -s)" in
    Darwin) config=target/dist/Rapport.app/Contents/app/Rapport.cfg ;;
    *) config=target/dist/Rapport/lib/app/Rapport.cfg ;;
esac
grep -qx 'java-options=-Xmx640m' "$config" || fail "the launcher does not pass the heap settings of packaging/java-options.args"

grep -qx 'java-options=-XX:AOTCache=$APPDIR/rapport.aot' "$config" || fail "the launcher does not pass the AOT cache"
# AOTMode=on makes an unusable cache (another runtime or class path than it was trained on) an error, not a
# warning the launcher would start past.
version=$(JAVA_TOOL_OPTIONS=-XX:AOTMode=on "$launcher" --version) || fail "$launcher --version exited with $? (is the AOT cache usable?)"
echo "$version"
[[ $version == "Rapport "* ]] || fail "--version printed '$version', not 'Rapport <version>'"

data=$(mktemp -d)
log="$data/logs/rapport.log"
JAVA_TOOL_OPTIONS="-Dglass.platform=Headless -Dprism.order=sw" "$launcher" --data-dir "$data" >"$data/output" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT

for _ in $(seq 60); do
    grep -qs "Store open" "$log" && break
    kill -0 "$pid" 2>/dev/null || { cat "$data/output" >&2; fail "Rapport exited before opening its store"; }
    sleep 1
done
grep -qs "Store open" "$log" || fail "Rapport did not open its store within a minute"
# Time for the window to be built and shown: a missing module or resource ends the process or logs an error.
sleep 5
kill -0 "$pid" 2>/dev/null || { cat "$data/output" "$log" >&2; fail "Rapport exited after opening its store"; }
if grep -q " ERROR " "$log"; then
    cat "$log" >&2
    fail "Rapport logged an error while starting"
fi
[ -f "$data/rapport.mv.db" ] || fail "no database in the fresh data folder"
echo "smoke: the app-image starts on a fresh data folder and keeps running with its window open"
