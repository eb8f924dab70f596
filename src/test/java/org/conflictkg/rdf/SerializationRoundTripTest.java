package org.conflictkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.util.IsoMatcher;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text with characters that break naive serialisers survives TriG and N-Quads, in Jena and in RDF4J. */
class SerializationRoundTripTest {

    private static final String NASTY = "This <escalation> is \\ a {red line} #1,\n100% \"ours\" 𝐀.";

    private static Dataset dataset() {
        Model graph = new ArticleGraphWriter().write(AnalysisFixture.everyKind(), AnalysisFixture.RUN);
        Dataset ds = DatasetFactory.create();
        ds.addNamedModel(Iris.graphIri("fixture-001"), graph);
        return ds;
    }

    @ParameterizedTest
    @ValueSource(strings = {"TRIG", "NQUADS"})
    void literalsWithQuotesBracketsBackslashBracesNewlinesHashAndPercentRoundTrip(String format) {
        Lang lang = "TRIG".equals(format) ? Lang.TRIG : Lang.NQUADS;
        Dataset ds = dataset();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, ds, lang);
        byte[] bytes = out.toByteArray();

        Dataset back = DatasetFactory.create();
        RDFDataMgr.read(back, new ByteArrayInputStream(bytes), lang);
        assertTrue(IsoMatcher.isomorphic(ds.asDatasetGraph(), back.asDatasetGraph()), "Jena re-read differs");

        RDFFormat rio = "TRIG".equals(format) ? RDFFormat.TRIG : RDFFormat.NQUADS;
        try {
            org.eclipse.rdf4j.model.Model rdf4j = Rio.parse(new ByteArrayInputStream(bytes), "", rio);
            Set<String> literals = rdf4j.objects().stream().filter(Value::isLiteral).map(v -> ((Literal) v).getLabel())
                    .collect(Collectors.toSet());
            assertTrue(literals.stream().anyMatch(l -> l.startsWith(NASTY)), "RDF4J did not read the quotation back intact");
            assertTrue(literals.contains(AnalysisFixture.TEXT), "RDF4J did not read the article text back intact");
            assertEquals(ds.asDatasetGraph().stream().count(), rdf4j.size());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theArticleTextKeepsEveryCharacter() {
        String text = new String(AnalysisFixture.TEXT.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        Dataset ds = dataset();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, ds, Lang.TRIG);
        Dataset back = DatasetFactory.create();
        RDFDataMgr.read(back, new ByteArrayInputStream(out.toByteArray()), Lang.TRIG);
        String stored = back.getNamedModel(Iris.graphIri("fixture-001"))
                .getResource(Iris.articleIri("fixture-001")).getProperty(Nif.isString).getString();
        assertEquals(text, stored);
        assertTrue(stored.contains(NASTY));
    }
}
