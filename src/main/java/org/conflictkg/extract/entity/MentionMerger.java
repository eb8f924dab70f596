package org.conflictkg.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.conflictkg.lexicon.EntityType;
import org.conflictkg.text.CharSpan;
import org.conflictkg.text.Document;
import org.conflictkg.text.Layout;

/**
 * Puts the mentions of all rules together for resolution: lexicon matches in furniture and bylines
 * are dropped (a city in "Reporting by ... in Washington" is no story actor), a lexicon alias
 * inside a longer name found by context gives way to it ("Biden" in "Hunter Biden", "Security
 * Council" in "National Security Council"), and one span
 * keeps one mention per entity type. Nested mentions of different things stay: "Biden" inside
 * "Biden administration" and "Russian" inside "Russian officials" are both meant.
 */
public final class MentionMerger {

    private MentionMerger() {
    }

    public static List<Mention> merge(Document doc, Layout layout, List<Mention> lexicon, List<Mention> found,
                                      List<Mention> groups, List<Authorship> authors) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : lexicon) {
            if (layout.isFurnitureOrByline(doc.utf16(m.span().begin()))) {
                continue;
            }
            boolean partyAdjective = m.kind() == MentionKind.DEMONYM && m.type() == EntityType.ORGANIZATION;
            boolean inside = found.stream().anyMatch(f -> f.span().contains(m.span()) && !f.span().equals(m.span())
                    && (m.kind() != MentionKind.DEMONYM || partyAdjective) && (f.type() == EntityType.PERSON
                    || f.evidence().rule().equals("org-head-word") && (f.span().end() == m.span().end() || partyAdjective
                            || m.type() == EntityType.PLACE) // "Stockholm" in "Stockholm International Peace Research Institute"
                    || f.evidence().rule().equals("described-name") && m.type() == EntityType.PLACE)); // "Tele Sahel"
            if (!inside) {
                out.add(m);
            }
        }
        for (Mention f : found) {
            // "Defence Ministry" found by its head word inside "Russia's Defence Ministry"
            boolean nested = found.stream().anyMatch(g -> g != f && g.type() == f.type()
                    && g.span().contains(f.span()) && !g.span().equals(f.span()));
            if (!nested) {
                out.add(f);
            }
        }
        out.addAll(groups);
        authors.forEach(a -> out.add(a.asMention()));
        Set<String> seen = new HashSet<>();
        List<Mention> unique = new ArrayList<>();
        out.sort(Comparator.comparing(Mention::span));
        for (Mention m : out) {
            CharSpan s = m.span();
            if (seen.add(s.begin() + ":" + s.end() + ":" + m.type())) {
                unique.add(m);
            }
        }
        return List.copyOf(unique);
    }
}
