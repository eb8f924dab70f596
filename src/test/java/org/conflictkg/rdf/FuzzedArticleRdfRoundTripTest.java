package org.conflictkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDF;
import org.conflictkg.diag.KgException;
import org.conflictkg.pipeline.ArticleAnalysis;
import org.conflictkg.pipeline.ArticlePipeline;
import org.conflictkg.text.ArticleMetadata;
import org.conflictkg.text.ArticleMutator;
import org.conflictkg.text.ArticleReader;
import org.conflictkg.text.BadInputGenerator;
import org.conflictkg.text.Document;
import org.conflictkg.text.FuzzFailures;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The fuzzed articles of {@code org.conflictkg.text.PipelineFuzzTest} (same seed, same mutants)
 * through the RDF writer: each graph serialises as N-Quads that Jena and RDF4J parse back strictly,
 * the stored text is the document's text, and every NIF span's anchor is the code-point substring
 * of that stored text. Failing inputs go to {@code target/fuzz-failures/}; {@code -Dfuzz.only=N}
 * replays one.
 */
class FuzzedArticleRdfRoundTripTest {

    private static final long SEED = 20_261_201L;
    /** Serialising and strictly re-parsing ~200 KB of N-Quads per article costs ~0.1 s: a tenth of the text mutants. */
    private static final int MUTANTS = Integer.getInteger("fuzz.count", 1500) / 10;
    private static final Integer ONLY = Integer.getInteger("fuzz.only");
    /** Wall-clock budget: mutants run in index order until it is spent (see PipelineFuzzTest). */
    private static final long BUDGET_NANOS = Long.getLong("fuzz.seconds", 30) * 1_000_000_000L * 2 / 3;
    private static final ExtractionRun RUN = new ExtractionRun("fuzz-run", Instant.parse("2026-12-01T00:00:00Z"), "test");

    private final ArticlePipeline pipeline = ArticlePipeline.standard();
    private final ArticleReader reader = new ArticleReader();
    private final ArticleGraphWriter writer = new ArticleGraphWriter();
    private final ArticleMutator mutator = new ArticleMutator(BadInputGenerator.seedTexts());

    @Test
    void fuzzedAnalysesWriteNQuadsThatParseBackWithEverySpanAnchoredInTheStoredText() {
        FuzzFailures failures = new FuzzFailures();
        AtomicInteger written = new AtomicInteger();
        AtomicInteger ran = new AtomicInteger();
        long started = System.nanoTime();
        // In parallel: the pipeline and the writer are documented thread-safe, so this checks that too.
        IntStream.range(0, MUTANTS).parallel().filter(i -> ONLY == null || ONLY == i).forEach(i -> {
            if (System.nanoTime() - started > BUDGET_NANOS) {
                return;
            }
            ran.incrementAndGet();
            String name = "fuzz-text-" + i + ".txt";
            byte[] input = mutator.text(SEED, i).getBytes(StandardCharsets.UTF_8);
            Document doc;
            try {
                doc = reader.read(name, input, ArticleMetadata.NONE, d -> { });
            } catch (KgException rejected) {
                return; // the reader's verdict is PipelineFuzzTest's business
            }
            try {
                roundTrip(pipeline.analyse(doc)).ifPresent(p -> failures.add(name, input, p));
                written.incrementAndGet();
            } catch (RuntimeException | IOException e) {
                failures.add(name, input, e);
            }
        });
        LoggerFactory.getLogger(FuzzedArticleRdfRoundTripTest.class).info("{} of {} mutants written as RDF in {} ms",
                written, MUTANTS, (System.nanoTime() - started) / 1_000_000);
        assertEquals(List.of(), failures.summary(), failures.count() + " of " + ran + " mutants failed (seed " + SEED + ")");
        assertTrue(ONLY != null || written.get() > ran.get() * 9 / 10, "graphs written: " + written);
    }

    /** The first problem of one analysis' graph, if any. */
    private Optional<String> roundTrip(ArticleAnalysis analysis) throws IOException {
        Document doc = analysis.document();
        Model graph = writer.write(analysis, RUN);
        Dataset ds = DatasetFactory.create();
        ds.addNamedModel(Iris.graphIri(doc.id()), graph);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, ds, Lang.NQUADS);
        byte[] nquads = out.toByteArray();

        DatasetGraph back = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(nquads)).lang(Lang.NQUADS).strict(true).parse(back);
        // The writer mints no blank nodes, so quad-set equality is isomorphism (and far cheaper).
        Set<Quad> written = quads(ds.asDatasetGraph());
        boolean blank = written.stream().anyMatch(q -> q.getSubject().isBlank() || q.getObject().isBlank());
        boolean same = blank ? IsoMatcher.isomorphic(ds.asDatasetGraph(), back)
                : written.equals(quads(back));
        if (!same) {
            return Optional.of("N-Quads re-read by Jena is not isomorphic to the written graph");
        }
        long rdf4j = Rio.parse(new ByteArrayInputStream(nquads), "", RDFFormat.NQUADS).size();
        if (rdf4j != graph.size()) {
            return Optional.of("RDF4J reads a different number of quads than Jena wrote");
        }
        Model reread = DatasetFactory.wrap(back).getNamedModel(Iris.graphIri(doc.id()));
        String stored = reread.getResource(Iris.articleIri(doc.id())).getProperty(Nif.isString).getString();
        if (!stored.equals(doc.text())) {
            return Optional.of("nif:isString differs from the document text");
        }
        for (Resource span : reread.listSubjectsWithProperty(RDF.type, Nif.OffsetBasedString).toList()) {
            int begin = span.getProperty(Nif.beginIndex).getInt();
            int end = span.getProperty(Nif.endIndex).getInt();
            Statement anchor = span.getProperty(Nif.anchorOf);
            if (begin < 0 || end < begin || end > stored.codePointCount(0, stored.length())) {
                return Optional.of("a NIF span lies outside the stored text");
            }
            String sub = stored.substring(stored.offsetByCodePoints(0, begin), stored.offsetByCodePoints(0, end));
            if (anchor == null || !anchor.getString().equals(sub)) {
                return Optional.of("a NIF span's anchorOf is not the code-point substring of nif:isString");
            }
        }
        return Optional.empty();
    }

    private static Set<Quad> quads(DatasetGraph dsg) {
        Set<Quad> out = new HashSet<>();
        dsg.find().forEachRemaining(out::add);
        return out;
    }
}
