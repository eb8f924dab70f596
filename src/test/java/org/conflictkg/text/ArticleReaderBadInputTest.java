package org.conflictkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.conflictkg.diag.Diagnostic;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;
import org.conflictkg.pipeline.ArticleAnalysis;
import org.conflictkg.pipeline.ArticlePipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** One test per file of src/test/resources/bad-input (see docs/INPUT.md for the policy). */
class ArticleReaderBadInputTest {

    private static final Path BAD = Path.of("src/test/resources/bad-input");
    private static final ArticlePipeline PIPELINE = ArticlePipeline.standard();

    private final ArticleReader reader = new ArticleReader();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    @TempDir
    Path tmp;

    // ---- rejected ----

    @Test
    void emptyFileIsRejectedAsNothingToExtract() {
        KgException e = rejected("empty.txt", ErrorCode.ARTICLE_REJECTED);
        assertTrue(e.getMessage().contains("nothing to extract"), e.getMessage());
    }

    @Test
    void whitespaceOnlyFileIncludingNoBreakSpacesIsRejectedAsNothingToExtract() {
        KgException e = rejected("whitespace-only.txt", ErrorCode.ARTICLE_REJECTED);
        assertTrue(e.getMessage().contains("only whitespace") && e.getMessage().contains("nothing to extract"),
                e.getMessage());
    }

    @Test
    void binaryFileIsRejectedForItsNulByte() {
        KgException e = rejected("binary.txt", ErrorCode.ARTICLE_REJECTED);
        assertTrue(e.getMessage().contains("NUL byte at byte offset 8"), e.getMessage());
    }

    @Test
    void textThatIsMostlyControlCharactersIsRejectedAsBinary() {
        KgException e = rejected("control-characters.txt", ErrorCode.ARTICLE_REJECTED);
        assertTrue(e.getMessage().contains("104 of 119 characters are control characters"), e.getMessage());
    }

    @Test
    void invalidUtf8IsRejectedNamingTheByteOffset() {
        KgException e = rejected("invalid-utf8.txt", ErrorCode.ARTICLE_UNREADABLE);
        // "Zelensky said "yes". Officials met in a caf" is 43 bytes; the Latin-1 e-acute (0xE9) follows.
        assertTrue(e.getMessage().contains("byte offset 43 (0xE9)"), e.getMessage());
        assertTrue(e.getMessage().contains("re-save it as UTF-8"), e.getMessage());
    }

    @Test
    void htmlPageSavedAsTextIsRejectedAskingForTheArticleText() {
        KgException e = rejected("html-page.txt", ErrorCode.ARTICLE_REJECTED);
        assertTrue(e.getMessage().contains("starts with <!DOCTYPE") && e.getMessage().contains("HTML"), e.getMessage());
    }

    @Test
    void htmlPageStartingWithTheHtmlTagAfterBlankLinesIsRejected() {
        KgException e = assertThrows(KgException.class, () -> reader.read("page.txt",
                "\n\n  <HTML><body>Putin said no.</body></HTML>".getBytes(StandardCharsets.UTF_8),
                ArticleMetadata.NONE, diagnostics::add));
        assertEquals(ErrorCode.ARTICLE_REJECTED, e.code());
        assertTrue(e.getMessage().startsWith("page.txt: starts with <HTML"), e.getMessage());
    }

    @Test
    void articleThatQuotesMarkupAfterItsFirstWordsIsAccepted() {
        Document doc = reader.read("note.txt", "Hackers defaced the site with <html><body>GLORY</body></html>, Peskov said."
                .getBytes(StandardCharsets.UTF_8), ArticleMetadata.NONE, diagnostics::add);
        assertTrue(doc.text().startsWith("Hackers"));
    }

    @Test
    void utf16WithoutByteOrderMarkIsRejectedAsBinaryWithAHint() throws IOException {
        Path f = tmp.resolve("utf16-no-bom.txt");
        Files.write(f, "Putin said no.".getBytes(StandardCharsets.UTF_16LE));
        KgException e = assertThrows(KgException.class, () -> reader.read(f, diagnostics::add));
        assertEquals(ErrorCode.ARTICLE_REJECTED, e.code());
        assertTrue(e.getMessage().contains(f.toString()) && e.getMessage().contains("UTF-16 without a byte order mark"),
                e.getMessage());
    }

    @Test
    void utf32IsRejectedAsUnsupported() throws IOException {
        Path f = tmp.resolve("utf32.txt");
        Files.write(f, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0, 'P', 0, 0, 0});
        KgException e = assertThrows(KgException.class, () -> reader.read(f, diagnostics::add));
        assertEquals(ErrorCode.ARTICLE_UNREADABLE, e.code());
        assertTrue(e.getMessage().contains("UTF-32"), e.getMessage());
    }

    @Test
    void utf16WithAnUnpairedSurrogateIsRejectedNamingTheByteOffset() throws IOException {
        Path f = tmp.resolve("utf16-lone-surrogate.txt");
        byte[] body = "ab\uD800c".getBytes(StandardCharsets.UTF_16LE); // encoder writes '?' for the lone surrogate
        body[4] = 0x00;
        body[5] = (byte) 0xD8;
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Files.write(f, bytes);
        KgException e = assertThrows(KgException.class, () -> reader.read(f, diagnostics::add));
        assertEquals(ErrorCode.ARTICLE_UNREADABLE, e.code());
        assertTrue(e.getMessage().contains("UTF-16LE") && e.getMessage().contains("byte offset 6"), e.getMessage());
    }

    @Test
    void fileOverTheSizeCapIsRejectedAndOneAtTheCapIsRead() throws IOException {
        Path f = tmp.resolve("capped.txt");
        Files.writeString(f, "Putin said no.\n".repeat(100));
        ArticleReader capped = new ArticleReader(new ReaderSettings(1500));
        assertEquals(1500, capped.read(f, diagnostics::add).text().length());
        Files.writeString(f, "x", java.nio.file.StandardOpenOption.APPEND);
        KgException e = assertThrows(KgException.class, () -> capped.read(f, diagnostics::add));
        assertEquals(ErrorCode.ARTICLE_REJECTED, e.code());
        assertTrue(e.getMessage().contains(f.toString()) && e.getMessage().contains("1501 bytes")
                && e.getMessage().contains("limit of 1500"), e.getMessage());
    }

    @Test
    void sizeCapOfZeroIsAConfigurationError() {
        KgException e = assertThrows(KgException.class, () -> new ReaderSettings(0));
        assertEquals(ErrorCode.CONFIG_INVALID, e.code());
    }

    @Test
    void missingFileIsUnreadableNamingThePath() {
        Path f = tmp.resolve("no-such-article.txt");
        KgException e = assertThrows(KgException.class, () -> reader.read(f, diagnostics::add));
        assertEquals(ErrorCode.ARTICLE_UNREADABLE, e.code());
        assertTrue(e.getMessage().contains(f + ": no such file"), e.getMessage());
    }

    @Test
    void directoryIsUnreadable() {
        KgException e = assertThrows(KgException.class, () -> reader.read(tmp, diagnostics::add));
        assertEquals(ErrorCode.ARTICLE_UNREADABLE, e.code());
        assertTrue(e.getMessage().contains("is a directory"), e.getMessage());
    }

    // ---- accepted ----

    @Test
    void utf16LittleEndianWithByteOrderMarkIsDecoded() {
        Document doc = accepted("utf16le-bom.txt");
        assertEquals("Zelensky said: \u201CWe will defend Kharkiv.\u201D\nThe Kremlin rejected the plan.\n", doc.text());
    }

    @Test
    void utf16BigEndianWithByteOrderMarkIsDecoded() {
        Document doc = accepted("utf16be-bom.txt");
        assertEquals(accepted("utf16le-bom.txt").text(), doc.text());
    }

    @Test
    void utf8ByteOrderMarkIsDroppedSoOffsetsStartAtTheFirstLetter() {
        Document doc = accepted("utf8-bom.txt");
        assertTrue(doc.text().startsWith("Putin said"), doc.text());
        assertEquals("Putin", doc.cover(new CharSpan(0, 5)));
    }

    @Test
    void crlfLineEndingsAreNormalisedToLfAndReported() {
        Document doc = accepted("crlf.txt");
        assertEquals("Biden approves strikes\nPresident Joe Biden said on Monday that Ukraine may use the missiles.\n\n"
                + "\u201CWe will not be deterred,\u201D Zelensky said.\n", doc.text());
        assertTrue(diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.INFO
                && d.message().startsWith("4 CRLF/CR line ending(s) normalised")), diagnostics.toString());
    }

    @Test
    void loneCarriageReturnsAreNormalisedToLfAndSplitParagraphs() {
        Document doc = accepted("lone-cr.txt");
        assertFalse(doc.text().contains("\r"));
        List<Sentence> sentences = new SentenceSplitter().split(doc);
        assertEquals(3, sentences.get(sentences.size() - 1).paragraph() + 1, sentences.toString());
    }

    @Test
    void crlfCopyOfARealArticleGivesTheSameTextAndFindingsAsTheOriginal() throws IOException {
        Path original = BadInputGenerator.ARTICLES.resolve("001_49b24d08c9ff5df6.txt");
        Path crlf = tmp.resolve("001_49b24d08c9ff5df6.txt");
        Files.writeString(crlf, Files.readString(original).replace("\n", "\r\n"));
        Document a = reader.read(original, diagnostics::add);
        Document b = reader.read(crlf, diagnostics::add);
        assertEquals(a.text(), b.text());
        assertEquals(a.id(), b.id());
        assertEquals(SpanAudit.spans(PIPELINE.analyse(a)), SpanAudit.spans(PIPELINE.analyse(b)));
    }

    @Test
    void rightToLeftTextKeepsCodePointOffsets() {
        Document doc = accepted("rtl.txt");
        assertTrue(doc.text().contains("\u00AB\u0633\u0646\u062F\u0627\u0641\u0639"), "Arabic quotation kept");
        assertTrue(doc.text().contains("\u200F"), "directional marks are kept, not stripped");
        assertMentionAtCodePointOffset(doc, "Putin");
    }

    @Test
    void emojiAndOtherNonBmpCharactersBeforeAndInsideQuotationsKeepCodePointOffsets() {
        Document doc = accepted("emoji-non-bmp.txt");
        assertTrue(doc.codePointLength() < doc.text().length(), "non-BMP characters take two UTF-16 units");
        assertMentionAtCodePointOffset(doc, "Putin");
        assertMentionAtCodePointOffset(doc, "Zelensky");
    }

    @Test
    void namesWithCharactersThatBreakIrisAndTurtleAreReadAsIs() {
        Document doc = accepted("iri-breaking-names.txt");
        for (String s : List.of("\"The Lion\"", "<Orb\u00E1n>", "\\Petrova\\", "{Azov}", "#1", "100%", "Peskov%20Jr")) {
            assertTrue(doc.text().contains(s), s);
        }
    }

    @Test
    void unbalancedQuotationMarksAreAcceptedAndAnalysedWithinTheText() {
        Document doc = accepted("unbalanced-quotes.txt");
        assertTrue(doc.text().endsWith("\u201D\u201D\u201D\u201C\u201C\"\n"));
    }

    @Test
    void strayControlCharactersAreKeptAndReportedWithTheirSpan() {
        Document doc = accepted("stray-control.txt");
        assertEquals("\u0007", doc.cover(new CharSpan(20, 21)));
        Diagnostic d = diagnostics.stream().filter(x -> x.severity() == Diagnostic.Severity.WARNING).findFirst().orElseThrow();
        assertEquals(new CharSpan(20, 21), d.span().orElseThrow());
        assertTrue(d.message().startsWith("3 control character(s), first at code point 20 (U+0007)"), d.message());
    }

    @Test
    void quotationOfTenThousandWordsIsAnalysedWithinTheText() throws IOException {
        Path f = tmp.resolve("long-quotation.txt");
        Files.writeString(f, BadInputGenerator.longQuotation(10_000));
        Document doc = reader.read(f, diagnostics::add);
        String quoted = doc.text().substring(doc.text().indexOf('\u201C') + 1, doc.text().indexOf('\u201D'));
        assertEquals(10_000, quoted.split(" ").length);
        assertSpansWithinText(PIPELINE.analyse(doc));
    }

    @Test
    void twentyMegabyteArticleIsReadInLinearTime() throws IOException {
        Path f = BadInputGenerator.largeArticle(tmp, 20L * 1024 * 1024);
        long started = System.nanoTime();
        Document doc = reader.read(f, diagnostics::add);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(Files.size(f) >= 20L * 1024 * 1024);
        String expected = Files.readString(f);
        assertEquals(expected.codePointCount(0, expected.length()), doc.codePointLength());
        LoggerFactory.getLogger(ArticleReaderBadInputTest.class).info("read {} bytes in {} ms", Files.size(f), millis);
        // Linear reading takes a second or two even on a loaded machine; a quadratic step would take hours.
        assertTrue(millis < 30_000, "reading 20 MB took " + millis + " ms");
    }

    @Test
    void oneMegabyteArticleOnASingleLineIsAnalysedWithinTheText() throws IOException {
        Path f = BadInputGenerator.oneLongLine(tmp, 1024 * 1024);
        Document doc = reader.read(f, diagnostics::add);
        assertFalse(doc.text().contains("\n"));
        assertSpansWithinText(PIPELINE.analyse(doc));
    }

    // ---- helpers ----

    private KgException rejected(String name, ErrorCode code) {
        Path f = BAD.resolve(name);
        KgException e = assertThrows(KgException.class, () -> reader.read(f, diagnostics::add));
        assertEquals(code, e.code(), e.getMessage());
        assertTrue(e.getMessage().startsWith(f + ": "), "message names the file: " + e.getMessage());
        return e;
    }

    /** Reads a bad-input file that must be accepted and checks the pipeline's spans on it. */
    private Document accepted(String name) {
        Document doc = reader.read(BAD.resolve(name), diagnostics::add);
        assertEquals(name.substring(0, name.lastIndexOf('.')), doc.id());
        assertFalse(doc.text().startsWith("\uFEFF"), "no byte order mark in the stored text");
        assertFalse(doc.text().contains("\r"), "line endings are LF");
        assertSpansWithinText(PIPELINE.analyse(doc));
        return doc;
    }

    private static void assertSpansWithinText(ArticleAnalysis analysis) {
        assertEquals(List.of(), SpanAudit.problems(analysis));
    }

    /** The lexicon mention of {@code name} starts at the code-point offset counted here, not at its UTF-16 index. */
    private static void assertMentionAtCodePointOffset(Document doc, String name) {
        int utf16 = doc.text().indexOf(name);
        int codePoint = doc.text().codePointCount(0, utf16);
        CharSpan expected = new CharSpan(codePoint, codePoint + name.length());
        ArticleAnalysis analysis = PIPELINE.analyse(doc);
        assertTrue(analysis.mentions().stream().anyMatch(m -> m.span().equals(expected)),
                name + " at " + expected + " in " + analysis.mentions());
    }
}
