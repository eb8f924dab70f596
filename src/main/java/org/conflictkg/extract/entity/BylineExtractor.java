package org.conflictkg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictkg.extract.Evidence;
import org.conflictkg.extract.Extractor;
import org.conflictkg.text.Document;
import org.conflictkg.text.Layout;

/**
 * Reads the credits in byline paragraphs ("Reporting by Mike Stone and Humeyra Pamuk in
 * Washington; Editing by Scott Malone", "Edited by: Ali Musa") into authorships. Places after
 * "in" are where the reporter worked, not authors. Stateless.
 */
public final class BylineExtractor implements Extractor<MentionInput, Authorship> {

    /** A credit cue and the names after it, up to the next cue or the end of the clause. */
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)\\b(additional reporting|reporting|writing|written|editing|edited|compiled|by)\\b(?:\\s+by)?\\s*:?\\s*([^;|()]+)");
    /** One name: two to four capitalised words (hyphens and apostrophes allowed). */
    private static final Pattern NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){1,3}");

    @Override
    public List<Authorship> extract(MentionInput in) {
        Document doc = in.document();
        String text = doc.text();
        List<Authorship> out = new ArrayList<>();
        for (Layout.Paragraph p : in.layout().paragraphs()) {
            if (p.kind() != Layout.Kind.BYLINE) {
                continue;
            }
            Matcher credit = CREDIT.matcher(text).region(p.start(), p.end());
            while (credit.find()) {
                String contribution = contribution(credit.group(1));
                int from = credit.start(2);
                int to = credit.end(2);
                Matcher name = NAME.matcher(text).region(from, to);
                while (name.find()) {
                    if (afterIn(text, from, name.start())) {
                        continue;
                    }
                    out.add(new Authorship(name.group(), contribution,
                            new Evidence(doc.span(name.start(), name.end()), "byline-" + contribution, 0.9)));
                }
            }
        }
        return List.copyOf(out);
    }

    private static String contribution(String cue) {
        String c = cue.toLowerCase(Locale.ROOT);
        if (c.contains("report")) {
            return "reporting";
        }
        return c.startsWith("edit") ? "editing" : "author";
    }

    /** "... in Washington": the word before the name is "in". */
    private static boolean afterIn(String text, int from, int nameStart) {
        String before = text.substring(from, nameStart).stripTrailing();
        return before.endsWith(" in") || before.equals("in");
    }
}
