#!/bin/sh
# Runs target/rapport.jar (build it with ./mvnw -DskipTests package) on a JDK 25 even when the default java
# is older: the JDK is found as ./mvnw finds it (.mvn/find-jdk.sh), and Java gets the same options as the
# installed launcher (packaging/java-options.args, which is in jpackage's format and cannot be given to java).
# From the jar JavaFX runs on the class path, so native access goes to ALL-UNNAMED, not to javafx.graphics.
# Arguments go to Rapport: ./rapport.sh --data-dir /tmp/r readiness --format table
set -e
here=$(cd "$(dirname "$0")" && pwd)
. "$here/.mvn/find-jdk.sh"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# Linux's launcher also trims freed native memory (packaging/linux/app-image.args); elsewhere Java cannot.
trim=-XX:TrimNativeHeapInterval=0
[ "$(uname -s)" = Linux ] && trim=-XX:TrimNativeHeapInterval=1000
exec "$java" --enable-native-access=ALL-UNNAMED -Xmx640m -XX:MinHeapFreeRatio=5 -XX:MaxHeapFreeRatio=10 "$trim" \
    -jar "$here/target/rapport.jar" "$@"
