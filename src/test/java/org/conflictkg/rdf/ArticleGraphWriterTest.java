package org.conflictkg.rdf;

import static org.conflictkg.rdf.AnalysisFixture.RUN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.conflictkg.extract.Evidence;
import org.conflictkg.extract.quote.Quotation;
import org.conflictkg.pipeline.ArticleAnalysis;
import org.conflictkg.text.CharSpan;
import org.conflictkg.text.Document;
import org.junit.jupiter.api.Test;

class ArticleGraphWriterTest {

    private final ArticleGraphWriter writer = new ArticleGraphWriter();

    private static Resource one(Model m, Resource type) {
        List<Resource> all = m.listResourcesWithProperty(RDF.type, type).toList();
        assertEquals(1, all.size(), "expected one " + type.getLocalName() + ", got " + all);
        return all.get(0);
    }

    private static RDFNode value(Resource r, org.apache.jena.rdf.model.Property p) {
        Statement s = r.getProperty(p);
        assertTrue(s != null, r + " has no " + p.getLocalName());
        return s.getObject();
    }

    @Test
    void everyStatementIsDerivedFromExactlyOneSpanWhoseAnchorIsTheCoveredText() {
        ArticleAnalysis a = AnalysisFixture.everyKind();
        Model m = writer.write(a, RUN);
        List<Resource> statements = m.listResourcesWithProperty(RDF.type, Ckg.Statement).toList();
        // 6 mentions + 1 role + 1 quotation + 2 positions + 2 quantities + 1 policy + 2 authorships
        assertEquals(15, statements.size());
        for (Resource s : statements) {
            assertEquals(1, s.listProperties(Prov.wasDerivedFrom).toList().size(), s.getURI());
            Resource span = s.getPropertyResourceValue(Prov.wasDerivedFrom);
            int begin = value(span, Nif.beginIndex).asLiteral().getInt();
            int end = value(span, Nif.endIndex).asLiteral().getInt();
            assertEquals(a.document().cover(new CharSpan(begin, end)), value(span, Nif.anchorOf).asLiteral().getString());
            assertEquals(XSDDatatype.XSDnonNegativeInteger.getURI(), value(span, Nif.beginIndex).asLiteral().getDatatypeURI());
            assertEquals(m.getResource(Iris.articleIri("fixture-001")), value(span, Nif.referenceContext));
            assertEquals(m.getResource(RUN.iri()), value(s, Prov.wasGeneratedBy));
            assertEquals(0.8, value(s, Ckg.confidence).asLiteral().getDouble());
            assertEquals(XSDDatatype.XSDdouble.getURI(), value(s, Ckg.confidence).asLiteral().getDatatypeURI());
        }
    }

    @Test
    void articleNodeHoldsTheExactTextFileNameAndContentHash() {
        Model m = writer.write(AnalysisFixture.everyKind(), RUN);
        Resource article = one(m, Ckg.Article);
        assertTrue(article.hasProperty(RDF.type, Nif.Context));
        assertTrue(article.hasProperty(RDF.type, Schema.NewsArticle));
        assertEquals(AnalysisFixture.TEXT, value(article, Nif.isString).asLiteral().getLexicalForm());
        assertEquals("fixture-001", value(article, Ckg.fileName).asLiteral().getString());
        assertEquals(64, value(article, Ckg.contentHash).asLiteral().getString().length());
    }

    @Test
    void entitiesCarryLabelsKeyTypesAndWikidataLinkOnlyWhenKnown() {
        Model m = writer.write(AnalysisFixture.everyKind(), RUN);
        Resource putin = m.getResource(Iris.entityIri(AnalysisFixture.PUTIN));
        assertTrue(putin.hasProperty(RDF.type, Ckg.Person) && putin.hasProperty(RDF.type, Ckg.Actor));
        assertEquals("Vladimir Putin", value(putin, Skos.prefLabel).asLiteral().getString());
        assertEquals("Putin", value(putin, Skos.altLabel).asLiteral().getString());
        assertEquals(m.getResource("http://www.wikidata.org/entity/Q7747"), value(putin, OWL.sameAs));
        assertEquals("Q7747", value(putin, Ckg.wikidataId).asLiteral().getString());
        Resource atacms = m.getResource(Iris.entityIri(AnalysisFixture.ATACMS));
        assertTrue(atacms.hasProperty(RDF.type, Ckg.WeaponSystem));
        assertFalse(atacms.hasProperty(RDF.type, Ckg.Actor), "a weapon is not an actor");
        assertFalse(atacms.hasProperty(OWL.sameAs));
        assertEquals("atacms", value(atacms, Ckg.key).asLiteral().getString());
    }

    @Test
    void positionLinksHolderStanceTargetPolicyAndItsQuotation() {
        Model m = writer.write(AnalysisFixture.everyKind(), RUN);
        List<Resource> positions = m.listResourcesWithProperty(RDF.type, Ckg.StatedPosition).toList();
        assertEquals(2, positions.size());
        Resource policy = m.getResource(Iris.policyIri(AnalysisFixture.POLICY));
        for (Resource p : positions) {
            assertEquals(Ckg.Opposes, value(p, Ckg.stance));
            assertEquals(policy, value(p, Ckg.target));
        }
        Resource quotation = one(m, Ckg.Quotation);
        Resource peskovPosition = positions.stream().filter(p -> p.hasProperty(Ckg.expressedBy)).findFirst().orElseThrow();
        assertEquals(quotation, value(peskovPosition, Ckg.expressedBy));
        assertEquals(m.getResource(Iris.entityIri(AnalysisFixture.PESKOV)), value(peskovPosition, Ckg.holder));
        assertEquals(m.getResource(Iris.entityIri(AnalysisFixture.PESKOV)), value(quotation, Ckg.speaker));
        String quoted = value(quotation, Ckg.quotedText).asLiteral().getString();
        assertTrue(quoted.startsWith("This <escalation> is \\ a {red line} #1,\n100% \"ours\""), quoted);
        Resource cue = value(quotation, Ckg.attributionSpan).asResource();
        assertEquals("Dmitry Peskov said", value(cue, Nif.anchorOf).asLiteral().getString());
    }

    @Test
    void policyNodeHasParticipantsStatusAndTypedDate() {
        Model m = writer.write(AnalysisFixture.everyKind(), RUN);
        Resource policy = one(m, Ckg.Policy);
        assertEquals(Iris.policyIri(AnalysisFixture.POLICY), policy.getURI());
        assertEquals(m.getResource(Iris.entityIri(AnalysisFixture.US)), value(policy, Ckg.decider));
        assertEquals(m.getResource(Iris.entityIri(AnalysisFixture.UKRAINE)), value(policy, Ckg.permittedActor));
        assertEquals(m.getResource(Iris.entityIri(AnalysisFixture.ATACMS)), value(policy, Ckg.concernsWeapon));
        assertEquals(m.getResource(Iris.entityIri(AnalysisFixture.RUSSIA)), value(policy, Ckg.territory));
        assertEquals("authorised", value(policy, Ckg.status).asLiteral().getString());
        assertEquals(XSDDatatype.XSDgYearMonth.getURI(), value(policy, Ckg.date).asLiteral().getDatatypeURI());
        Resource statement = one(m, Ckg.PolicyStatement);
        assertEquals(policy, value(statement, Ckg.policy));
    }

    @Test
    void quantityValuesAreDecimalsWithoutExponent() {
        Model m = writer.write(AnalysisFixture.everyKind(), RUN);
        Set<String> values = m.listResourcesWithProperty(RDF.type, Ckg.QuantityStatement).toList().stream()
                .map(q -> value(q, Ckg.value).asLiteral())
                .peek(l -> assertEquals(XSDDatatype.XSDdecimal.getURI(), l.getDatatypeURI()))
                .map(Literal::getLexicalForm).collect(Collectors.toSet());
        assertEquals(Set.of("306.0", "1500000000.0"), values);
        assertEquals("64000000000.0", Literals.decimal(6.4e10));
        assertEquals("0.25", Literals.decimal(0.25));
    }

    @Test
    void rolesAndAuthorshipsNameTheirPeople() {
        Model m = writer.write(AnalysisFixture.everyKind(), RUN);
        Resource role = one(m, Ckg.RoleStatement);
        assertEquals("Kremlin spokesman", value(role, Ckg.title).asLiteral().getString());
        assertEquals(m.getResource(Iris.entityIri(AnalysisFixture.KREMLIN)), value(role, Ckg.organization));
        Set<String> authors = m.listResourcesWithProperty(RDF.type, Ckg.Authorship).toList().stream()
                .map(s -> value(s, Ckg.author).asResource())
                .peek(p -> assertTrue(p.hasProperty(RDF.type, Ckg.Person)))
                .map(Resource::getURI).collect(Collectors.toSet());
        assertEquals(Set.of(Ckg.DATA + "entity/person/jane-roe", Ckg.DATA + "entity/person/max-mustermann"), authors);
    }

    @Test
    void rewritingTheSameAnalysisInAnotherRunChangesOnlyTheRun() {
        ArticleAnalysis a = AnalysisFixture.everyKind();
        ExtractionRun other = new ExtractionRun("99999999-2222-3333-4444-555555555555", Instant.parse("2026-12-02T00:00:00Z"), "test");
        Model first = writer.write(a, RUN);
        Model second = writer.write(a, other);
        assertEquals(first.size(), second.size());
        Set<String> firstStatements = statementIris(first);
        assertEquals(firstStatements, statementIris(second));
        Model withoutRun1 = first.difference(first.listStatements(first.getResource(RUN.iri()), null, (RDFNode) null).toModel());
        withoutRun1.removeAll(null, Prov.wasGeneratedBy, null);
        Model withoutRun2 = second.difference(second.listStatements(second.getResource(other.iri()), null, (RDFNode) null).toModel());
        withoutRun2.removeAll(null, Prov.wasGeneratedBy, null);
        assertTrue(withoutRun1.isIsomorphicWith(withoutRun2));
    }

    @Test
    void theSameFactFoundTwiceIsOneStatementAndTwoRulesAreTwo() {
        ArticleAnalysis a = AnalysisFixture.everyKind();
        Quotation q = a.quotations().get(0);
        Quotation sameSpanOtherSpeaker = new Quotation(Optional.empty(), Optional.empty(), q.evidence());
        ArticleAnalysis doubled = new ArticleAnalysis(a.document(), a.entities(), a.mentions(), a.roles(),
                List.of(q, sameSpanOtherSpeaker), a.policies(), a.positions(), a.quantities(), a.authors(), List.of());
        Model m = writer.write(doubled, RUN);
        assertEquals(1, m.listResourcesWithProperty(RDF.type, Ckg.Quotation).toList().size());
        var mention = a.mentions().get(0);
        var byOtherRule = new org.conflictkg.resolve.EntityMention(mention.entity(), new org.conflictkg.extract.entity.Mention(
                mention.mention().text(), mention.mention().type(), mention.mention().kind(), mention.mention().lexiconId(),
                new Evidence(mention.span(), "other.rule", 0.5)));
        ArticleAnalysis twoRules = new ArticleAnalysis(a.document(), a.entities(), List.of(mention, mention, byOtherRule),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        assertEquals(2, writer.write(twoRules, RUN).listResourcesWithProperty(RDF.type, Ckg.EntityMention).toList().size());
    }

    @Test
    void offsetsAreCodePointsNotUtf16Units() {
        Document doc = Document.of("astral", "😀 𝐀 Peskov said: \"No.\"");
        int utf16Begin = doc.text().indexOf("No.");
        CharSpan span = doc.span(utf16Begin, utf16Begin + 3);
        ArticleAnalysis a = new ArticleAnalysis(doc, List.of(), List.of(), List.of(),
                List.of(new Quotation(Optional.empty(), Optional.empty(), new Evidence(span, "quote.marked", 0.9))),
                List.of(), List.of(), List.of(), List.of(), List.of());
        Model m = writer.write(a, RUN);
        Resource spanNode = one(m, Ckg.Quotation).getPropertyResourceValue(Prov.wasDerivedFrom);
        int begin = spanNode.getProperty(Nif.beginIndex).getInt();
        assertEquals(doc.text().codePointCount(0, utf16Begin), begin);
        assertNotEquals(utf16Begin, begin);
        assertEquals("No.", spanNode.getProperty(Nif.anchorOf).getString());
        String q = "PREFIX nif: <" + Nif.NS + "> SELECT ?anchor ?sub WHERE { ?s nif:referenceContext ?c ; nif:beginIndex ?b ;"
                + " nif:endIndex ?e ; nif:anchorOf ?anchor . ?c nif:isString ?t BIND(SUBSTR(?t, ?b + 1, ?e - ?b) AS ?sub) }";
        try (QueryExecution qe = QueryExecution.model(m).query(q).build()) {
            QuerySolution row = qe.execSelect().next();
            assertEquals(row.getLiteral("anchor").getString(), row.getLiteral("sub").getString());
        }
    }

    @Test
    void aSpanBeyondTheTextFailsTheWholeArticle() {
        Document doc = Document.of("short", "Too short.");
        ArticleAnalysis a = new ArticleAnalysis(doc, List.of(), List.of(), List.of(),
                List.of(new Quotation(Optional.empty(), Optional.empty(), new Evidence(new CharSpan(3, 99), "r", 1.0))),
                List.of(), List.of(), List.of(), List.of(), List.of());
        assertThrows(IllegalArgumentException.class, () -> writer.write(a, RUN));
    }

    @Test
    void unsafeArticleIdsNeverBecomeIris() {
        assertThrows(IllegalArgumentException.class, () -> Iris.articleIri("a b"));
        assertThrows(IllegalArgumentException.class, () -> Iris.graphIri("x/../y"));
        assertThrows(IllegalArgumentException.class, () -> Iris.articleIri(".."));
        assertThrows(IllegalArgumentException.class, () -> Iris.runIri("run#1"));
        assertEquals(Optional.of("000_abc"), Iris.articleIdOfGraph(Iris.graphIri("000_abc")));
        assertEquals(Optional.empty(), Iris.articleIdOfGraph(Ckg.DATA + "article/000_abc"));
    }

    private static Set<String> statementIris(Model m) {
        return m.listResourcesWithProperty(RDF.type, Ckg.Statement).toList().stream().map(Resource::getURI)
                .collect(Collectors.toSet());
    }
}
