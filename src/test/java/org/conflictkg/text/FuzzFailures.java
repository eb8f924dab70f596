package org.conflictkg.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Test support for the fuzz tests: collects failing mutants grouped by cause (exception type and
 * message without numbers, plus the first frames of our code; or the kind of bad span), writes
 * each failing input to {@code target/fuzz-failures/} and summarises with replay hints, so one bug
 * reads as one line however many mutants hit it. Thread-safe.
 */
public final class FuzzFailures {

    public static final Path DIR = Path.of("target/fuzz-failures");

    private final Map<String, List<String>> byCause = new TreeMap<>();

    /** Records that mutant {@code name} (input {@code input}) failed for {@code cause}. */
    public synchronized void add(String name, byte[] input, String cause) {
        try {
            Files.createDirectories(DIR);
            Files.write(DIR.resolve(name), input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byCause.computeIfAbsent(cause, c -> new ArrayList<>()).add(name);
    }

    public void add(String name, byte[] input, Throwable e) {
        add(name, input, cause(e));
    }

    /** The cause of an exception: its type, its message without numbers, and where in our code it was thrown. */
    public static String cause(Throwable e) {
        String frames = Arrays.stream(e.getStackTrace()).filter(f -> f.getClassName().startsWith("org.conflictkg"))
                .limit(3).map(f -> f.getClassName().replaceAll(".*\\.", "") + "." + f.getMethodName() + ":" + f.getLineNumber())
                .collect(Collectors.joining(" < "));
        String message = e.getMessage() == null ? "" : ": " + e.getMessage().replaceAll("\\d+", "N");
        return e.getClass().getSimpleName() + message + " at " + frames;
    }

    public synchronized int count() {
        return byCause.values().stream().mapToInt(List::size).sum();
    }

    /** One line per cause: how many mutants, three examples, how to replay. Empty when none failed. */
    public synchronized List<String> summary() {
        List<String> out = new ArrayList<>();
        byCause.forEach((cause, names) -> {
            List<String> sorted = names.stream().sorted().toList();
            out.add(names.size() + "x " + cause + " (e.g. " + String.join(", ", sorted.subList(0, Math.min(3, sorted.size())))
                    + "; replay -Dfuzz.only=" + sorted.get(0).replaceAll("\\D", "") + ", inputs in " + DIR + ")");
        });
        return out;
    }
}
