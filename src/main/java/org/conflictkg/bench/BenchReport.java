package org.conflictkg.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;

/**
 * The results of one benchmark run: machine, settings, corpora, figures, profiles and notes,
 * written as JSON (for tools and the CI smoke test) and as a Markdown table (for BENCHMARKS.md).
 */
public final class BenchReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Machine machine;
    private final Instant started = Instant.now();
    private final Map<String, Object> settings = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> corpora = new LinkedHashMap<>();
    private final Map<String, Figure> figures = new LinkedHashMap<>();
    private final Map<String, List<StackSampler.Hotspot>> profiles = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    public BenchReport(Machine machine) {
        this.machine = machine;
    }

    public void setting(String name, Object value) {
        settings.put(name, value);
    }

    public void corpus(String name, Map<String, Object> facts) {
        corpora.put(name, new LinkedHashMap<>(facts));
    }

    public void figure(String id, String unit, Stats stats, Optional<Figure.Target> target, String note) {
        figures.put(id, new Figure(id, unit, stats, target, note));
    }

    public void figure(String id, String unit, Stats stats) {
        figure(id, unit, stats, Optional.empty(), "");
    }

    public void profile(String name, List<StackSampler.Hotspot> hotspots) {
        profiles.put(name, List.copyOf(hotspots));
    }

    public void note(String text) {
        notes.add(text);
    }

    public Map<String, Figure> figures() {
        return Map.copyOf(figures);
    }

    public void write(Path json, Path markdown) {
        try {
            Path parent = json.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            JSON.writeValue(json.toFile(), toJson());
            Files.writeString(markdown, toMarkdown());
        } catch (IOException e) {
            throw new KgException(ErrorCode.CONFIG_INVALID, json + ": cannot write the results (" + e.getMessage()
                    + "); check the directory is writable", e);
        }
    }

    ObjectNode toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("started", started.toString());
        root.put("finished", Instant.now().toString());
        root.set("machine", JSON.valueToTree(machine));
        root.put("loadAverageAtEnd", Machine.loadAverageNow());
        root.put("cpuPressureAtEnd", Machine.cpuPressureNow());
        root.set("settings", JSON.valueToTree(settings));
        root.set("corpora", JSON.valueToTree(corpora));
        ObjectNode figs = root.putObject("figures");
        for (Figure f : figures.values()) {
            ObjectNode n = figs.putObject(f.id());
            n.put("unit", f.unit());
            n.put("min", f.stats().min());
            n.put("median", f.stats().median());
            n.put("max", f.stats().max());
            ArrayNode s = n.putArray("samples");
            f.stats().samples().forEach(s::add);
            f.target().ifPresent(t -> {
                n.put("target", t.toString());
                n.put("met", t.metBy(f.stats().median()));
            });
            if (!f.note().isEmpty()) {
                n.put("note", f.note());
            }
        }
        root.set("profiles", JSON.valueToTree(profiles));
        root.set("notes", JSON.valueToTree(notes));
        return root;
    }

    String toMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("Run ").append(started).append(" on ").append(machine.cores()).append(" cores, ")
                .append(machine.memoryBytes() >> 20).append(" MiB, ").append(machine.os()).append(", ")
                .append(machine.cpu()).append("; ").append(machine.jvm()).append(", max heap ")
                .append(machine.maxHeapBytes() >> 20).append(" MiB (").append(String.join(" ", machine.jvmArgs()))
                .append("), GC ").append(machine.gc()).append("; load average ")
                .append(format(machine.loadAverageAtStart())).append(" at start, ").append(format(Machine.loadAverageNow()))
                .append(" at end; CPU pressure (share of time a task waited for a core) ")
                .append(format(machine.cpuPressureAtStart())).append("% at start, ")
                .append(format(Machine.cpuPressureNow())).append("% at end.\n\n");
        md.append("| figure | unit | min | median | max | n | target | met |\n|---|---|---:|---:|---:|---:|---|---|\n");
        for (Figure f : figures.values()) {
            md.append("| ").append(f.id()).append(" | ").append(f.unit()).append(" | ").append(format(f.stats().min()))
                    .append(" | ").append(format(f.stats().median())).append(" | ").append(format(f.stats().max()))
                    .append(" | ").append(f.stats().samples().size()).append(" | ")
                    .append(f.target().map(Figure.Target::toString).orElse("")).append(" | ")
                    .append(f.met().map(m -> m ? "yes" : "**no**").orElse("")).append(" |\n");
        }
        if (!corpora.isEmpty()) {
            md.append("\nCorpora:\n\n");
            corpora.forEach((name, facts) -> md.append("- ").append(name).append(": ").append(facts).append('\n'));
        }
        profiles.forEach((name, spots) -> {
            md.append("\nProfile ").append(name).append(" (share of stack samples):\n\n| share | where |\n|---:|---|\n");
            spots.forEach(h -> md.append("| ").append(String.format(Locale.ROOT, "%.1f%%", h.share() * 100))
                    .append(" | ").append(h.kind()).append(": `").append(h.frame()).append("` |\n"));
        });
        if (!notes.isEmpty()) {
            md.append("\nNotes:\n\n");
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        return md.toString();
    }

    /** Three significant digits at most, no exponent: 2140, 5.12, 0.0123. */
    static String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return String.valueOf(v);
        }
        double a = Math.abs(v);
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        } else if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        } else if (a >= 1) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
