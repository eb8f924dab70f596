package org.conflictkg.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.conflictkg.extract.Evidence;
import org.conflictkg.extract.Extractor;
import org.conflictkg.lexicon.Cues;
import org.conflictkg.lexicon.EntityType;
import org.conflictkg.lexicon.TsvTable;
import org.conflictkg.text.Document;
import org.conflictkg.text.Sentence;
import org.conflictkg.text.Words;
import org.conflictkg.text.Words.Word;

/**
 * Weapon systems the lexicon does not know, from their shape and the noun after them: a model
 * designator ("Hwasong-20 missile", "IRIS-T SLM systems", "Su-57 fighters") or a capitalised name
 * not used otherwise ("Storm Shadow missiles", "Shahed drones"), maybe with modifiers between
 * ("Kinzhal hypersonic missiles"); and naval ships by their prefix ("USS Harry S. Truman"). The
 * noun is no part of the name. Later uses of a found name are mentions too. Stateless.
 */
public final class WeaponNameExtractor implements Extractor<MentionInput, Mention> {

    private static final int MAX_NAME_WORDS = 3;
    private static final int MAX_MODIFIERS = 3;
    private static final int MAX_SHIP_WORDS = 4;
    /** Capitalised adjectives that come before weapon nouns without naming a system. */
    private static final Set<String> NOT_NAMES = Set.of("Western", "Soviet", "Allied", "Russian-made",
            "Iranian-made", "American-made", "Chinese-made", "Soviet-era", "Cold", "New", "Old", "Israeli-made");

    private final Cues cues;
    private final Set<String> nouns;
    private final Set<String> genericNouns;
    private final Set<String> modifiers;
    private final Set<String> shipPrefixes;

    public WeaponNameExtractor(Cues cues) {
        this.cues = cues;
        Map<String, Set<String>> byKind = new HashMap<>();
        TsvTable.read("/lexicon/weapon-nouns.tsv").rows().forEach(r ->
                byKind.computeIfAbsent(r.get("kind"), k -> new java.util.HashSet<>()).add(r.get("word")));
        this.nouns = Set.copyOf(byKind.getOrDefault("noun", Set.of()));
        this.genericNouns = Set.copyOf(byKind.getOrDefault("generic", Set.of()));
        this.modifiers = Set.copyOf(byKind.getOrDefault("modifier", Set.of()));
        this.shipPrefixes = Set.copyOf(byKind.getOrDefault("ship", Set.of()));
    }

    @Override
    public List<Mention> extract(MentionInput in) {
        Document doc = in.document();
        WordContext ctx = WordContext.of(cues, doc, in.known(), in.sentences());
        Map<Integer, Mention> found = new LinkedHashMap<>();
        for (Sentence s : in.sentences()) {
            if (!in.layout().isStory(s.start())) {
                continue;
            }
            List<Word> words = Words.of(s);
            for (int i = 0; i < words.size(); i++) {
                Optional<int[]> name = ship(words, i);
                if (name.isEmpty()) {
                    name = beforeNoun(ctx, words, i);
                }
                if (name.isPresent()) {
                    int from = name.get()[0];
                    int to = name.get()[1];
                    int st = words.get(from).start();
                    int en = words.get(to - 1).end();
                    found.putIfAbsent(st, mention(doc, st, en, "weapon-name"));
                    i = to - 1;
                }
            }
        }
        List<Mention> out = new ArrayList<>(found.values());
        out.addAll(repeats(doc, in, found));
        return List.copyOf(out);
    }

    /** "USS Harry S. Truman": a ship prefix and capitalised words or initials. */
    private Optional<int[]> ship(List<Word> words, int i) {
        if (!shipPrefixes.contains(words.get(i).text())) {
            return Optional.empty();
        }
        int e = i + 1;
        while (e < words.size() && e - i <= MAX_SHIP_WORDS && words.get(e).isWord() && words.get(e).isCapitalized()
                && !cues.isFunctionWord(words.get(e).text())) {
            e++;
            if (words.get(e - 1).text().length() == 1 && e < words.size() && words.get(e).text().equals(".")) {
                e++; // an initial: "Harry S. Truman"
            }
            if (words.get(e - 1).possessive()) {
                break;
            }
        }
        return e > i + 1 ? Optional.of(new int[] {i, e}) : Optional.empty();
    }

    /** A designator or an unknown capitalised name starting at i, then modifiers, then a weapon noun. */
    private Optional<int[]> beforeNoun(WordContext ctx, List<Word> words, int i) {
        int e = i;
        boolean designator = false;
        while (e < words.size() && e - i < MAX_NAME_WORDS) {
            Word w = words.get(e);
            if (designator(w.text())) {
                designator = true;
            } else if (!(w.isWord() && w.isCapitalized() && !ctx.covered(w) && !cues.isFunctionWord(w.text())
                    && !NOT_NAMES.contains(w.text()) && !ctx.usedInLowerCase(w.text()) && !w.isAcronym()
                    && !cues.isCapitalisedOrgHead(w.text()) && !cues.isGivenName(w.text()) && !lowerSuffix(w.text())
                    || designator && w.isAcronym())) {
                break; // "IRIS-T SLM": an acronym may follow a designator
            }
            e++;
            if (w.possessive()) {
                return Optional.empty();
            }
        }
        if (e == i || !designator && (i == 0 || ctx.covered(words.get(i)))) {
            return Optional.empty(); // a sentence-initial capital proves nothing without a designator
        }
        for (int k = e; k < words.size() && k - e <= MAX_MODIFIERS; k++) {
            String t = words.get(k).text();
            if (nouns.contains(t) || genericNouns.contains(t) && (designator || k > e)) {
                return Optional.of(new int[] {i, e}); // "Su-57 fighter", "Su-57 fighter jets"
            }
            if (!modifiers.contains(t)) {
                break;
            }
        }
        return Optional.empty();
    }

    /** "Linux-based", "Soviet-era", "Iranian-made": a capital before a lower-case suffix is no name. */
    private static boolean lowerSuffix(String t) {
        int dash = t.lastIndexOf('-');
        return dash > 0 && dash + 1 < t.length() && Character.isLowerCase(t.charAt(dash + 1));
    }

    /**
     * A model designator: starts with a capital and has a hyphen with a digit ("Hwasong-20",
     * "Su-57", "Kh-101", "MQ-9") or between capitals ("IRIS-T"), or two digits ("M777"). Alone it
     * proves nothing ("COVID-19"): the weapon noun after it does.
     */
    static boolean designator(String t) {
        if (t.length() < 2 || !Character.isUpperCase(t.charAt(0))) {
            return false;
        }
        boolean digit = false;
        boolean hyphen = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isDigit(c)) {
                digit = true;
            } else if (c == '-') {
                hyphen = true;
            } else if (!Character.isLetter(c)) {
                return false;
            }
        }
        return hyphen && (digit || t.chars().filter(Character::isUpperCase).count() == t.replace("-", "").length())
                || !hyphen && t.chars().filter(Character::isDigit).count() >= 2 && t.length() <= 8; // "M777", not "P2P"
    }

    /** Later uses of a found name anywhere in the story: whole words, case-sensitive. */
    private static List<Mention> repeats(Document doc, MentionInput in, Map<Integer, Mention> found) {
        List<Mention> out = new ArrayList<>();
        String text = doc.text();
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        found.values().forEach(m -> names.add(m.text()));
        for (String name : names) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
                int end = at + name.length();
                boolean whole = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                        && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)));
                if (whole && !found.containsKey(at) && in.layout().isStory(at)) {
                    out.add(mention(doc, at, end, "weapon-name-repeat"));
                }
            }
        }
        return out;
    }

    private static Mention mention(Document doc, int s, int e, String rule) {
        return new Mention(doc.text().substring(s, e), EntityType.WEAPON_SYSTEM, MentionKind.NAME, Optional.empty(),
                new Evidence(doc.span(s, e), rule, 0.7));
    }
}
