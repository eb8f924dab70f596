package org.conflictkg.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.conflictkg.lexicon.EntityType;
import org.conflictkg.pipeline.ArticlePipeline;
import org.conflictkg.text.ArticleReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus scaler on the development articles: deterministic, prefix-stable, growing, no copies. */
class CorpusScalerTest {

    private static final Path ARTICLES = Path.of("data/articles");

    @Test
    void sameSeedGivesTheSameFilesAndASmallerCorpusIsAPrefix(@TempDir Path tmp) throws Exception {
        CorpusScaler.Corpus big = CorpusScaler.from(ARTICLES, List.of(), 7).ensure(tmp.resolve("a"), 30);
        CorpusScaler.Corpus small = CorpusScaler.from(ARTICLES, List.of(), 7).ensure(tmp.resolve("b"), 12);
        assertEquals(30, big.files().size());
        assertFalse(big.reused());
        for (int i = 0; i < 12; i++) {
            assertArrayEquals(Files.readAllBytes(big.files().get(i)), Files.readAllBytes(small.files().get(i)),
                    "article " + i);
        }
        CorpusScaler.Corpus again = CorpusScaler.from(ARTICLES, List.of(), 7).ensure(tmp.resolve("a"), 20);
        assertTrue(again.reused(), "an existing larger corpus with the same seed is reused");
        assertEquals(big.files().subList(0, 20), again.files());
    }

    @Test
    void differentSeedsGiveDifferentArticles() {
        String a = CorpusScaler.from(ARTICLES, List.of(), 1).article(0);
        String b = CorpusScaler.from(ARTICLES, List.of(), 2).article(0);
        assertNotEquals(a, b);
    }

    @Test
    void scaledArticlesAreNotCopiesAndBringPeopleTheSourcesNeverName(@TempDir Path tmp) throws Exception {
        String sources = Files.list(ARTICLES).sorted().map(CorpusScalerTest::read).collect(Collectors.joining("\n"));
        CorpusScaler.Corpus corpus = CorpusScaler.from(ARTICLES, List.of(), 42).ensure(tmp, 20);
        ArticlePipeline pipeline = ArticlePipeline.standard();
        Set<String> texts = new HashSet<>();
        Set<String> newPeople = new HashSet<>();
        for (Path f : corpus.files()) {
            var doc = new ArticleReader().read(f, d -> { });
            assertTrue(texts.add(doc.text()), "two scaled articles are the same: " + f);
            assertFalse(sources.contains(doc.text().strip()), f + " copies a source article");
            pipeline.analyse(doc).entities().stream()
                    .filter(e -> e.type() == EntityType.PERSON && !sources.contains(e.label()))
                    .forEach(e -> newPeople.add(e.label()));
        }
        assertTrue(newPeople.size() >= 10, "the extractors find people the sources never name: " + newPeople);
    }

    @Test
    void numbersGetNewDigits(@TempDir Path tmp) throws Exception {
        Set<String> sourceNumbers = numbers(String.join("\n", Files.list(ARTICLES).sorted().map(CorpusScalerTest::read).toList()));
        assertFalse(sourceNumbers.isEmpty(), "the development articles state numbers");
        CorpusScaler.Corpus corpus = CorpusScaler.from(ARTICLES, List.of(), 42).ensure(tmp, 20);
        int kept = 0;
        int all = 0;
        for (Path f : corpus.files()) {
            for (String n : numbers(read(f))) {
                all++;
                kept += sourceNumbers.contains(n) ? 1 : 0;
            }
        }
        assertTrue(all >= 8, "scaled articles state numbers too: " + all);
        assertTrue(kept * 10 <= all, kept + " of " + all + " numbers of three or more digits are the sources' own");
    }

    /** Numbers of three or more digits that are not years. */
    private static Set<String> numbers(String text) {
        Set<String> out = new HashSet<>();
        var m = java.util.regex.Pattern.compile("(?<![\\d,.])\\d[\\d,]{2,}(?![\\d,])").matcher(text);
        while (m.find()) {
            if (!m.group().matches("(19|20)\\d\\d")) {
                out.add(m.group());
            }
        }
        return out;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
