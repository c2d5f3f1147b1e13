#!/usr/bin/env bash
# Builds the Linux app image, the .deb, and the .rpm where rpmbuild exists. Called by `mvn -Pinstaller package`
# after the jar and target/lib exist; the Maven-filtered argument files are in target/installer/config/.
#   build-packages.sh JAVA_HOME TARGET_DIR
set -euo pipefail
java_home=$1
target=$2
work=$target/installer
config=$work/config

rm -rf "$work/input" "$work/TasteLab" "$work"/*.deb "$work"/*.rpm
mkdir -p "$work/input"
cp "$target/tastelab.jar" "$work/input/"
cp -r "$target/lib" "$work/input/lib"
# Keep only this OS's natives and drop the empty classifier-less JavaFX jars.
find "$work/input/lib" -name 'javafx-*-[0-9]*.[0-9].jar' ! -name '*-linux*' -delete

echo "installer: app image"
"$java_home/bin/jpackage" @"$config/jpackage/common.args" @"$config/linux/app-image.args" \
    --input "$work/input" --dest "$work"

# The ahead-of-time cache (resources/decisions/startup-aot-cache.md): one smoke run of the app image's own launcher
# and runtime on Monocle's headless platform records what start-up loads and links; the launcher then starts with it.
# JDK 25 validates the cache against the runtime and the jars (relative paths, sizes, times), and a package keeps
# all of them, so the cache made here serves the installed copy.
echo "installer: ahead-of-time cache"
app_dir=$work/TasteLab/lib/app
rm -f "$app_dir/tastelab.aot"
env -u DISPLAY JAVA_TOOL_OPTIONS="-XX:AOTCacheOutput=$app_dir/tastelab.aot -Xlog:aot=error -Dglass.platform=Monocle \
    -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1440x900-32" \
    "$work/TasteLab/bin/TasteLab" --smoke >"$work/aot-training.log" 2>&1 \
    || { echo "installer: the training run failed, see $work/aot-training.log" >&2; exit 1; }
[ -s "$app_dir/tastelab.aot" ] || { echo "installer: no AOT cache was written, see $work/aot-training.log" >&2; exit 1; }
printf 'java-options=-XX:AOTCache=$APPDIR/tastelab.aot\njava-options=-Xlog:aot=off\n' >>"$app_dir/TasteLab.cfg"

for type in deb rpm; do
    if [ "$type" = rpm ] && ! command -v rpmbuild >/dev/null; then
        echo "installer: rpmbuild not found, skipping the .rpm"
        continue
    fi
    if [ "$type" = deb ] && ! command -v fakeroot >/dev/null; then
        echo "installer: fakeroot is needed for the .deb (apt-get install fakeroot)" >&2
        exit 1
    fi
    echo "installer: $type"
    "$java_home/bin/jpackage" @"$config/linux/package.args" --type "$type" --app-image "$work/TasteLab" --dest "$work"
done
ls -la "$work"/*.deb "$work"/*.rpm 2>/dev/null || true
