package org.conflictkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;
import org.conflictkg.pipeline.ArticleAnalysis;
import org.conflictkg.pipeline.ArticlePipeline;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mutated versions of the five development articles (cut, spliced, random characters including
 * non-BMP ones and quotation marks, quotes unbalanced, bytes broken) through the reader and the
 * whole extraction pipeline: no exception escapes, and every span of every finding lies within the
 * text and is covered consistently. The seed is fixed so a failure replays: failing inputs are
 * written to {@code target/fuzz-failures/}, and {@code -Dfuzz.only=N} runs mutant N alone.
 */
class PipelineFuzzTest {

    static final long SEED = 20_261_201L;
    private static final int TEXT_MUTANTS = Integer.getInteger("fuzz.count", 3000);
    private static final int BYTE_MUTANTS = Integer.getInteger("fuzz.count", 3000) / 3;
    private static final Integer ONLY = Integer.getInteger("fuzz.only");
    private static final Path FAILURES = Path.of("target/fuzz-failures");
    private static final Set<ErrorCode> READER_CODES = EnumSet.of(ErrorCode.ARTICLE_REJECTED, ErrorCode.ARTICLE_UNREADABLE);

    private static final Logger LOG = LoggerFactory.getLogger(PipelineFuzzTest.class);
    private static final ArticlePipeline PIPELINE = ArticlePipeline.standard();
    private final ArticleReader reader = new ArticleReader();
    private final ArticleMutator mutator = new ArticleMutator(BadInputGenerator.seedTexts());

    @Test
    void mutatedArticlesNeverThrowAndKeepEverySpanInsideTheText() {
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger analysed = new AtomicInteger();
        long started = System.nanoTime();
        // In parallel: the reader and the pipeline are documented thread-safe, so this checks that too.
        IntStream.range(0, TEXT_MUTANTS).parallel().filter(i -> ONLY == null || ONLY == i).forEach(i -> {
            byte[] input = mutator.text(SEED, i).getBytes(StandardCharsets.UTF_8);
            if (check("text", i, input, failures)) {
                analysed.incrementAndGet();
            }
        });
        Collections.sort(failures);
        // Logged, not asserted: wall time on a shared build machine says more about the machine.
        LOG.info("{} text mutants (seed {}), {} analysed, in {} ms", TEXT_MUTANTS, SEED, analysed,
                (System.nanoTime() - started) / 1_000_000);
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())),
                failures.size() + " of " + TEXT_MUTANTS + " text mutants failed (seed " + SEED + ")");
        assertTrue(ONLY != null || analysed.get() > TEXT_MUTANTS * 9 / 10, "most mutants are articles: " + analysed);
    }

    @Test
    void mutatedBytesAreReadOrRejectedWithAReaderErrorCodeAndNeverBreakThePipeline() {
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger rejected = new AtomicInteger();
        IntStream.range(0, BYTE_MUTANTS).parallel().filter(i -> ONLY == null || ONLY == i).forEach(i -> {
            if (!check("bytes", i, mutator.bytes(SEED, i), failures)) {
                rejected.incrementAndGet();
            }
        });
        Collections.sort(failures);
        LOG.info("{} byte mutants (seed {}), {} rejected by the reader", BYTE_MUTANTS, SEED, rejected);
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())),
                failures.size() + " of " + BYTE_MUTANTS + " byte mutants failed (seed " + SEED + ")");
        assertTrue(ONLY != null || rejected.get() > 0, "some byte mutants are not valid UTF-8 and must be rejected");
    }

    /** Reads and analyses one mutant; false when the reader rejected it (a pass), failures collected. */
    private boolean check(String kind, int index, byte[] input, List<String> failures) {
        String name = "fuzz-" + kind + "-" + index + ".txt";
        Document doc;
        try {
            doc = reader.read(name, input, ArticleMetadata.NONE, d -> { });
        } catch (KgException e) {
            if (!READER_CODES.contains(e.code()) || !e.getMessage().startsWith(name + ": ")) {
                failures.add(fail(name, input, "reader: " + e));
            }
            return false;
        } catch (RuntimeException | StackOverflowError e) {
            failures.add(fail(name, input, "reader: " + trace(e)));
            return false;
        }
        try {
            ArticleAnalysis analysis = PIPELINE.analyse(doc);
            List<String> problems = SpanAudit.problems(analysis);
            if (!problems.isEmpty()) {
                failures.add(fail(name, input, problems.size() + " bad spans, first: " + problems.get(0)));
            } else if (index % 25 == 0 && !analysis.equals(PIPELINE.analyse(doc))) {
                failures.add(fail(name, input, "a second analysis of the same document differs"));
            }
        } catch (RuntimeException | StackOverflowError e) {
            failures.add(fail(name, input, "pipeline: " + trace(e)));
        }
        return true;
    }

    private static String fail(String name, byte[] input, String what) {
        try {
            Files.createDirectories(FAILURES);
            Files.write(FAILURES.resolve(name), input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return name + " (replay: -Dfuzz.only=" + name.replaceAll("\\D", "") + ", input in " + FAILURES.resolve(name)
                + "): " + what;
    }

    private static String trace(Throwable e) {
        StringWriter s = new StringWriter();
        e.printStackTrace(new PrintWriter(s));
        String[] lines = s.toString().split("\n");
        return String.join(" | ", List.of(lines).subList(0, Math.min(6, lines.length)));
    }
}
