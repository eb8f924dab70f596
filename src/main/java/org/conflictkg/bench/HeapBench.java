package org.conflictkg.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;

/**
 * Peak heap while extracting a stream of articles, measured in a child JVM with a fixed -Xmx so
 * the number means the same on every machine and is not disturbed by the benchmark's own heap
 * (stores, corpora in memory). The child is {@link HeapProbe}, on this process's class path.
 */
final class HeapBench {

    private final String maxHeap;
    private final int threads;

    HeapBench(String maxHeap, int threads) {
        this.maxHeap = maxHeap;
        this.threads = threads;
    }

    /** Streams {@code files} through extraction in a child JVM; the child's JSON result. */
    JsonNode run(List<Path> files, Path listFile) throws IOException, InterruptedException {
        HeapProbe.writeList(listFile, files);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap, "-Xms64m", "-XX:+UseG1GC", "-cp", System.getProperty("java.class.path"),
                HeapProbe.class.getName(), listFile.toString(), Integer.toString(threads)));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        JsonNode result = null;
        StringBuilder tail = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith(HeapProbe.RESULT_PREFIX)) {
                    result = new ObjectMapper().readTree(line.substring(HeapProbe.RESULT_PREFIX.length()));
                } else if (tail.length() < 4000) {
                    tail.append(line).append('\n');
                }
            }
        }
        int code = p.waitFor();
        if (code != 0 || result == null) {
            throw new KgException(ErrorCode.CONFIG_INVALID, "the heap probe (-Xmx" + maxHeap + ", " + files.size()
                    + " articles) exited with " + code + (tail.toString().contains("OutOfMemoryError")
                    ? " out of memory" : "") + ": " + tail);
        }
        return result;
    }
}
