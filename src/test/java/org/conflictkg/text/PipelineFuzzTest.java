package org.conflictkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
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
 * written to {@code target/fuzz-failures/}, and {@code -Dfuzz.only=N} runs mutant N alone;
 * {@code -Dfuzz.count} and {@code -Dfuzz.seconds} set the number of mutants and the time budget.
 */
class PipelineFuzzTest {

    static final long SEED = 20_261_201L;
    private static final int TEXT_MUTANTS = Integer.getInteger("fuzz.count", 1500);
    private static final int BYTE_MUTANTS = Integer.getInteger("fuzz.count", 1500) / 3;
    private static final Integer ONLY = Integer.getInteger("fuzz.only");
    /**
     * Wall-clock budget per test. Mutants run in index order until it is spent, so a loaded or slow
     * machine runs fewer of the same mutants (logged), and every failure still replays by index.
     */
    private static final long BUDGET_NANOS = Long.getLong("fuzz.seconds", 30) * 1_000_000_000L;
    private static final Set<ErrorCode> READER_CODES = EnumSet.of(ErrorCode.ARTICLE_REJECTED, ErrorCode.ARTICLE_UNREADABLE);

    private static final Logger LOG = LoggerFactory.getLogger(PipelineFuzzTest.class);
    private static final ArticlePipeline PIPELINE = ArticlePipeline.standard();
    private final ArticleReader reader = new ArticleReader();
    private final ArticleMutator mutator = new ArticleMutator(BadInputGenerator.seedTexts());

    @Test
    void mutatedArticlesNeverThrowAndKeepEverySpanInsideTheText() {
        FuzzFailures failures = new FuzzFailures();
        AtomicInteger analysed = new AtomicInteger();
        AtomicInteger ran = new AtomicInteger();
        long started = System.nanoTime();
        // In parallel: the reader and the pipeline are documented thread-safe, so this checks that too.
        IntStream.range(0, TEXT_MUTANTS).parallel().filter(i -> ONLY == null || ONLY == i).forEach(i -> {
            if (System.nanoTime() - started > BUDGET_NANOS) {
                return;
            }
            ran.incrementAndGet();
            byte[] input = mutator.text(SEED, i).getBytes(StandardCharsets.UTF_8);
            if (check("text", i, input, failures)) {
                analysed.incrementAndGet();
            }
        });
        // Logged, not asserted: wall time on a shared build machine says more about the machine.
        LOG.info("{} of {} text mutants run (seed {}), {} analysed, in {} ms", ran, TEXT_MUTANTS, SEED, analysed,
                (System.nanoTime() - started) / 1_000_000);
        assertEquals(List.of(), failures.summary(), failures.count() + " of " + ran + " text mutants failed (seed " + SEED + ")");
        assertTrue(ONLY != null || analysed.get() > ran.get() * 9 / 10, "most mutants are articles: " + analysed);
    }

    @Test
    void mutatedBytesAreReadOrRejectedWithAReaderErrorCodeAndNeverBreakThePipeline() {
        FuzzFailures failures = new FuzzFailures();
        AtomicInteger rejected = new AtomicInteger();
        AtomicInteger ran = new AtomicInteger();
        long started = System.nanoTime();
        IntStream.range(0, BYTE_MUTANTS).parallel().filter(i -> ONLY == null || ONLY == i).forEach(i -> {
            if (System.nanoTime() - started > BUDGET_NANOS / 3) {
                return;
            }
            ran.incrementAndGet();
            if (!check("bytes", i, mutator.bytes(SEED, i), failures)) {
                rejected.incrementAndGet();
            }
        });
        LOG.info("{} of {} byte mutants run (seed {}), {} rejected by the reader", ran, BYTE_MUTANTS, SEED, rejected);
        assertEquals(List.of(), failures.summary(), failures.count() + " of " + ran + " byte mutants failed (seed " + SEED + ")");
        assertTrue(ONLY != null || rejected.get() > 0, "some byte mutants are not valid UTF-8 and must be rejected");
    }

    /** Reads and analyses one mutant; false when the reader rejected it (a pass), failures collected. */
    private boolean check(String kind, int index, byte[] input, FuzzFailures failures) {
        String name = "fuzz-" + kind + "-" + index + ".txt";
        Document doc;
        try {
            doc = reader.read(name, input, ArticleMetadata.NONE, d -> { });
        } catch (KgException e) {
            if (!READER_CODES.contains(e.code()) || !e.getMessage().startsWith(name + ": ")) {
                failures.add(name, input, "reader: " + FuzzFailures.cause(e));
            }
            return false;
        } catch (RuntimeException | StackOverflowError e) {
            failures.add(name, input, "reader: " + FuzzFailures.cause(e));
            return false;
        }
        try {
            ArticleAnalysis analysis = PIPELINE.analyse(doc);
            List<String> problems = SpanAudit.problems(analysis);
            if (!problems.isEmpty()) {
                // The cause without offsets and indices, so one bug is one line of the summary.
                failures.add(name, input, "bad span: " + problems.get(0).replaceAll("\\[[^\\]]*\\)|\\[\\d*\\]|\"[^\"]*\"|\\d+", "_"));
            } else if (index % 25 == 0 && !analysis.equals(PIPELINE.analyse(doc))) {
                failures.add(name, input, "a second analysis of the same document differs");
            }
        } catch (RuntimeException | StackOverflowError e) {
            failures.add(name, input, "pipeline: " + FuzzFailures.cause(e));
        }
        return true;
    }
}
