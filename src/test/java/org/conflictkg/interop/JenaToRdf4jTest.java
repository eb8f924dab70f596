package org.conflictkg.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.conflictkg.query.SeedGraph;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;

/**
 * What Jena writes, RDF4J Rio reads to the same RDF: one article graph and the whole dataset of
 * the five articles, in Turtle, TriG, N-Quads and JSON-LD. The reference is Rio's reading of
 * Jena's N-Triples / N-Quads (the line formats leave no room for a syntax disagreement), compared
 * with {@link Models#isomorphic} so blank nodes may be renamed.
 */
class JenaToRdf4jTest {

    private static final String ARTICLE_GRAPH = "https://w3id.org/conflict-kg/id/graph/";

    private static byte[] write(DatasetGraph dsg, RDFFormat f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, dsg, f);
        return out.toByteArray();
    }

    private static byte[] write(Model m, RDFFormat f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, m, f);
        return out.toByteArray();
    }

    private static org.eclipse.rdf4j.model.Model rio(byte[] data, org.eclipse.rdf4j.rio.RDFFormat f) throws IOException {
        return Rio.parse(new ByteArrayInputStream(data), "", f);
    }

    /** A plain in-memory copy of the stored named graphs (the default graph is only their union). */
    private static DatasetGraph namedGraphs() {
        Dataset ds = SeedGraph.store().dataset();
        DatasetGraph copy = DatasetGraphFactory.createGeneral();
        Txn.executeRead(ds, () -> ds.asDatasetGraph().listGraphNodes().forEachRemaining(g -> {
            copy.addGraph(g, org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph());
            ds.asDatasetGraph().getGraph(g).find().forEachRemaining(copy.getGraph(g)::add);
        }));
        ds.getPrefixMapping().getNsPrefixMap().forEach(copy.prefixes()::add);
        return copy;
    }

    private static Model articleGraph() {
        Dataset ds = SeedGraph.store().dataset();
        return Txn.calculateRead(ds, () -> {
            String name = ds.asDatasetGraph().listGraphNodes().next().getURI();
            assertTrue(name.startsWith(ARTICLE_GRAPH), name);
            Model m = ModelFactory.createDefaultModel().add(ds.getNamedModel(name));
            m.setNsPrefixes(ds.getPrefixMapping());
            return m;
        });
    }

    @Test
    void anArticleGraphInTurtleAndJsonLdReadsIntoRdf4jAsTheSameGraph() throws IOException {
        Model article = articleGraph();
        org.eclipse.rdf4j.model.Model reference = rio(write(article, RDFFormat.NTRIPLES), org.eclipse.rdf4j.rio.RDFFormat.NTRIPLES);
        assertEquals(article.size(), reference.size());
        for (RDFFormat f : new RDFFormat[] {RDFFormat.TURTLE_PRETTY, RDFFormat.TURTLE_BLOCKS, RDFFormat.JSONLD11}) {
            org.eclipse.rdf4j.rio.RDFFormat rf = f.getLang().getName().startsWith("JSON")
                    ? org.eclipse.rdf4j.rio.RDFFormat.JSONLD : org.eclipse.rdf4j.rio.RDFFormat.TURTLE;
            org.eclipse.rdf4j.model.Model read = rio(write(article, f), rf);
            assertEquals(reference.size(), read.size(), f.toString());
            assertTrue(Models.isomorphic(reference, read), f + " reads to the same graph");
        }
    }

    @Test
    void theWholeDatasetInTrigNQuadsAndJsonLdReadsIntoRdf4jWithTheSameNamedGraphs() throws IOException {
        DatasetGraph all = namedGraphs();
        org.eclipse.rdf4j.model.Model reference = rio(write(all, RDFFormat.NQUADS), org.eclipse.rdf4j.rio.RDFFormat.NQUADS);
        assertEquals(all.stream().count(), reference.size());
        assertEquals(5, reference.contexts().size(), "one named graph per article");
        assertTrue(reference.contexts().stream().allMatch(c -> c.stringValue().startsWith(ARTICLE_GRAPH)));
        Object[][] cases = {
            {RDFFormat.TRIG_PRETTY, org.eclipse.rdf4j.rio.RDFFormat.TRIG},
            {RDFFormat.TRIG_BLOCKS, org.eclipse.rdf4j.rio.RDFFormat.TRIG},
            {RDFFormat.JSONLD11, org.eclipse.rdf4j.rio.RDFFormat.JSONLD},
        };
        for (Object[] c : cases) {
            org.eclipse.rdf4j.model.Model read = rio(write(all, (RDFFormat) c[0]), (org.eclipse.rdf4j.rio.RDFFormat) c[1]);
            assertEquals(reference.size(), read.size(), c[0].toString());
            assertEquals(reference.contexts(), read.contexts(), c[0] + " keeps the graph names");
            assertTrue(Models.isomorphic(reference, read), c[0] + " reads to the same dataset");
        }
    }
}
