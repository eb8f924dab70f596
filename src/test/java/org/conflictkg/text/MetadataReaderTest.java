package org.conflictkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.conflictkg.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetadataReaderTest {

    private static final Path META = Path.of("src/test/resources/metadata");

    private final ArticleReader reader = new ArticleReader();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    @Test
    void jsonSidecarGivesTitleOutletUrlAndPublicationInstant() {
        ArticleMetadata m = read("full.txt");
        assertEquals(Optional.of("Putin warns of a response"), m.title());
        assertEquals(Optional.of("Example Wire"), m.outlet());
        assertEquals(Optional.of("https://news.example.org/world/2024/11/18/putin"), m.url());
        assertEquals(Optional.of(LocalDate.of(2024, 11, 18)), m.published());
        assertEquals(Optional.of(OffsetDateTime.parse("2024-11-18T14:05:00+03:00")), m.publishedAt());
        assertEquals(List.of(), diagnostics);
    }

    @Test
    void propertiesSidecarIsReadAsUtf8() {
        ArticleMetadata m = read("properties.txt");
        assertEquals(Optional.of("Kremlin says \u201Cno\u201D"), m.title());
        assertEquals(Optional.of("http://news.example.org/a?id=7"), m.url());
        assertEquals(Optional.of(LocalDate.of(2024, 11, 19)), m.published());
        assertEquals(Optional.empty(), m.publishedAt());
        assertEquals(List.of(), diagnostics);
    }

    @Test
    void dateOnlyPublicationHasNoInstant() {
        ArticleMetadata m = read("date-only.txt");
        assertEquals(Optional.of(LocalDate.of(2024, 11, 22)), m.published());
        assertEquals(Optional.empty(), m.publishedAt());
    }

    @Test
    void seedArticlesWithoutSidecarHaveNoMetadataAndNoDiagnostics() {
        for (String name : List.of("000_1d5f898ef470540a.txt", "003_cd7ae7ab37400576.txt")) {
            Document doc = reader.read(BadInputGenerator.ARTICLES.resolve(name), diagnostics::add);
            assertEquals(ArticleMetadata.NONE, doc.metadata());
        }
        assertEquals(List.of(), diagnostics);
    }

    @Test
    void malformedJsonSidecarIsAWarningNamingTheFileAndTheArticleIsStillRead() {
        Document doc = reader.read(META.resolve("malformed.txt"), diagnostics::add);
        assertTrue(doc.text().startsWith("Putin said"));
        assertEquals(ArticleMetadata.NONE, doc.metadata());
        Diagnostic d = single();
        assertEquals(META.resolve("malformed.meta.json").toString(), d.source());
        assertTrue(d.message().startsWith("not valid JSON") && d.message().contains("line 1")
                && d.message().contains("fix the JSON or delete the file"), d.message());
    }

    @Test
    void badValuesCostOnlyTheirOwnField() {
        ArticleMetadata m = read("bad-values.txt");
        assertEquals(new ArticleMetadata(Optional.empty(), Optional.of("Example Wire"), Optional.empty(),
                Optional.empty()), m);
        List<String> messages = diagnostics.stream().map(Diagnostic::message).toList();
        assertEquals(4, messages.size(), messages.toString());
        assertTrue(messages.stream().anyMatch(s -> s.startsWith("'title' must be a JSON string, got number")), messages.toString());
        assertTrue(messages.stream().anyMatch(s -> s.startsWith("unknown key 'headline'")), messages.toString());
        assertTrue(messages.stream().anyMatch(s -> s.startsWith("url \"/world/putin\" is not an absolute http(s) URL")),
                messages.toString());
        assertTrue(messages.stream().anyMatch(s -> s.startsWith("published \"yesterday\" is not an ISO-8601 date")),
                messages.toString());
    }

    @Test
    void sidecarThatIsNotAJsonObjectIsIgnoredWithAWarning() {
        assertEquals(ArticleMetadata.NONE, read("array.txt"));
        assertTrue(single().message().startsWith("must hold one JSON object"));
    }

    @Test
    void dateTimeWithoutZoneKeepsOnlyItsDateAndSaysHowToKeepTheTime() {
        ArticleMetadata m = read("local-time.txt");
        assertEquals(Optional.of(LocalDate.of(2024, 11, 21)), m.published());
        assertEquals(Optional.empty(), m.publishedAt());
        assertTrue(single().message().contains("has no time zone: only its date is kept"));
    }

    @Test
    void jsonWinsOverPropertiesFieldByFieldAndTheConflictIsReported() {
        ArticleMetadata m = read("both.txt");
        assertEquals(Optional.of("Title from JSON"), m.title());
        assertEquals(Optional.of("Properties Outlet"), m.outlet(), "a field only the properties give is kept");
        assertEquals(Optional.of(LocalDate.of(2024, 11, 20)), m.published());
        Diagnostic d = single();
        assertEquals(META.resolve("both.meta.json").toString(), d.source());
        assertTrue(d.message().startsWith("'title' is Title from JSON here but Title from properties"), d.message());
    }

    @Test
    void invalidUtf8PropertiesSidecarIsIgnoredWithAWarning(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("a.txt"), "Putin said no.\n");
        Files.write(tmp.resolve("a.meta.properties"), new byte[] {'t', 'i', 't', 'l', 'e', '=', (byte) 0xE9});
        assertEquals(ArticleMetadata.NONE, reader.read(tmp.resolve("a.txt"), diagnostics::add).metadata());
        assertTrue(single().message().startsWith("not valid UTF-8"));
    }

    @Test
    void articleIdIsTheFileStemAndDoesNotDependOnTheDirectory(@TempDir Path tmp) throws IOException {
        Path original = BadInputGenerator.ARTICLES.resolve("002_f8d1325b0194e9f8.txt");
        Path copy = Files.copy(original, tmp.resolve(original.getFileName()));
        assertEquals("002_f8d1325b0194e9f8", reader.read(original).id());
        assertEquals(reader.read(original).id(), reader.read(copy).id());
        assertEquals("a_b_c_d", ArticleReader.articleId("a b#c%d.txt"));
        assertEquals("report.v2", ArticleReader.articleId("report.v2.txt"));
    }

    private ArticleMetadata read(String article) {
        return reader.read(META.resolve(article), diagnostics::add).metadata();
    }

    private Diagnostic single() {
        assertEquals(1, diagnostics.size(), diagnostics.toString());
        Diagnostic d = diagnostics.get(0);
        assertEquals(Diagnostic.Severity.WARNING, d.severity());
        return d;
    }
}
