package org.conflictkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleIdTest {

    @Test
    void seedArticleIdsAreTheirFileStems() {
        assertEquals("000_1d5f898ef470540a", ArticleReader.articleId("000_1d5f898ef470540a.txt"));
        assertEquals("report.v2", ArticleReader.articleId("report.v2.txt"));
        assertEquals("README", ArticleReader.articleId("README"));
    }

    @Test
    void charactersOutsideTheIriSafeSetBecomeOneUnderscoreEachCodePoint() {
        assertEquals("a_b_c_d_e", ArticleReader.articleId("a b#c%d\"e.txt"));
        assertEquals("rocket__launch", ArticleReader.articleId("rocket\uD83D\uDE80 launch.txt"));
    }

    @Test
    void composedAndDecomposedFileNamesGetTheSameId() {
        String composed = "Ky\u00EFv-report.txt";
        String decomposed = "Kyi\u0308v-report.txt"; // how macOS stores it
        assertEquals(ArticleReader.articleId(composed), ArticleReader.articleId(decomposed));
        assertEquals("Ky_v-report", ArticleReader.articleId(decomposed));
    }

    @Test
    void everyIdIsANonEmptyIriSegmentThatIsNotDotOrDotDot() {
        for (String name : List.of("", ".txt", "..txt", "...txt", ".", "\u05E9\u05DC\u05D5\u05DD.txt", "a/b.txt")) {
            String id = ArticleReader.articleId(name);
            assertTrue(id.matches("[A-Za-z0-9._-]+") && !id.matches("\\.+"), name + " -> " + id);
        }
    }
}
