# Builds the Windows app image and .msi. Called by `mvn -Pinstaller package` on Windows.
#   build-msi.ps1 JAVA_HOME TARGET_DIR
param([string]$JavaHome, [string]$Target)
$ErrorActionPreference = "Stop"
$work = Join-Path $Target "installer"
$config = Join-Path $work "config"
$input = Join-Path $work "input"
Remove-Item -Recurse -Force -ErrorAction SilentlyContinue $input, (Join-Path $work "TasteLab")
New-Item -ItemType Directory -Force -Path $input | Out-Null
Copy-Item (Join-Path $Target "tastelab.jar") $input
Copy-Item -Recurse (Join-Path $Target "lib") (Join-Path $input "lib")
$jpackage = Join-Path $JavaHome "bin\jpackage.exe"
& $jpackage "@$config\jpackage\common.args" "@$config\windows\app-image.args" --input $input --dest $work
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
& $jpackage "@$config\windows\package.args" --app-image (Join-Path $work "TasteLab") --dest $work
exit $LASTEXITCODE
