package org.conflictkg.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A poor man's sampling profiler: every few milliseconds it takes the stacks of the threads a
 * benchmark runs on and counts, per method, how often it is on top (self time), how often it is
 * the project method nearest the top (self time of project code, the JDK and library calls it
 * makes included), and how often it is anywhere on the stack (inclusive, project code only).
 * Safepoint-biased like any {@link Thread#getAllStackTraces()} sampler, but enough to name the
 * hot spots, and it needs no agent, so every bench run reports them.
 */
public final class StackSampler implements AutoCloseable {

    private static final String PROJECT = "org.conflictkg.";

    /** One hot spot: its share of the samples, the kind of count, and the frame. */
    public record Hotspot(String kind, String frame, double share) {
    }

    private final Predicate<Thread> threads;
    private final long intervalMillis;
    private final Map<String, Integer> self = new HashMap<>();
    private final Map<String, Integer> nearest = new HashMap<>();
    private final Map<String, Integer> inclusive = new HashMap<>();
    private final Thread sampler;
    private volatile boolean running = true;
    private int samples;

    private StackSampler(Predicate<Thread> threads, long intervalMillis) {
        this.threads = threads;
        this.intervalMillis = intervalMillis;
        this.sampler = new Thread(this::loop, "bench-sampler");
        sampler.setDaemon(true);
    }

    /** Starts sampling the threads whose name starts with one of {@code prefixes}. */
    public static StackSampler start(long intervalMillis, String... prefixes) {
        StackSampler s = new StackSampler(t -> {
            for (String p : prefixes) {
                if (t.getName().startsWith(p)) {
                    return true;
                }
            }
            return false;
        }, intervalMillis);
        s.sampler.start();
        return s;
    }

    private void loop() {
        while (running) {
            for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
                StackTraceElement[] stack = e.getValue();
                if (stack.length == 0 || e.getKey().getState() != Thread.State.RUNNABLE || !threads.test(e.getKey())) {
                    continue;
                }
                record(stack);
            }
            try {
                Thread.sleep(intervalMillis);
            } catch (InterruptedException ex) {
                return;
            }
        }
    }

    private synchronized void record(StackTraceElement[] stack) {
        samples++;
        self.merge(frame(stack[0]), 1, Integer::sum);
        Set<String> seen = new HashSet<>();
        boolean first = true;
        for (StackTraceElement f : stack) {
            if (!f.getClassName().startsWith(PROJECT) || f.getClassName().startsWith(PROJECT + "bench.")) {
                continue;
            }
            String name = frame(f);
            if (first) {
                nearest.merge(name, 1, Integer::sum);
                first = false;
            }
            if (seen.add(name)) {
                inclusive.merge(name, 1, Integer::sum);
            }
        }
    }

    private static String frame(StackTraceElement f) {
        String cls = f.getClassName();
        return cls.substring(cls.lastIndexOf('.', cls.lastIndexOf('.') - 1) + 1) + "." + f.getMethodName();
    }

    public synchronized int samples() {
        return samples;
    }

    /** The top {@code n} of each kind of count, as shares of all samples. */
    public synchronized List<Hotspot> hotspots(int n) {
        List<Hotspot> out = new ArrayList<>();
        top(out, "self", self, n);
        top(out, "project self", nearest, n);
        top(out, "project inclusive", inclusive, n);
        return out;
    }

    private void top(List<Hotspot> out, String kind, Map<String, Integer> counts, int n) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(n).forEach(e -> out.add(new Hotspot(kind, e.getKey(), samples == 0 ? 0 : e.getValue() / (double) samples)));
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        try {
            sampler.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
