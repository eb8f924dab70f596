package org.conflictkg.lexicon;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The cue-word tables the entity, role and layout rules read: titles, pronouns, speech verbs,
 * organisation head words, source cues, group heads and furniture cues, each from its own
 * reviewable file in {@code data/lexicon/}. Immutable and thread-safe once loaded.
 */
public final class Cues {

    /** A furniture or byline cue: the paragraph starts with it (prefix) or contains it. */
    public record FurnitureCue(String cue, boolean byline, boolean prefix) {
    }

    private final Map<String, Title> titles;
    private final int longestTitle;
    private final Set<String> titleFirstWords;
    private final Set<String> titleLastWords;
    private final Map<String, Character> pronouns;
    private final Set<String> speechVerbs;
    private final Set<String> capitalisedOrgHeads;
    private final Set<String> lowerOrgHeads;
    private final Set<String> sourceCuesBefore;
    private final Set<String> sourceCuesAfter;
    private final Set<String> groupHeads;
    private final List<FurnitureCue> furniture;
    private final Set<String> functionWords;
    private final Map<String, Boolean> groupModifiers;
    private final Map<String, Character> givenNames;
    private final Map<String, String> stateBodies;
    private final Set<String> nameParticles;
    private final Set<String> standaloneParticles;
    private final int longestStateBody;

    public Cues(List<Title> titles, Map<String, Character> pronouns, Set<String> speechVerbs,
                Set<String> capitalisedOrgHeads, Set<String> lowerOrgHeads, Set<String> sourceCuesBefore,
                Set<String> sourceCuesAfter, Set<String> groupHeads, List<FurnitureCue> furniture, Set<String> functionWords,
                Map<String, Boolean> groupModifiers, Map<String, Character> givenNames,
                Map<String, String> stateBodies, Set<String> nameParticles, Set<String> standaloneParticles) {
        this.titles = titles.stream().collect(Collectors.toUnmodifiableMap(Title::text, Function.identity(), (a, b) -> a));
        this.longestTitle = titles.stream().mapToInt(Title::words).max().orElse(0);
        this.titleFirstWords = titles.stream().map(t -> t.text().split(" ")[0]).collect(Collectors.toUnmodifiableSet());
        this.titleLastWords = titles.stream().map(t -> t.text().substring(t.text().lastIndexOf(' ') + 1))
                .collect(Collectors.toUnmodifiableSet());
        this.pronouns = Map.copyOf(pronouns);
        this.speechVerbs = Set.copyOf(speechVerbs);
        this.capitalisedOrgHeads = Set.copyOf(capitalisedOrgHeads);
        this.lowerOrgHeads = Set.copyOf(lowerOrgHeads);
        this.sourceCuesBefore = Set.copyOf(sourceCuesBefore);
        this.sourceCuesAfter = Set.copyOf(sourceCuesAfter);
        this.groupHeads = Set.copyOf(groupHeads);
        this.furniture = List.copyOf(furniture);
        this.functionWords = Set.copyOf(functionWords);
        this.groupModifiers = Map.copyOf(groupModifiers);
        this.givenNames = Map.copyOf(givenNames);
        this.stateBodies = Map.copyOf(stateBodies);
        this.nameParticles = Set.copyOf(nameParticles);
        this.standaloneParticles = Set.copyOf(standaloneParticles);
        this.longestStateBody = stateBodies.keySet().stream().mapToInt(b -> b.split(" ").length).max().orElse(0);
    }

    /** The cue tables shipped with the application. */
    public static Cues load() {
        List<Title> titles = TsvTable.read("/lexicon/titles.tsv").rows().stream().map(r -> {
            String t = r.get("title").toLowerCase(Locale.ROOT);
            return new Title(t, Title.Kind.valueOf(r.get("kind").toUpperCase(Locale.ROOT)),
                    r.optional("canonical").orElse(t), r.optional("gender").map(g -> g.charAt(0)));
        }).toList();
        Map<String, Character> pronouns = TsvTable.read("/lexicon/pronouns.tsv").rows().stream()
                .collect(Collectors.toMap(r -> r.get("pronoun"), r -> r.get("gender").charAt(0)));
        TsvTable heads = TsvTable.read("/lexicon/org-heads.tsv");
        List<FurnitureCue> furniture = TsvTable.read("/lexicon/furniture.tsv").rows().stream()
                .map(r -> new FurnitureCue(r.get("cue"), r.get("kind").equals("byline"), r.get("match").equals("prefix")))
                .sorted(Comparator.comparingInt((FurnitureCue c) -> c.cue().length()).reversed())
                .toList();
        return new Cues(titles, pronouns,
                column(TsvTable.read("/lexicon/speech-verbs.tsv"), "verb", r -> true),
                column(heads, "head", r -> r.get("case").equals("capitalised")),
                column(heads, "head", r -> r.get("case").equals("lower")),
                column(TsvTable.read("/lexicon/source-cues.tsv"), "cue", r -> r.get("position").equals("before")),
                column(TsvTable.read("/lexicon/source-cues.tsv"), "cue", r -> r.get("position").equals("after")),
                column(TsvTable.read("/lexicon/group-heads.tsv"), "head", r -> true),
                furniture,
                column(TsvTable.read("/lexicon/function-words.tsv"), "word", r -> true),
                TsvTable.read("/lexicon/group-modifiers.tsv").rows().stream().collect(Collectors.toMap(
                        r -> r.get("word"), r -> r.get("kind").equals("quantifier"))),
                TsvTable.read("/lexicon/given-names.tsv").rows().stream().collect(Collectors.toMap(r -> r.get("name"),
                        r -> r.optional("gender").map(g -> g.charAt(0)).orElse('-'), (a, b) -> a)),
                TsvTable.read("/lexicon/state-bodies.tsv").rows().stream().collect(Collectors.toMap(
                        r -> r.get("body"), r -> r.get("canonical"))),
                column(TsvTable.read("/lexicon/name-particles.tsv"), "particle", r -> true),
                column(TsvTable.read("/lexicon/name-particles.tsv"), "particle", r -> r.get("standalone").equals("yes")));
    }

    private static Set<String> column(TsvTable table, String column, Predicate<TsvTable.Row> keep) {
        return table.rows().stream().filter(keep).map(r -> r.get(column)).collect(Collectors.toUnmodifiableSet());
    }

    /** The title spelled by these words (any case, single spaces), if the table knows it. */
    public Optional<Title> title(String words) {
        return Optional.ofNullable(titles.get(words.toLowerCase(Locale.ROOT)));
    }

    /** Whether some title starts with this word (any case): a cheap test before {@link #title}. */
    public boolean startsTitle(String word) {
        return titleFirstWords.contains(word) || titleFirstWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether some title ends with this word (any case). */
    public boolean endsTitle(String word) {
        return titleLastWords.contains(word) || titleLastWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The longest title, in words. */
    public int longestTitle() {
        return longestTitle;
    }

    /** The gender ('m' or 'f') of a third-person pronoun, if the word is one (lower case). */
    public Optional<Character> pronounGender(String word) {
        return Optional.ofNullable(pronouns.get(word));
    }

    public boolean isSpeechVerb(String word) {
        return speechVerbs.contains(word);
    }

    /** A head word that ends a capitalised organisation name ("Council"). */
    public boolean isCapitalisedOrgHead(String word) {
        return capitalisedOrgHeads.contains(word);
    }

    /** A lower-case head word after a name that makes an organisation ("administration"). */
    public boolean isLowerOrgHead(String word) {
        return lowerOrgHeads.contains(word);
    }

    public Set<String> sourceCuesBefore() {
        return sourceCuesBefore;
    }

    public boolean isSourceCueAfter(String word) {
        return sourceCuesAfter.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A noun that heads an anonymous or collective source ("officials"), lower case. */
    public boolean isGroupHead(String word) {
        return groupHeads.contains(word);
    }

    /** Furniture and byline cues, longest first. */
    public List<FurnitureCue> furniture() {
        return furniture;
    }

    /** Whether a word is a common given name ("Alex", "Olena"). */
    public boolean isGivenName(String word) {
        return givenNames.containsKey(word);
    }

    /** The gender ('m' or 'f') a given name implies, if it implies one. */
    public Optional<Character> givenNameGender(String word) {
        Character g = givenNames.get(word);
        return g == null || g == '-' ? Optional.empty() : Optional.of(g);
    }

    /** The canonical name of a state body written with these words (any case), if it is one. */
    public Optional<String> stateBody(String words) {
        return Optional.ofNullable(stateBodies.get(words.toLowerCase(Locale.ROOT)));
    }

    /** A lower-case particle inside personal names ("al", "bin", "von"). */
    public boolean isNameParticle(String word) {
        return nameParticles.contains(word);
    }

    /** A particle that continues a name as a word of its own ("bin", "von"; not "as"). */
    public boolean isStandaloneNameParticle(String word) {
        return standaloneParticles.contains(word);
    }

    /** The longest state body, in words. */
    public int longestStateBody() {
        return longestStateBody;
    }

    /** A capitalised function word, month or weekday that never begins a name ("Meanwhile"). */
    public boolean isFunctionWord(String word) {
        return functionWords.contains(word);
    }

    /** Whether a lower-case word may precede a group head ("senior", "intelligence"). */
    public boolean isGroupModifier(String word) {
        return groupModifiers.containsKey(word);
    }

    /** A modifier that does not change which group is meant ("two", "senior"): left out of its key. */
    public boolean isGroupQuantifier(String word) {
        return groupModifiers.getOrDefault(word, false);
    }
}
