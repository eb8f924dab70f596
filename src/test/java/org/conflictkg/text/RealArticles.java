package org.conflictkg.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Test fixture: the development and both held-out article sets, read as the product reads them,
 * for tests that check a rewritten scanner against the regular expression it replaces on real text.
 */
public final class RealArticles {

    private static final List<String> DIRS = List.of("data/articles", "src/test/resources/heldout/articles",
            "src/test/resources/heldout2/articles");

    private RealArticles() {
    }

    public static List<Document> all() {
        List<Document> out = new ArrayList<>();
        for (String dir : DIRS) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    out.add(new ArticleReader().read(f));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** Every sentence of every article, with its document. */
    public static List<Located> sentences() {
        List<Located> out = new ArrayList<>();
        for (Document doc : all()) {
            for (Sentence s : new SentenceSplitter().split(doc)) {
                out.add(new Located(doc, s));
            }
        }
        return out;
    }

    /** A sentence and the document it is in. */
    public record Located(Document doc, Sentence sentence) {
    }
}
