package org.conflictkg.server;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's query processor with a ceiling on the rows one query answers: a SELECT, CONSTRUCT or
 * DESCRIBE without a LIMIT, or with a larger one, runs as if it said {@code LIMIT max}. ARQ has
 * no result-size setting of its own; a LIMIT lets the engine stop early instead of computing rows
 * nobody receives. A capped answer carries the header {@value #HEADER} so a client can tell
 * "exactly max rows" from "cut at max".
 */
final class RowCappedQuery extends SPARQL_QueryDataset {

    static final String HEADER = "Conflict-KG-Row-Cap";

    private final long maxRows;

    RowCappedQuery(long maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> chosen = super.decideDataset(action, query, queryStringLog);
        Query q = chosen.getRight();
        if (q.isAskType() || (q.hasLimit() && q.getLimit() <= maxRows)) {
            return chosen;
        }
        Query capped = q.cloneQuery();
        capped.setLimit(maxRows);
        action.setResponseHeader(HEADER, Long.toString(maxRows));
        return Pair.create(chosen.getLeft(), capped);
    }
}
