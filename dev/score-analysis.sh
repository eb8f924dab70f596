#!/usr/bin/env bash
# Developer loop for extractor work: runs the pipeline over data/articles straight from the
# analyses (no store) and scores with the reference scorer, if ../shared is beside the project.
# Usage: dev/score-analysis.sh [--details] [GOLD ARTICLES_DIR]
#   default: data/gold/seed-gold.json data/articles; the held-out-style set:
#   src/test/resources/heldout/heldout-gold.json src/test/resources/heldout/articles
set -euo pipefail
cd "$(dirname "$0")/.."
DETAILS=""
if [ "${1:-}" = "--details" ]; then DETAILS=1; shift; fi
GOLD=${1:-data/gold/seed-gold.json}
ARTS=${2:-data/articles}
mvn -q -B -o test-compile >/dev/null
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/dev-classpath.txt >/dev/null
CP=$(cat target/dev-classpath.txt)
java -cp "target/test-classes:target/classes:$CP" org.conflictkg.devtools.AnalysisExport "$ARTS" target/dev-export.json
SCORER=../shared/gold/score.py
[ -f "$SCORER" ] || SCORER=/work/shared/gold/score.py
if [ -n "$DETAILS" ]; then
  python3 "$SCORER" "$GOLD" target/dev-export.json --corpus="$ARTS" --json \
    | python3 -c 'import json,sys; d=json.load(sys.stdin); print(json.dumps(d["scores"],indent=0)); [print(k, x) for k,v in d["details"].items() for t in ("fp","fn") for x in [(t,)+tuple(y) for y in v[t]]]'
else
  python3 "$SCORER" "$GOLD" target/dev-export.json --corpus="$ARTS"
fi
