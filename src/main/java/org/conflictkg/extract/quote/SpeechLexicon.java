package org.conflictkg.extract.quote;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.HashMap;
import org.conflictkg.lexicon.TsvTable;

/**
 * The speech cues from {@code data/lexicon/quote-cues.tsv} (verbs and nouns that attribute
 * words to a speaker) and the collective nouns from {@code holder-nouns.tsv} ("officials",
 * "leadership") that make a demonym a speaker, and the title words that are never part of a name. Immutable once loaded; load once and share.
 */
public final class SpeechLexicon {

    /** How a speech cue attributes: a finite verb, a participle ("posting"), or a noun. */
    public enum Kind { VERB, PARTICIPLE, NOUN }

    private final Map<String, Kind> speech;
    private final Set<String> holderNouns;
    private final Set<String> titleWords;
    private final Set<String> organisationHeads;
    private final Set<String> voiceNouns;
    private final Set<String> sourceNouns;

    public SpeechLexicon(Map<String, Kind> speech, Set<String> holderNouns, Set<String> titleWords,
                         Set<String> organisationHeads) {
        this(speech, holderNouns, titleWords, organisationHeads, Set.of(), Set.of());
    }

    public SpeechLexicon(Map<String, Kind> speech, Set<String> holderNouns, Set<String> titleWords,
                         Set<String> organisationHeads, Set<String> voiceNouns, Set<String> sourceNouns) {
        this.speech = Map.copyOf(speech);
        this.holderNouns = Set.copyOf(holderNouns);
        this.titleWords = Set.copyOf(titleWords);
        this.organisationHeads = Set.copyOf(organisationHeads);
        this.voiceNouns = Set.copyOf(voiceNouns);
        this.sourceNouns = Set.copyOf(sourceNouns);
    }

    public static SpeechLexicon load() {
        Map<String, Kind> speech = new HashMap<>();
        for (TsvTable.Row r : TsvTable.read("/lexicon/quote-cues.tsv").rows()) {
            Kind kind = Kind.valueOf(r.get("kind").toUpperCase(Locale.ROOT));
            speech.merge(r.get("form").toLowerCase(Locale.ROOT), kind, (a, b) -> a == Kind.NOUN ? b : a);
        }
        Set<String> nouns = new HashSet<>();
        Set<String> titles = new HashSet<>();
        Set<String> organisations = new HashSet<>();
        Set<String> voices = new HashSet<>();
        for (TsvTable.Row r : TsvTable.read("/lexicon/holder-nouns.tsv").rows()) {
            String kind = r.get("kind");
            (kind.equals("title") ? titles : kind.equals("organisation") ? organisations
                    : kind.equals("voice") ? voices : nouns).add(r.get("form").toLowerCase(Locale.ROOT));
        }
        // an anonymous source is headed by a group noun ("a senior official") or a title ("an officer")
        Set<String> sources = new HashSet<>(titles);
        TsvTable.read("/lexicon/group-heads.tsv").rows().stream()
                .filter(r -> r.get("number").equals("singular")).forEach(r -> sources.add(r.get("head")));
        TsvTable.read("/lexicon/titles.tsv").rows().stream().filter(r -> r.get("kind").equals("role"))
                .map(r -> r.get("title")).filter(t -> !t.contains(" ")).forEach(sources::add);
        return new SpeechLexicon(speech, nouns, titles, organisations, voices, sources);
    }

    /** "office" in "Meloni's office said": the possessor speaks through it. */
    public boolean isVoiceNoun(String word) {
        return voiceNouns.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A singular noun that can head an unnamed source ("a senior official", "a military officer"). */
    public boolean isSourceNoun(String word) {
        return sourceNouns.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The kind of speech cue a word is, if it is one (case-insensitive). */
    public java.util.Optional<Kind> speechCue(String word) {
        return java.util.Optional.ofNullable(speech.get(word.toLowerCase(Locale.ROOT)));
    }

    public boolean isSpeechVerb(String word) {
        Kind k = speech.get(word.toLowerCase(Locale.ROOT));
        return k == Kind.VERB || k == Kind.PARTICIPLE;
    }

    /** A title word ("spokesperson", "minister"): what precedes it is a modifier, not a subject. */
    public boolean isTitleWord(String word) {
        return titleWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A word that ends the name of a body ("Council", "Committee"), never a person's name. */
    public boolean isOrganisationHead(String word) {
        return organisationHeads.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isHolderNoun(String word) {
        return holderNouns.contains(word.toLowerCase(Locale.ROOT));
    }
}
