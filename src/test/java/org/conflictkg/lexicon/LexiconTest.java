package org.conflictkg.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LexiconTest {

    /** The verified ids, copied from shared/wikidata/verified-qids.tsv (the only ids we may use). */
    private static Set<String> verifiedQids() throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/verified-qids.tsv")).stream().skip(1)
                .map(l -> l.split("\t")[1]).collect(Collectors.toSet());
    }

    @Test
    void everyWikidataIdInTheLexiconIsAVerifiedOne() throws IOException {
        Set<String> verified = verifiedQids();
        Lexicon lexicon = Lexicon.load();
        lexicon.entries().forEach(e -> e.wikidata().ifPresent(q ->
                assertTrue(verified.contains(q), e.id() + " carries unverified id " + q)));
    }

    @Test
    void headsOfStateResolveByTheirUsualName() {
        LexiconEntry putin = Lexicon.load().get("vladimir-putin").orElseThrow();
        assertEquals(EntityType.PERSON, putin.type());
        assertEquals("Q7747", putin.wikidata().orElseThrow());
        assertTrue(putin.aliases().contains("Putin"));
    }
}
