package org.conflictkg.extract.position;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;
import org.conflictkg.extract.policy.CueIndex;
import org.conflictkg.extract.policy.CuePattern;
import org.conflictkg.lexicon.TsvTable;

/**
 * The stance cues from {@code data/lexicon/stance-cues.tsv}: verbs and nouns that state a stance,
 * regrets that a step came late, echoes of an earlier stance, and the light verbs that link a
 * subject to a stance noun. Immutable once loaded; load once and share.
 */
public final class StanceCues {

    /** How a cue states its stance; see the data file's header. */
    public enum Kind {
        VERB, OBJECT, NOUN, LATE, ECHO, LIGHT, CREDIT, VERDICT;

        /** A verb whose clause subject holds the stance and which a negation reverses. */
        public boolean isVerb() {
            return this == VERB || this == OBJECT;
        }
    }

    /** One cue; {@code stance} is empty for echoes (they copy) and light verbs (they link). */
    public record Cue(CuePattern pattern, Optional<Stance> stance, Kind kind) {
    }

    private final List<Cue> cues;
    private final java.util.Map<Kind, List<Cue>> byKind = new java.util.EnumMap<>(Kind.class);

    private final CueIndex<Cue> stated;
    private final CueIndex<Cue> verdicts;

    public StanceCues(List<Cue> cues) {
        this.cues = List.copyOf(cues);
        this.stated = new CueIndex<>(this.cues.stream().filter(c -> c.kind() != Kind.LIGHT && c.kind() != Kind.VERDICT)
                .toList(), Cue::pattern);
        this.verdicts = new CueIndex<>(this.cues.stream().filter(c -> c.kind() == Kind.VERDICT).toList(), Cue::pattern);
        for (Kind k : Kind.values()) {
            byKind.put(k, this.cues.stream().filter(c -> c.kind() == k).toList());
        }
    }

    public static StanceCues load() {
        List<Cue> cues = new ArrayList<>();
        for (TsvTable.Row r : TsvTable.read("/lexicon/stance-cues.tsv").rows()) {
            try {
                Kind kind = Kind.valueOf(r.get("kind").toUpperCase(Locale.ROOT));
                Optional<Stance> stance = r.optional("stance").filter(s -> !s.equals("same"))
                        .map(s -> Stance.valueOf(s.toUpperCase(Locale.ROOT)));
                cues.add(new Cue(new CuePattern(r.get("phrase")), stance, kind));
            } catch (IllegalArgumentException e) {
                throw new KgException(ErrorCode.DATA_FILE_INVALID, r.where() + ": " + e.getMessage()
                        + "; use a stance and kind named in the file's header", e);
            }
        }
        return new StanceCues(cues);
    }

    /** The stance cues (not light verbs) that may occur among a sentence's words, in table order. */
    public List<Cue> candidates(java.util.Set<String> sentenceWords) {
        return stated.candidates(sentenceWords);
    }

    /** The verdict words that may occur among a quotation's words, in table order. */
    public List<Cue> verdictCandidates(java.util.Set<String> quoteWords) {
        return verdicts.candidates(quoteWords);
    }

    public List<Cue> cues() {
        return cues;
    }

    public List<Cue> of(Kind kind) {
        return byKind.get(kind);
    }
}
