package org.conflictkg.text;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Test support: writes the bad-input files too big to commit (a 10,000-word quotation, a 20 MB
 * article, a 1 MB article on one line) into a test's temporary directory, from the real
 * development articles, deterministically.
 */
public final class BadInputGenerator {

    public static final Path ARTICLES = Path.of("data/articles");

    private BadInputGenerator() {
    }

    /** The five development articles' texts, in file-name order. */
    public static List<String> seedTexts() {
        try (Stream<Path> files = Files.list(ARTICLES)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().map(BadInputGenerator::readUtf8).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Zelensky said: “w1 w2 … wN.” Putin replied." with N words drawn from the seed articles. */
    static String longQuotation(int words) {
        String[] pool = String.join(" ", seedTexts()).replaceAll("[\"\u201C\u201D]", "").split("\\s+");
        StringBuilder s = new StringBuilder("Long quotation\nZelensky said: \u201C");
        for (int i = 0; i < words; i++) {
            s.append(i == 0 ? "" : " ").append(pool[(i * 7) % pool.length]);
        }
        return s.append(".\u201D Putin replied that Russia would respond.\n").toString();
    }

    /** Writes the seed articles, repeated, until the file has at least {@code bytes} bytes. */
    static Path largeArticle(Path dir, long bytes) throws IOException {
        Path file = dir.resolve("large.txt");
        List<String> texts = seedTexts();
        long written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; written < bytes; i++) {
                String t = texts.get(i % texts.size()) + "\n";
                out.write(t);
                written += t.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return file;
    }

    /** The seed articles with line breaks turned into spaces, repeated to {@code bytes} bytes on one line. */
    static Path oneLongLine(Path dir, int bytes) throws IOException {
        String oneLine = String.join(" ", seedTexts()).replace('\n', ' ') + " ";
        int lineBytes = oneLine.getBytes(StandardCharsets.UTF_8).length;
        StringBuilder s = new StringBuilder(bytes + oneLine.length());
        for (int written = 0; written < bytes; written += lineBytes) {
            s.append(oneLine);
        }
        Path file = dir.resolve("one-line.txt");
        Files.writeString(file, s.toString().stripTrailing(), StandardCharsets.UTF_8);
        return file;
    }

    static String readUtf8(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
