package org.conflictkg.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.conflictkg.pipeline.ArticleAnalysis;
import org.conflictkg.pipeline.ArticlePipeline;
import org.conflictkg.rdf.ArticleGraphWriter;
import org.conflictkg.rdf.ExtractionRun;
import org.conflictkg.text.ArticleReader;

/**
 * The child JVM of the heap benchmark (run with a fixed -Xmx by {@link HeapBench}): streams the
 * articles listed in a file through reader, pipeline and graph writer on all cores with a bounded
 * queue, keeping nothing, and watches every garbage collection. It prints one JSON line: the
 * largest heap in use after a collection (what the stream retains), the largest in use before
 * one (the peak), and the heap left after a full collection at the end.
 */
public final class HeapProbe {

    public static final String RESULT_PREFIX = "HEAP-PROBE ";

    private HeapProbe() {
    }

    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[1]);
        AtomicLong afterGc = new AtomicLong();
        AtomicLong beforeGc = new AtomicLong();
        AtomicInteger collections = new AtomicInteger();
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, h) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                    return;
                }
                var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
                collections.incrementAndGet();
                afterGc.accumulateAndGet(sum(info.getMemoryUsageAfterGc()), Math::max);
                beforeGc.accumulateAndGet(sum(info.getMemoryUsageBeforeGc()), Math::max);
            }, null, null);
        }
        ArticlePipeline pipeline = ArticlePipeline.standard();
        ArticleGraphWriter writer = new ArticleGraphWriter();
        ArticleReader reader = new ArticleReader();
        ExtractionRun run = ExtractionRun.start();
        AtomicLong triples = new AtomicLong();
        AtomicInteger failures = new AtomicInteger();
        // A bounded queue with caller-runs: the stream never holds more than a few articles.
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(threads * 2), new ThreadPoolExecutor.CallerRunsPolicy());
        long t0 = System.nanoTime();
        int articles = 0;
        // The list is read line by line: 100k paths held in memory would be 20 MB of the probe's own.
        try (var lines = Files.newBufferedReader(Path.of(args[0]))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                Path f = Path.of(line);
                articles++;
                pool.execute(() -> {
                    try {
                        ArticleAnalysis a = pipeline.analyse(reader.read(f, d -> { }));
                        triples.addAndGet(writer.write(a, run).size());
                    } catch (RuntimeException | StackOverflowError e) {
                        failures.incrementAndGet();
                    }
                });
            }
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.DAYS);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.gc();
        long retained = heapUsed();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("articles", articles);
        out.put("failures", failures.get());
        out.put("triples", triples.get());
        out.put("seconds", seconds);
        out.put("collections", collections.get());
        out.put("peakAfterGcBytes", afterGc.get());
        out.put("peakBeforeGcBytes", beforeGc.get());
        out.put("retainedAfterFullGcBytes", retained);
        out.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
        System.out.println(RESULT_PREFIX + new ObjectMapper().writeValueAsString(out));
    }

    private static long sum(Map<String, MemoryUsage> pools) {
        long heap = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage u = pools.get(p.getName());
            if (p.getType() == MemoryType.HEAP && u != null) {
                heap += u.getUsed();
            }
        }
        return heap;
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static void writeList(Path listFile, List<Path> files) throws IOException {
        Files.write(listFile, files.stream().map(p -> p.toAbsolutePath().toString()).toList());
    }
}
