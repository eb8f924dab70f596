package org.conflictkg.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.conflictkg.extract.Evidence;
import org.conflictkg.lexicon.EntityType;
import org.conflictkg.text.Document;

/**
 * Once a name has been found by its context, its other uses need no context: every occurrence of
 * the full name, and of a person's surname alone ("Finer" after "Jon Finer"), in the story,
 * headings and headline is a mention. A surname shared by two people of the article, or known to
 * the lexicon, stays unattached.
 */
public final class NameRepeats {

    private final MentionInput in;
    private final WordContext ctx;

    NameRepeats(MentionInput in, WordContext ctx) {
        this.in = in;
        this.ctx = ctx;
    }

    List<Mention> find(List<Mention> found) {
        Document doc = in.document();
        String text = doc.text();
        boolean[] taken = new boolean[text.length() + 1];
        for (Mention m : in.known()) {
            mark(taken, doc.utf16(m.span().begin()), doc.utf16(m.span().end()));
        }
        for (Mention m : found) {
            mark(taken, doc.utf16(m.span().begin()), doc.utf16(m.span().end()));
        }
        Map<String, Mention> names = new HashMap<>();
        Map<String, Integer> surnameOwners = new HashMap<>();
        for (Mention m : found) {
            names.putIfAbsent(m.text(), m);
            if (m.type() == EntityType.PERSON && m.kind() == MentionKind.NAME) {
                surnameOwners.merge(surname(m.text()), 1, Integer::sum);
            }
        }
        Set<String> knownTexts = new HashSet<>();
        in.known().forEach(m -> knownTexts.add(m.text()));
        // a full name the lexicon knows lends its surname too ("Healey" after "John Healey")
        List<Mention> knownPeople = new ArrayList<>();
        for (Mention m : in.known()) {
            if (m.type() == EntityType.PERSON && m.kind() == MentionKind.NAME && m.text().indexOf(' ') > 0
                    && !names.containsKey(m.text()) && knownPeople.stream().noneMatch(k -> k.text().equals(m.text()))) {
                knownPeople.add(m);
                surnameOwners.merge(surname(m.text()), 1, Integer::sum);
            }
        }
        List<Mention> out = new ArrayList<>();
        for (Mention m : knownPeople) {
            String sur = surname(m.text());
            if (surnameOwners.get(sur) == 1 && sur.length() > 2 && !knownTexts.contains(sur)
                    && !ctx.cues().isFunctionWord(sur) && !ctx.usedInLowerCase(sur) && !names.containsKey(sur)) {
                scan(doc, taken, sur, EntityType.PERSON, MentionKind.ALIAS, "surname", out);
            }
        }
        for (Mention m : found) {
            // "Defense Security Cooperation Agency (DSCA)": the acronym in brackets names it from then on
            acronymAfter(text, m).ifPresent(acr -> scan(doc, taken, acr, m.type(), MentionKind.ALIAS, "acronym", out));
        }
        for (Mention m : names.values()) {
            scan(doc, taken, m.text(), m.type(), m.kind(), "name-repeat", out);
            if (m.type() == EntityType.PERSON && m.kind() == MentionKind.NAME) {
                String sur = surname(m.text());
                if (surnameOwners.get(sur) == 1 && sur.length() > 2 && !knownTexts.contains(sur)
                        && !ctx.cues().isFunctionWord(sur) && !ctx.usedInLowerCase(sur) && !names.containsKey(sur)) {
                    scan(doc, taken, sur, EntityType.PERSON, MentionKind.ALIAS, "surname", out);
                }
            }
        }
        return out;
    }

    private void scan(Document doc, boolean[] taken, String name, EntityType type, MentionKind kind, String rule,
                      List<Mention> out) {
        String text = doc.text();
        int from = 0;
        int i;
        while ((i = text.indexOf(name, from)) >= 0) {
            int end = i + name.length();
            from = i + 1;
            if (!boundary(text, i - 1) || !boundary(text, end) || taken[i] || taken[end - 1]
                    || in.layout().isFurnitureOrByline(i) || capitalisedNext(text, end)) {
                continue;
            }
            int given = type == EntityType.PERSON && name.indexOf(' ') < 0 ? givenNameBefore(text, i) : -1;
            if (given >= 0 && !taken[given]) {
                // "Michael Howard" after "Mr Howard": the full name, so the surname resolves to it
                mark(taken, given, end);
                out.add(new Mention(text.substring(given, end), type, MentionKind.NAME, Optional.empty(),
                        new Evidence(doc.span(given, end), "given-name-and-surname", 0.8)));
                continue;
            }
            mark(taken, i, end);
            out.add(new Mention(name, type, kind, Optional.empty(), new Evidence(doc.span(i, end), rule, 0.8)));
        }
    }

    /**
     * The acronym in brackets right after an organisation's name ("... Agency (DSCA)"), when its
     * letters are all capitals; also read by the resolver to key the acronym as the name.
     */
    public static Optional<String> acronymAfter(String text, int utf16End) {
        if (utf16End + 2 >= text.length() || text.charAt(utf16End) != ' ' || text.charAt(utf16End + 1) != '(') {
            return Optional.empty();
        }
        int close = text.indexOf(')', utf16End + 2);
        if (close < 0 || close - utf16End - 2 < 2 || close - utf16End - 2 > 8) {
            return Optional.empty();
        }
        String acr = text.substring(utf16End + 2, close);
        return acr.chars().allMatch(Character::isUpperCase) ? Optional.of(acr) : Optional.empty();
    }

    private Optional<String> acronymAfter(String text, Mention m) {
        if (m.type() != EntityType.ORGANIZATION || m.kind() != MentionKind.NAME) {
            return Optional.empty();
        }
        return acronymAfter(text, in.document().utf16(m.span().end()));
    }

    /** Start of a given name right before offset i ("Michael " before "Howard"), or -1. */
    private int givenNameBefore(String text, int i) {
        if (i < 2 || text.charAt(i - 1) != ' ') {
            return -1;
        }
        int s = i - 1;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return s < i - 1 && ctx.cues().isGivenName(text.substring(s, i - 1)) ? s : -1;
    }

    /** "Turner Broadcasting": the surname continues into another name. */
    private static boolean capitalisedNext(String text, int end) {
        return end + 1 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1));
    }

    static String surname(String name) {
        int sp = name.lastIndexOf(' ');
        return sp < 0 ? name : name.substring(sp + 1);
    }

    private static void mark(boolean[] taken, int s, int e) {
        for (int k = s; k < e; k++) {
            taken[k] = true;
        }
    }

    private static boolean boundary(String text, int i) {
        return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
    }
}
