package org.conflictkg.devtools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.conflictkg.pipeline.ArticleAnalysis;
import org.conflictkg.pipeline.ArticlePipeline;
import org.conflictkg.text.ArticleReader;
import org.conflictkg.text.Document;

/**
 * Developer tool, test scope only: runs the pipeline over every .txt under a directory (such as
 * the BBC bench corpus, read in place), reports any exception with its file, counts findings and
 * measures throughput on one thread. Usage: CorpusSweep DIR [ROUNDS]
 */
public final class CorpusSweep {

    public static void main(String[] args) throws Exception {
        ArticlePipeline pipeline = ArticlePipeline.standard();
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of(args[0]))) {
            files = s.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().equals("README.TXT"))
                    .sorted().toList();
        }
        ArticleReader reader = new ArticleReader();
        List<Document> docs = files.stream().map(f -> {
            try {
                return reader.read(f);
            } catch (RuntimeException e) {
                System.out.println("UNREADABLE " + f + ": " + e);
                return null;
            }
        }).filter(d -> d != null).toList();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        for (int r = 0; r < rounds; r++) {
            long quotes = 0, unattributed = 0, policies = 0, positions = 0, quantities = 0, diags = 0, failures = 0;
            long t0 = System.nanoTime();
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpu0 = mx.getCurrentThreadCpuTime();
            for (Document d : docs) {
                try {
                    ArticleAnalysis a = pipeline.analyse(d);
                    quotes += a.quotations().size();
                    unattributed += a.quotations().stream().filter(q -> q.speaker().isEmpty()).count();
                    policies += a.policies().size();
                    positions += a.positions().size();
                    quantities += a.quantities().size();
                    diags += a.diagnostics().size();
                } catch (RuntimeException e) {
                    failures++;
                    System.out.println("FAILED " + d.fileName() + ": " + e);
                    e.printStackTrace(System.out);
                }
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
            System.out.printf("round %d: %d articles in %.2fs wall, %.2fs cpu (%.0f/s of cpu, one thread); failures %d; quotes %d"
                    + " (%d unattributed), policies %d, positions %d, quantities %d, diagnostics %d%n",
                    r, docs.size(), secs, cpu, docs.size() / cpu, failures, quotes, unattributed, policies,
                    positions, quantities, diags);
        }
    }
}
