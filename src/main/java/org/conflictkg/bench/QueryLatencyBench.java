package org.conflictkg.bench;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * SPARQL latency under load: {@code clients} threads, each with its own HTTP connection, send one
 * query back to back for a bounded time; every answer's latency (request sent to last byte read)
 * is kept, so the percentiles are exact. Each client sends at least one query however short the
 * run. A non-200 answer (a timeout is a 503) is an error and
 * its latency is not counted.
 */
final class QueryLatencyBench {

    /** One bounded run: sorted latencies in nanoseconds, errors, and the run's length. */
    record Cell(long[] latencies, int errors, double seconds) {
        double percentileMillis(double p) {
            return latencies.length == 0 ? Double.NaN : Stats.percentile(latencies, p) / 1e6;
        }

        double queriesPerSecond() {
            return latencies.length / seconds;
        }
    }

    private final URI endpoint;

    QueryLatencyBench(URI endpoint) {
        this.endpoint = endpoint;
    }

    Cell run(String query, int clients, Duration length) throws InterruptedException {
        AtomicInteger errors = new AtomicInteger();
        List<long[]> perClient = new ArrayList<>();
        int[] counts = new int[clients];
        CountDownLatch done = new CountDownLatch(clients);
        long t0 = System.nanoTime();
        long deadline = t0 + length.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long[] buf = new long[1 << 12];
            perClient.add(buf);
            int id = c;
            Thread t = new Thread(() -> {
                SparqlHttp http = new SparqlHttp(endpoint);
                long[] mine = perClient.get(id);
                int n = 0;
                try {
                    // Every client finishes at least one query, so even a run shorter than one answer measures.
                    for (boolean first = true; first || System.nanoTime() < deadline; first = false) {
                        long s = System.nanoTime();
                        int status = http.send(query);
                        long latency = System.nanoTime() - s;
                        if (status != 200) {
                            errors.incrementAndGet();
                            continue;
                        }
                        if (n == mine.length) {
                            mine = Arrays.copyOf(mine, n * 2);
                        }
                        mine[n++] = latency;
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                } finally {
                    synchronized (perClient) {
                        perClient.set(id, mine);
                        counts[id] = n;
                    }
                    done.countDown();
                }
            }, "bench-client-" + c);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        done.await();
        double seconds = (System.nanoTime() - t0) / 1e9;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        synchronized (perClient) {
            for (int c = 0; c < clients; c++) {
                System.arraycopy(perClient.get(c), 0, all, at, counts[c]);
                at += counts[c];
            }
        }
        Arrays.sort(all);
        return new Cell(all, errors.get(), seconds);
    }
}
