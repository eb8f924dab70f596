package org.conflictkg.rdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class GraphShapesTest {

    private static final GraphShapes SHAPES = GraphShapes.load();

    static String describe(ValidationReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ShLib.printReport(out, report);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Model fixture() {
        return new ArticleGraphWriter().write(AnalysisFixture.everyKind(), AnalysisFixture.RUN);
    }

    private static Resource firstOf(Model m, Resource type) {
        return m.listResourcesWithProperty(RDF.type, type).next();
    }

    @Test
    void aGraphWithEveryKindOfStatementConforms() {
        ValidationReport report = SHAPES.validate(fixture().getGraph());
        assertTrue(report.conforms(), () -> describe(report));
    }

    @Test
    void aStatementWithoutItsSpanFailsValidation() {
        Model m = fixture();
        m.removeAll(firstOf(m, Ckg.StatedPosition), Prov.wasDerivedFrom, null);
        assertFalse(SHAPES.validate(m.getGraph()).conforms());
    }

    @Test
    void anAnchorThatIsNotTheCoveredTextFailsValidation() {
        Model m = fixture();
        Resource span = firstOf(m, Ckg.Quotation).getPropertyResourceValue(Prov.wasDerivedFrom);
        m.removeAll(span, Nif.anchorOf, null);
        span.addProperty(Nif.anchorOf, "something else");
        ValidationReport report = SHAPES.validate(m.getGraph());
        assertFalse(report.conforms());
        assertTrue(describe(report).contains("anchor is not the text"), () -> describe(report));
    }

    @Test
    void aConfidenceAboveOneFailsValidation() {
        Model m = fixture();
        Resource s = firstOf(m, Ckg.RoleStatement);
        m.removeAll(s, Ckg.confidence, null);
        s.addLiteral(Ckg.confidence, m.createTypedLiteral(1.5));
        assertFalse(SHAPES.validate(m.getGraph()).conforms());
    }

    @Test
    void aPositionWithoutStanceFailsValidation() {
        Model m = fixture();
        m.removeAll(firstOf(m, Ckg.StatedPosition), Ckg.stance, null);
        assertFalse(SHAPES.validate(m.getGraph()).conforms());
    }

    @Test
    void theOntologyDeclaresEveryTermTheWriterUsesWithLabelAndComment() {
        Model onto = org.apache.jena.riot.RDFDataMgr.loadModel("ontology/conflict-kg.ttl");
        Model m = fixture();
        java.util.Set<String> used = new java.util.TreeSet<>();
        m.listStatements().forEachRemaining(st -> {
            if (st.getPredicate().getURI().startsWith(Ckg.NS)) {
                used.add(st.getPredicate().getURI());
            }
            if (st.getPredicate().equals(RDF.type) && st.getObject().asResource().getURI().startsWith(Ckg.NS)) {
                used.add(st.getObject().asResource().getURI());
            }
            if (st.getObject().isURIResource() && st.getObject().asResource().getURI().startsWith(Ckg.NS)) {
                used.add(st.getObject().asResource().getURI());
            }
        });
        for (String term : used) {
            Resource r = onto.getResource(term);
            assertTrue(r.hasProperty(org.apache.jena.vocabulary.RDFS.label) && r.hasProperty(org.apache.jena.vocabulary.RDFS.comment),
                    term + " is used by the writer but not declared with label and comment in conflict-kg.ttl");
        }
        // and every term declared there has a label and a comment
        onto.listSubjects().forEachRemaining(r -> {
            if (r.isURIResource() && r.getURI().startsWith(Ckg.NS)) {
                assertTrue(r.hasProperty(org.apache.jena.vocabulary.RDFS.label) && r.hasProperty(org.apache.jena.vocabulary.RDFS.comment), r.getURI());
            }
        });
        assertTrue(used.size() > 40, "sanity: the fixture uses most terms, got " + used.size());
    }

    @Test
    void theShapesParseAsShacl() {
        Model shapes = org.apache.jena.riot.RDFDataMgr.loadModel("ontology/shapes.ttl");
        assertTrue(ShaclValidator.get().parse(shapes.getGraph()).numRootShapes() > 10);
    }
}
