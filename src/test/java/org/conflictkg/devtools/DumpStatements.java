package org.conflictkg.devtools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.conflictkg.pipeline.ArticleAnalysis;
import org.conflictkg.pipeline.ArticlePipeline;
import org.conflictkg.text.ArticleReader;
import org.conflictkg.text.CharSpan;
import org.conflictkg.text.Document;

/**
 * Developer tool, test scope only: prints the quotations, policies, positions and quantities of
 * each article with their text, to read what the statement extractors found.
 * Usage: DumpStatements ARTICLES_DIR_OR_FILE
 */
public final class DumpStatements {

    public static void main(String[] args) throws Exception {
        ArticlePipeline pipeline = ArticlePipeline.standard();
        Path in = Path.of(args[0]);
        List<Path> files;
        if (Files.isDirectory(in)) {
            try (Stream<Path> s = Files.list(in)) {
                files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
        } else {
            files = List.of(in);
        }
        for (Path f : files) {
            Document doc = new ArticleReader().read(f);
            ArticleAnalysis a = pipeline.analyse(doc);
            System.out.println("===== " + f.getFileName());
            a.quotations().forEach(q -> System.out.println("Q " + q.speaker().map(Object::toString).orElse("?")
                    + " " + q.evidence().rule() + " " + cut(doc, q.evidence().span())
                    + q.cue().map(c -> "  <- " + doc.cover(c)).orElse("")));
            a.policies().forEach(p -> System.out.println("P " + p.key() + " " + p.status() + " " + p.date().orElse("")
                    + " " + p.evidence().rule() + " " + cut(doc, p.evidence().span())));
            a.positions().forEach(p -> System.out.println("S " + p.holder() + " " + p.stance().label() + " "
                    + p.target() + " [" + p.cue() + "] " + p.evidence().rule() + " " + cut(doc, p.evidence().span())));
            a.quantities().forEach(q -> System.out.println("N " + q.value() + " " + q.unit() + " "
                    + q.about().map(Object::toString).orElse("-") + " " + cut(doc, q.evidence().span())));
            a.diagnostics().forEach(d -> System.out.println("D " + d));
        }
    }

    private static String cut(Document doc, CharSpan span) {
        String s = doc.cover(span).replace('\n', ' ');
        return span + " \u00AB" + (s.length() > 110 ? s.substring(0, 110) + "\u2026" : s) + "\u00BB";
    }
}
