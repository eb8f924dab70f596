package org.conflictkg.query;

import java.nio.file.Path;
import java.util.Iterator;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.conflictkg.rdf.Iris;
import org.conflictkg.store.KgStore;

/**
 * The hand-written two-article graph ({@code server-cli/fixture.trig}, in the shape of
 * ontology/README.md) loaded into an in-memory store, one named graph per article.
 */
public final class Fixture {

    public static final Path TRIG = Path.of("src/test/resources/server-cli/fixture.trig");
    public static final String ENTITY = "https://w3id.org/conflict-kg/id/entity/";
    public static final String POLICY = "https://w3id.org/conflict-kg/id/policy/us-permits-ukraine-strikes-in-russia";

    private Fixture() {
    }

    public static KgStore store() {
        Dataset parsed = RDFDataMgr.loadDataset(TRIG.toString());
        KgStore store = KgStore.scratch();
        for (Iterator<String> it = parsed.listNames(); it.hasNext(); ) {
            String g = it.next();
            String id = Iris.articleIdOfGraph(g).orElseThrow();
            store.replaceArticle(id, parsed.getNamedModel(g));
        }
        return store;
    }
}
