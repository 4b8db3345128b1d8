#!/usr/bin/env bash
# Regenerates every icon file from MakeIcons.java: the PNGs, rapport.ico and rapport.icns here, the window
# icons in src/main/resources/app/rapport/ui/icons and packaging/linux/Rapport.png. Needs only a JDK 17+;
# commit what it writes.
set -euo pipefail
cd "$(dirname "$0")/../.."
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
"$java" -Djava.awt.headless=true assets/icon/MakeIcons.java assets/icon src/main/resources/app/rapport/ui/icons \
    packaging/linux
