package org.conflictkg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The machine and JVM a benchmark ran on: without them a figure means nothing. The load average
 * is recorded too, because on a shared machine other processes take cores from the benchmark.
 */
public record Machine(int cores, long memoryBytes, String os, String cpu, String jvm, List<String> jvmArgs,
                      long maxHeapBytes, String gc, double loadAverageAtStart,
                      double cpuPressureAtStart) {

    public Machine {
        jvmArgs = List.copyOf(jvmArgs);
    }

    public static Machine here() {
        Runtime rt = Runtime.getRuntime();
        long memory = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize() : -1;
        String gc = String.join(", ", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(b -> b.getName()).toList());
        return new Machine(rt.availableProcessors(), memory,
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                cpuModel().orElse("unknown"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                        + " (" + System.getProperty("java.vm.vendor") + ")",
                ManagementFactory.getRuntimeMXBean().getInputArguments(), rt.maxMemory(), gc, loadAverageNow(),
                cpuPressureNow());
    }

    /**
     * Linux pressure-stall information for the CPU: the share of the last 60 s in which some
     * runnable task waited for a core (100 means the machine is saturated by other work), or -1.
     */
    public static double cpuPressureNow() {
        try {
            Path psi = Path.of("/proc/pressure/cpu");
            if (!Files.isReadable(psi)) {
                return -1;
            }
            String some = Files.readAllLines(psi).stream().filter(l -> l.startsWith("some")).findFirst().orElse("");
            var m = java.util.regex.Pattern.compile("avg60=([0-9.]+)").matcher(some);
            return m.find() ? Double.parseDouble(m.group(1)) : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The 1-minute load average (-1 where the OS does not say). */
    public static double loadAverageNow() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static Optional<String> cpuModel() {
        try {
            Path info = Path.of("/proc/cpuinfo");
            if (!Files.isReadable(info)) {
                return Optional.empty();
            }
            return Files.readAllLines(info).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
