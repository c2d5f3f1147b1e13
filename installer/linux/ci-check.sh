#!/usr/bin/env bash
# CI check of the Linux installer: build the .deb, install it with apt, start the installed app from its menu
# entry's command (with --smoke under Xvfb) and the CLI, then uninstall and check that only the program went.
# Needs root and Debian's apt; JAVA_HOME must point at JDK 25. Run from the repository root.
set -euo pipefail

say() { echo "installer-check: $*"; }
fail() { echo "installer-check: FAILED: $*" >&2; exit 1; }

say "installing build and test tools (fakeroot, xvfb, xauth)"
apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fakeroot xvfb xauth >/dev/null

started=$(date +%s)
mvn -B -q -Pinstaller package -DskipTests
deb=$(ls target/installer/tastelab_*_amd64.deb)
say "built $deb ($(du -m "$deb" | cut -f1) MB) in $(( $(date +%s) - started )) s"

DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" >/dev/null
[ -x /opt/tastelab/bin/TasteLab ] || fail "launcher /opt/tastelab/bin/TasteLab missing"
[ -L /usr/bin/tastelab ] || fail "the tastelab command is not on PATH"
[ -f /usr/share/applications/tastelab.desktop ] || fail "no menu entry in /usr/share/applications"

# A fresh user home: natives must unpack into its per-user cache, and its files must survive uninstalling.
user_home=$(mktemp -d)
mkdir -p "$user_home/Documents"
echo "my work" > "$user_home/Documents/my-workspace.tastelab"

say "CLI: $(HOME=$user_home XDG_CACHE_HOME=$user_home/.cache tastelab --version | head -1)"
HOME=$user_home XDG_CACHE_HOME=$user_home/.cache tastelab recommend --recommender most-popular -k 3 --json | grep -q '"recommender":"most-popular"' \
    || fail "tastelab recommend did not answer"

grep -q 'jdk.incubator.vector' /opt/tastelab/lib/runtime/release \
    || fail "the installed runtime lacks jdk.incubator.vector (the SIMD float32 logs would fall back to the slow form)"

# The launcher starts with the ahead-of-time cache made at package time, with its own options: -XX:AOTMode=on refuses
# to start if the installed runtime cannot map it (made by another runtime, or with other module options), and the
# log says whether its module graph and ahead-of-time linked classes are used (an incubator module named at launch
# turns them off: resources/decisions/startup-aot-cache.md).
app_dir=/opt/tastelab/lib/app
grep -q -- '-XX:AOTCache=$APPDIR/tastelab.aot' "$app_dir/TasteLab.cfg" || fail "the launcher does not use the AOT cache"
class_path=$(grep '^app.classpath=' "$app_dir/TasteLab.cfg" | cut -d= -f2- | sed "s#\$APPDIR#$app_dir#" | paste -sd:)
java_options=$(grep '^java-options=' "$app_dir/TasteLab.cfg" | cut -d= -f2- | sed "s#\$APPDIR#$app_dir#")
# shellcheck disable=SC2086 # one option a line, none with spaces
aot_log=$(HOME=$user_home XDG_CACHE_HOME=$user_home/.cache /opt/tastelab/lib/runtime/bin/java $java_options \
    -XX:AOTMode=on -Xlog:aot=info -cp "$class_path" io.tastelab.app.Main --version 2>&1) \
    || fail "the installed app cannot use its AOT cache ($app_dir/tastelab.aot)"
grep -q 'Using AOT-linked classes: true' <<<"$aot_log" \
    || fail "the installed app's AOT cache is used without its module graph, so nothing in it is linked ahead of time"

menu_command=$(grep '^Exec=' /usr/share/applications/tastelab.desktop | head -1 | cut -d= -f2-)
say "menu entry runs: $menu_command"
smoke_out=$(mktemp -d)
HOME=$user_home XDG_CACHE_HOME=$user_home/.cache xvfb-run -a -s "-screen 0 1440x900x24" $menu_command --smoke --out "$smoke_out" 2>&1 \
    | grep '^smoke:' | tee "$smoke_out/smoke.log"
grep -q '^smoke: ok' "$smoke_out/smoke.log" || fail "the installed app's smoke run failed"
[ "$(ls "$smoke_out"/*.png | wc -l)" -ge 3 ] || fail "the smoke run saved fewer than 3 pane pictures"
[ -d "$user_home/.cache/tastelab/javacpp" ] || fail "ND4J natives did not unpack into the per-user cache"

DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq tastelab >/dev/null
[ ! -e /opt/tastelab ] || fail "/opt/tastelab left behind"
[ ! -e /usr/bin/tastelab ] || fail "/usr/bin/tastelab left behind"
[ ! -e /usr/share/applications/tastelab.desktop ] || fail "menu entry left behind"
[ -f "$user_home/Documents/my-workspace.tastelab" ] || fail "uninstalling touched the user's files"
say "ok: installed, started from the menu entry and the CLI, uninstalled cleanly ($(( $(date +%s) - started )) s)"
