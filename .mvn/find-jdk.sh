# Sourced by ./mvnw before it starts Maven. Rapport needs Maven itself to run on JDK 25 (javafx:run loads
# the JavaFX 26 classes inside Maven's JVM), but many machines keep an older JDK as the default java with
# a JDK 25 installed beside it. When JAVA_HOME is unset or older than 25, look for an installed JDK 25+
# (by each JDK's own `release` file, not by folder name) and use it. If none is found, nothing changes and
# the build stops at once with maven-enforcer's message.

rapport_java_major() {
  # Prints the major version of the JDK in $1, from its release file.
  [ -f "$1/release" ] || return 1
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" | head -n 1
}

rapport_find_jdk() {
  if [ -n "${JAVA_HOME-}" ]; then
    major=$(rapport_java_major "$JAVA_HOME" || true)
    [ -n "$major" ] && [ "$major" -ge 25 ] && return 0
  else
    current=$(command -v javac 2>/dev/null || true)
    if [ -n "$current" ]; then
      current_home=$(dirname "$(dirname "$(readlink -f "$current")")")
      major=$(rapport_java_major "$current_home" || true)
      [ -n "$major" ] && [ "$major" -ge 25 ] && return 0
    fi
  fi
  for candidate in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* \
      "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* \
      /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(rapport_java_major "$candidate" || true)
    if [ -n "$major" ] && [ "$major" -ge 25 ]; then
      JAVA_HOME="$candidate"
      export JAVA_HOME
      return 0
    fi
  done
  return 0
}

# mvnw runs with `set -f`; the search below needs globbing, so switch it on just for the search.
case $- in
*f*) set +f; rapport_find_jdk; set -f ;;
*) rapport_find_jdk ;;
esac
