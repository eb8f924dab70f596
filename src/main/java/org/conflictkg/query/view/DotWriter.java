package org.conflictkg.query.view;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/**
 * Graphviz DOT: a digraph whose node ids are the IRIs (quoted) and whose edges carry the label,
 * kind, weight (articles) and evidence (statements). Graphviz has no library on the JVM worth a
 * dependency, so this is a small writer; every string goes through {@link #quote}.
 */
public final class DotWriter {

    public void write(GraphView view, OutputStream out) {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.println("digraph \"conflict-kg\" {");
        w.println("  graph [rankdir=LR];");
        w.println("  node [shape=box, style=rounded];");
        for (GraphView.Node n : view.nodes()) {
            w.println("  " + quote(n.id()) + " [label=" + quote(n.label()) + ", type=" + quote(n.type())
                    + ", shape=" + shape(n.type()) + "];");
        }
        for (GraphView.Edge e : view.edges()) {
            w.println("  " + quote(e.source()) + " -> " + quote(e.target()) + " [id=" + quote(e.id())
                    + ", label=" + quote(e.label() + " (" + e.weight() + ")") + ", kind=" + quote(e.kind())
                    + ", weight=" + e.weight() + ", evidence=" + e.evidence() + ", color=" + color(e.kind()) + "];");
        }
        w.println("}");
        w.flush();
    }

    /**
     * A DOT double-quoted string: backslash and quote escaped, line breaks as DOT's {@code \n}
     * escape (a raw newline would be kept but a raw CR would not survive), so labels stay one line.
     */
    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '\n' -> b.append("\\n");
                case '\r' -> { }
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }

    private static String shape(String type) {
        return switch (type) {
            case "Policy" -> "diamond";
            case "WeaponSystem" -> "hexagon";
            case "Country", "Place" -> "ellipse";
            default -> "box";
        };
    }

    private static String color(String kind) {
        return switch (kind) {
            case "supports" -> "darkgreen";
            case "opposes" -> "red";
            case "neutral" -> "gray50";
            case "role" -> "blue";
            default -> "black";
        };
    }
}
