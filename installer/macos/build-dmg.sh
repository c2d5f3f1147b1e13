#!/usr/bin/env bash
# Builds the macOS app bundle and .dmg. Called by `mvn -Pinstaller package` on macOS.
#   build-dmg.sh JAVA_HOME TARGET_DIR
set -euo pipefail
java_home=$1
target=$2
work=$target/installer
config=$work/config
rm -rf "$work/input" "$work/TasteLab.app" "$work"/*.dmg
mkdir -p "$work/input"
cp "$target/tastelab.jar" "$work/input/"
cp -R "$target/lib" "$work/input/lib"
"$java_home/bin/jpackage" @"$config/jpackage/common.args" @"$config/macos/app-image.args" --input "$work/input" --dest "$work"
"$java_home/bin/jpackage" @"$config/macos/package.args" --app-image "$work/TasteLab.app" --dest "$work"
ls -la "$work"/*.dmg
