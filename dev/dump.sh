#!/usr/bin/env bash
# Prints what the statement extractors found (quotes, policies, positions, quantities) per article.
# Usage: dev/dump.sh [ARTICLES_DIR_OR_FILE]   (default data/articles)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -o test-compile
[ -f target/dev-classpath.txt ] || mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/dev-classpath.txt >/dev/null
java -cp "target/test-classes:target/classes:$(cat target/dev-classpath.txt)" org.conflictkg.devtools.DumpStatements "${1:-data/articles}"
