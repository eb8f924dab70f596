package org.conflictkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.conflictkg.text.ArticleReader;
import org.junit.jupiter.api.Test;

class ContentHashTest {

    @Test
    void theHashOfAFileEqualsTheHashOfTheTextReadFromIt() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("data/articles"))) {
            files = new java.util.ArrayList<>(s.toList());
        }
        files.add(Path.of("src/test/resources/rdf-store/astral-quote.txt"));
        for (Path f : files) {
            assertEquals(ContentHash.of(Files.readAllBytes(f)), ContentHash.of(new ArticleReader().read(f).text()), f.toString());
        }
    }

    @Test
    void theHashIsLowerCaseHexSha256() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", ContentHash.of(""));
    }
}
