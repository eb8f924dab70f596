package org.conflictkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;
import org.conflictkg.text.ArticleReader;
import org.conflictkg.text.Document;

/**
 * The real text a scaled corpus is recombined from: headlines and paragraphs of the development
 * articles (about the war: they carry the positions and quotations) and, when given, of a
 * general news corpus such as BBC News. Read through the project's {@link ArticleReader}, so a
 * file it rejects (wrong encoding) is left out and counted, as ingest would.
 */
record SourceText(List<String> conflictHeadlines, List<String> conflictParagraphs,
                  List<String> generalHeadlines, List<String> generalParagraphs, int articles, int rejected) {

    SourceText {
        conflictHeadlines = List.copyOf(conflictHeadlines);
        conflictParagraphs = List.copyOf(conflictParagraphs);
        generalHeadlines = List.copyOf(generalHeadlines);
        generalParagraphs = List.copyOf(generalParagraphs);
    }

    /** Reads {@code conflictDir}'s articles and, if present, every *.txt under {@code generalDir}. */
    static SourceText read(Path conflictDir, List<Path> generalDirs) {
        Builder conflict = new Builder();
        Builder general = new Builder();
        for (Path f : articleFiles(conflictDir)) {
            conflict.add(f);
        }
        for (Path dir : generalDirs) {
            for (Path f : articleFiles(dir)) {
                general.add(f);
            }
        }
        if (conflict.paragraphs.isEmpty()) {
            throw new KgException(ErrorCode.CONFIG_INVALID, conflictDir + ": no readable article paragraphs to scale from;"
                    + " give a directory of *.txt articles");
        }
        return new SourceText(conflict.headlines, conflict.paragraphs, general.headlines, general.paragraphs,
                conflict.articles + general.articles, conflict.rejected + general.rejected);
    }

    /** Every *.txt file below {@code dir} (any depth), sorted, so the source order is reproducible. */
    static List<Path> articleFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".txt")).sorted()
                    .toList();
        } catch (IOException e) {
            throw new KgException(ErrorCode.CONFIG_INVALID, dir + ": cannot list (" + e.getMessage() + ")", e);
        }
    }

    /** Total characters of paragraph text: a fingerprint of what the corpus was scaled from. */
    long characters() {
        return Stream.of(conflictParagraphs, generalParagraphs, conflictHeadlines, generalHeadlines)
                .flatMap(List::stream).mapToLong(String::length).sum();
    }

    /** Splits articles into lines; short unpunctuated lines are headlines or subheadings. */
    private static final class Builder {
        final List<String> headlines = new ArrayList<>();
        final List<String> paragraphs = new ArrayList<>();
        int articles;
        int rejected;

        void add(Path file) {
            Document doc;
            try {
                doc = new ArticleReader().read(file, d -> { });
            } catch (KgException e) {
                rejected++;
                return;
            }
            articles++;
            for (String line : doc.text().split("\n")) {
                String s = line.strip();
                if (s.isEmpty()) {
                    continue;
                }
                if (isHeadline(s)) {
                    headlines.add(s);
                } else {
                    paragraphs.add(s);
                }
            }
        }

        static boolean isHeadline(String s) {
            char last = s.charAt(s.length() - 1);
            return s.length() < 100 && ".?!:\"'\u201d\u2019)".indexOf(last) < 0;
        }
    }
}
