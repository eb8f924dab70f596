#!/usr/bin/env bash
# Developer loop for extractor work: runs the pipeline over data/articles straight from the
# analyses (no store) and scores with the reference scorer, if ../shared is beside the project.
# Usage: dev/score-analysis.sh [--details]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -o test-compile >/dev/null
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/dev-classpath.txt >/dev/null
CP=$(cat target/dev-classpath.txt)
java -cp "target/test-classes:target/classes:$CP" org.conflictkg.devtools.AnalysisExport data/articles target/dev-export.json
SCORER=../shared/gold/score.py
[ -f "$SCORER" ] || SCORER=/work/shared/gold/score.py
if [ "${1:-}" = "--details" ]; then
  python3 "$SCORER" data/gold/seed-gold.json target/dev-export.json --corpus=data/articles --json \
    | python3 -c 'import json,sys; d=json.load(sys.stdin); print(json.dumps(d["scores"],indent=0)); [print(k, x) for k,v in d["details"].items() for t in ("fp","fn") for x in [(t,)+tuple(y) for y in v[t]]]'
else
  python3 "$SCORER" data/gold/seed-gold.json target/dev-export.json --corpus=data/articles
fi
