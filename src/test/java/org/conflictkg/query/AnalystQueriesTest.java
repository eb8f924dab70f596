package org.conflictkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryFactory;
import org.conflictkg.store.IngestListener;
import org.conflictkg.store.Ingester;
import org.conflictkg.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every analyst query of {@code queries/} run as written against the graph of the five
 * development articles, asserting the people, counts and spans it must answer. The two
 * disagreement queries also run on a pair of small articles that do disagree.
 */
class AnalystQueriesTest {

    private static Dataset seed;
    private static KgStore disagreeing;

    @BeforeAll
    static void build() {
        seed = SeedGraph.store().dataset();
        disagreeing = KgStore.scratch();
        new Ingester(disagreeing).ingest(List.of(Path.of("src/test/resources/query-fixtures/disagreeing")),
                false, IngestListener.NONE);
    }

    @AfterAll
    static void close() {
        disagreeing.close();
    }

    private static Set<String> column(List<Map<String, String>> rows, String name) {
        return rows.stream().map(r -> r.get(name)).filter(v -> v != null).collect(Collectors.toSet());
    }

    private static String articleText(String file) throws IOException {
        return Files.readString(Path.of("data/articles", file));
    }

    /** The text at code-point offsets [begin, end) of an article file. */
    private static String at(String file, String begin, String end) throws IOException {
        String text = articleText(file);
        int b = text.offsetByCodePoints(0, Integer.parseInt(begin));
        int e = text.offsetByCodePoints(0, Integer.parseInt(end));
        return text.substring(b, e);
    }

    @Test
    void everyQueryFileParsesAndStartsWithItsQuestionInPlainWords() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("queries"))) {
            List<Path> rq = files.filter(p -> p.toString().endsWith(".rq")).toList();
            assertTrue(rq.size() >= 15 + 3, "at least 15 analyst queries plus federation and views: " + rq.size());
            for (Path p : rq) {
                String text = Files.readString(p);
                assertTrue(text.startsWith("# "), p + " starts with its question");
                assertTrue(text.contains("# Parameters") && text.contains("# Columns"), p + " documents parameters and columns");
                QueryFactory.create(text); // throws on a syntax error
            }
        }
    }

    @Test
    void positionsOnTheDecisionListOpponentsAndSupportersWithTheirWordsAndSpans() throws IOException {
        List<Map<String, String>> rows = QueryFiles.select(seed, "positions-on-decision.rq");
        Set<String> opposes = rows.stream().filter(r -> r.get("stance").equals("opposes"))
                .map(r -> r.get("holderLabel")).collect(Collectors.toSet());
        Set<String> supports = rows.stream().filter(r -> r.get("stance").equals("supports"))
                .map(r -> r.get("holderLabel")).collect(Collectors.toSet());
        assertTrue(opposes.containsAll(Set.of("Vladimir Putin", "Dmitry Peskov")), opposes.toString());
        assertTrue(supports.containsAll(Set.of("Radosław Sikorski", "Mike Turner")), supports.toString());
        assertTrue(opposes.stream().noneMatch(Set.of("Radosław Sikorski", "Mike Turner")::contains), opposes.toString());
        for (Map<String, String> r : rows) {
            assertEquals(r.get("wording"), at(r.get("file"), r.get("begin"), r.get("end")), r.toString());
        }
        Map<String, String> peskov = rows.stream().filter(r -> r.get("holderLabel").equals("Dmitry Peskov"))
                .findFirst().orElseThrow();
        assertEquals("000_1d5f898ef470540a.txt", peskov.get("file"));
        assertTrue(peskov.get("wording").contains("criticizing"), peskov.toString());
    }

    @Test
    void actorPositionsGivesEveryStanceOfPutinAcrossArticles() throws IOException {
        List<Map<String, String>> rows = QueryFiles.select(seed, "actor-positions.rq");
        assertTrue(column(rows, "file").size() >= 2, "Putin's stance is reported by several articles: " + rows);
        assertEquals(Set.of("opposes"), column(rows, "stance"));
        assertEquals(Set.of("https://w3id.org/conflict-kg/id/entity/vladimir-putin"), column(rows, "actor"));
        for (Map<String, String> r : rows) {
            assertEquals(r.get("wording"), at(r.get("file"), r.get("begin"), r.get("end")));
        }
    }

    @Test
    void disagreementQueriesFindNothingAmongTheSeedArticlesButFindOutletsThatDisagree() {
        assertEquals(List.of(), QueryFiles.select(seed, "stance-disagreements.rq"));
        assertEquals(List.of(), QueryFiles.select(seed, "quote-attribution-conflicts.rq"));
        List<Map<String, String>> stance = QueryFiles.select(disagreeing.dataset(), "stance-disagreements.rq");
        assertEquals(1, stance.size(), stance.toString());
        assertEquals("Radosław Sikorski", stance.get(0).get("holderLabel"));
        assertEquals(Set.of("opposes", "supports"), Set.of(stance.get(0).get("stanceA"), stance.get(0).get("stanceB")));
        List<Map<String, String>> quotes = QueryFiles.select(disagreeing.dataset(), "quote-attribution-conflicts.rq");
        assertEquals(1, quotes.size(), quotes.toString());
        assertEquals(Set.of("Dmitry Peskov", "Vladimir Putin"),
                Set.of(quotes.get(0).get("speakerA"), quotes.get(0).get("speakerB")));
        assertTrue(quotes.get(0).get("quote").startsWith("This changes nothing on the battlefield"));
    }

    @Test
    void corroborationCountsArticlesPerPosition() {
        List<Map<String, String>> rows = QueryFiles.select(seed, "position-corroboration.rq");
        Map<String, String> putin = rows.stream().filter(r -> r.get("holderLabel").equals("Vladimir Putin")
                && r.get("stance").equals("opposes")).findFirst().orElseThrow(() -> new AssertionError(rows.toString()));
        assertTrue(Integer.parseInt(putin.get("articles")) >= 3, putin.toString());
        Map<String, String> sikorski = rows.stream().filter(r -> r.get("holderLabel").equals("Radosław Sikorski"))
                .findFirst().orElseThrow();
        assertEquals("supports", sikorski.get("stance"));
        assertEquals("2", sikorski.get("articles"));
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(Integer.parseInt(rows.get(i - 1).get("articles")) >= Integer.parseInt(rows.get(i).get("articles")),
                    "most corroborated first");
        }
    }

    @Test
    void rolesByStateGroupOfficialsUnderTheirState() {
        List<Map<String, String>> rows = QueryFiles.select(seed, "roles-by-state.rq");
        assertTrue(rows.stream().anyMatch(r -> "Poland".equals(r.get("stateLabel"))
                && r.get("personLabel").equals("Radosław Sikorski")
                && r.get("title").equalsIgnoreCase("foreign minister")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> "Russia".equals(r.get("stateLabel"))
                && r.get("personLabel").equals("Vladimir Putin") && r.get("title").equals("President")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get("personLabel").equals("Dmitry Peskov")
                && r.get("title").equals("spokesperson") && "Kremlin".equals(r.get("orgLabel"))), rows.toString());
    }

    @Test
    void officialsStancesNameTheStateTheOfficialServes() {
        List<Map<String, String>> rows = QueryFiles.select(seed, "officials-stances.rq");
        assertTrue(rows.stream().anyMatch(r -> r.get("stateLabel").equals("Russia")
                && r.get("personLabel").equals("Vladimir Putin") && r.get("stance").equals("opposes")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get("stateLabel").equals("Poland")
                && r.get("personLabel").equals("Radosław Sikorski") && r.get("stance").equals("supports")), rows.toString());
    }

    @Test
    void weaponsCarryTheirRangeAndWikidataLink() {
        List<Map<String, String>> rows = QueryFiles.select(seed, "weapons.rq");
        Map<String, String> atacms = rows.stream().filter(r -> r.get("weaponLabel").contains("ATACMS")
                && "km".equals(r.get("unit"))).findFirst().orElseThrow(() -> new AssertionError(rows.toString()));
        assertEquals(306.0, Double.parseDouble(atacms.get("value")));
        assertTrue(atacms.get("evidence").contains("306 kilometers"), atacms.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get("weaponLabel").contains("HIMARS")
                && "http://www.wikidata.org/entity/Q2495802".equals(r.get("wikidata"))), rows.toString());
    }

    @Test
    void decisionsKeepTheMainDecisionOneNodeAndTheMayDecisionApart() {
        List<Map<String, String>> rows = QueryFiles.select(seed, "decisions.rq");
        Map<String, String> main = rows.get(0);
        assertEquals("5", main.get("articles"), "the most-reported decision is stated in all five articles: " + rows);
        assertEquals("United States", main.get("decider"));
        assertEquals("Ukraine", main.get("permitted"));
        assertEquals("Russia", main.get("territory"));
        assertTrue(main.get("statuses").contains("authorised"), main.toString());
        assertTrue(rows.size() >= 3, "the May decision and the proposal are separate nodes: " + rows);
    }

    @Test
    void quotationsBySpeakerAttributeTheStandaloneAndInterruptedQuotes() throws IOException {
        List<Map<String, String>> rows = QueryFiles.select(seed, "quotations-by-speaker.rq");
        assertTrue(rows.stream().anyMatch(r -> "Dmitry Peskov".equals(r.get("speakerLabel"))
                && r.get("quote").startsWith("If this decision is taken")), rows.toString());
        assertEquals(2, rows.stream().filter(r -> "Vladimir Putin".equals(r.get("speakerLabel"))
                && r.get("file").equals("001_49b24d08c9ff5df6.txt")).count(), "the interrupted quote is two quotes by Putin");
        for (Map<String, String> r : rows) {
            assertEquals(r.get("quote"), at(r.get("file"), r.get("begin"), r.get("end")));
        }
    }

    @Test
    void quotationSearchFindsEveryQuotationMentioningNato() {
        List<Map<String, String>> rows = QueryFiles.select(seed, "quotation-search.rq");
        assertTrue(rows.size() >= 3, rows.toString());
        assertTrue(rows.stream().allMatch(r -> r.get("quote").contains("NATO")), rows.toString());
        assertTrue(column(rows, "speakerLabel").containsAll(Set.of("Dmitry Peskov", "Vladimir Putin")), rows.toString());
    }

    @Test
    void unlinkedActorsListPeopleWithoutWikidataIdsAndNoLinkedOnes() {
        List<Map<String, String>> rows = QueryFiles.select(seed, "unlinked-actors.rq");
        Set<String> labels = column(rows, "label");
        assertTrue(labels.containsAll(Set.of("Dmitry Peskov", "Jon Finer", "Andrei Klishas")), labels.toString());
        assertTrue(labels.stream().noneMatch(l -> l.equals("Vladimir Putin") || l.equals("Russia")), labels.toString());
    }

    @Test
    void evidenceGivesRunRuleConfidenceAndTheExactTextAtTheOffsets() throws IOException {
        List<Map<String, String>> rows = QueryFiles.select(seed, "evidence.rq");
        assertFalse(rows.isEmpty());
        for (Map<String, String> r : rows) {
            assertEquals(r.get("text"), at(r.get("file"), r.get("begin"), r.get("end")), r.toString());
            assertFalse(r.get("rule").isBlank());
            double c = Double.parseDouble(r.get("confidence"));
            assertTrue(c > 0 && c <= 1, r.toString());
            assertTrue(r.get("run").startsWith("https://w3id.org/conflict-kg/id/run/"), r.toString());
        }
        // The same query for one statement, as a user edits the VALUES row.
        String one = rows.get(0).get("statement");
        String edited = QueryFiles.text("evidence.rq").replace("(UNDEF \"StatedPosition\")",
                "(<" + one + "> \"StatedPosition\")");
        assertEquals(1, QueryFiles.selectText(seed, edited).size());
    }

    @Test
    void spanIntegrityFindsNoSpanWhoseTextDiffersFromTheArticle() {
        assertEquals(List.of(), QueryFiles.select(seed, "span-integrity.rq"));
    }

    @Test
    void entityMentionsFindZelenskyyUnderEverySpellingAndPronoun() {
        List<Map<String, String>> rows = QueryFiles.select(seed, "entity-mentions.rq");
        assertEquals(Set.of("https://w3id.org/conflict-kg/id/entity/volodymyr-zelenskyy"), column(rows, "entity"));
        Set<String> texts = column(rows, "text");
        assertTrue(texts.containsAll(Set.of("Volodymyr Zelenskyy", "Zelenskiy", "Zelensky")), texts.toString());
        assertTrue(column(rows, "kind").contains("pronoun"), rows.toString());
        assertTrue(column(rows, "file").size() >= 3);
    }

    @Test
    void anonymousSourcesAreGroupsNotPeople() {
        List<Map<String, String>> rows = QueryFiles.select(seed, "anonymous-sources.rq");
        assertTrue(rows.stream().anyMatch(r -> r.get("text").equals("two U.S. officials")), rows.toString());
        Set<String> groupIris = column(rows, "group");
        assertTrue(groupIris.stream().allMatch(g -> g.contains("/entity/group/")), groupIris.toString());
    }

    @Test
    void articleAuthorsAreTheBylineJournalists() {
        List<Map<String, String>> rows = QueryFiles.select(seed, "article-authors.rq");
        assertTrue(rows.stream().anyMatch(r -> r.get("authorLabel").equals("Mike Stone")
                && r.get("contribution").equals("reporting")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get("authorLabel").equals("Scott Malone")
                && r.get("contribution").equals("editing")), rows.toString());
        assertEquals(Set.of("003_cd7ae7ab37400576.txt"), column(rows, "file"));
    }

    @Test
    void articlesOverviewCountsFactsPerArticle() {
        List<Map<String, String>> rows = QueryFiles.select(seed, "articles-overview.rq");
        assertEquals(5, rows.size());
        for (Map<String, String> r : rows) {
            assertTrue(Integer.parseInt(r.get("entities")) > 5, r.toString());
            assertTrue(Integer.parseInt(r.get("policies")) >= 1, r.toString());
        }
        Map<String, String> longest = rows.stream().filter(r -> r.get("file").startsWith("003")).findFirst().orElseThrow();
        assertTrue(Integer.parseInt(longest.get("quotations")) >= 8, longest.toString());
    }
}
