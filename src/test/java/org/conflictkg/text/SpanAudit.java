package org.conflictkg.text;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.conflictkg.extract.entity.Mention;
import org.conflictkg.pipeline.ArticleAnalysis;

/**
 * Test support: finds every {@link CharSpan} in an analysis (evidence of mentions, roles,
 * quotations, positions, policies, quantities, authors, diagnostics, and optional side spans such
 * as a quotation's cue) by walking the finding records reflectively, so findings that other
 * extractors add later are audited too, and checks each against the document independently of
 * {@link Document}'s own offset tables.
 */
public final class SpanAudit {

    /** A span and where in the analysis it was found, e.g. {@code quotations[3].evidence.span}. */
    public record Found(String path, CharSpan span) {
    }

    private SpanAudit() {
    }

    public static List<Found> spans(ArticleAnalysis analysis) {
        List<Found> out = new ArrayList<>();
        for (RecordComponent c : ArticleAnalysis.class.getRecordComponents()) {
            if (c.getType() != Document.class) {
                walk(value(c, analysis), c.getName(), out, 0);
            }
        }
        return out;
    }

    /**
     * The problems of an analysis' spans, empty when every span lies within the text, {@link
     * Document#cover} agrees with a code-point substring computed here, and each mention's text is
     * the text its span covers.
     */
    public static List<String> problems(ArticleAnalysis analysis) {
        Document doc = analysis.document();
        String text = doc.text();
        int length = text.codePointCount(0, text.length());
        List<String> problems = new ArrayList<>();
        for (Found f : spans(analysis)) {
            CharSpan s = f.span();
            if (s.end() > length) {
                problems.add(f.path + " " + s + " ends beyond the text (" + length + " code points)");
                continue;
            }
            String expected = text.substring(text.offsetByCodePoints(0, s.begin()), text.offsetByCodePoints(0, s.end()));
            try {
                String cover = doc.cover(s);
                if (!cover.equals(expected)) {
                    problems.add(f.path + " " + s + ": cover gives \"" + cover + "\", expected \"" + expected + "\"");
                }
            } catch (RuntimeException e) {
                problems.add(f.path + " " + s + ": cover throws " + e);
            }
        }
        analysis.mentions().forEach(m -> checkMention(m.mention(), doc, problems));
        return problems;
    }

    private static void checkMention(Mention m, Document doc, List<String> problems) {
        if (m.span().end() <= doc.codePointLength() && !doc.cover(m.span()).equals(m.text())) {
            problems.add("mention \"" + m.text() + "\" at " + m.span() + " covers \"" + doc.cover(m.span()) + "\"");
        }
    }

    private static void walk(Object value, String path, List<Found> out, int depth) {
        if (value == null || depth > 12 || value instanceof Document) {
            return;
        }
        if (value instanceof CharSpan span) {
            out.add(new Found(path, span));
        } else if (value instanceof Optional<?> opt) {
            opt.ifPresent(v -> walk(v, path, out, depth + 1));
        } else if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", out, depth + 1);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "[" + k + "]", out, depth + 1));
        } else if (value instanceof Record record) {
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                walk(value(c, record), path + "." + c.getName(), out, depth + 1);
            }
        }
    }

    private static Object value(RecordComponent c, Object record) {
        try {
            c.getAccessor().setAccessible(true);
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c + " of " + record.getClass(), e);
        }
    }
}
