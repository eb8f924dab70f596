package org.conflictkg.extract.policy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;
import org.conflictkg.lexicon.TsvTable;
import org.conflictkg.resolve.EntityKey;

/**
 * The decision cues from {@code data/lexicon/policy-cues.tsv} (permissions, lifted restrictions,
 * proposals, references to a decision, weapon and strike words, proposal measures) and the states
 * actors act for from {@code actor-states.tsv}. Immutable once loaded; load once and share.
 */
public final class PolicyCues {

    /** What a cue does in a decision statement; see the data file's header. */
    public enum Role { PERMIT, LIFT, SUPPLY, PROPOSAL, REFERENCE, DISCUSS, WEAPON, STRIKE, USE, MEASURE, TERRITORY, LOCATIVE, ACT }

    /** One cue: its phrase, role, the status it implies (if any) and a measure's slug. */
    public record Cue(CuePattern pattern, Role role, Optional<PolicyStatus> status, Optional<String> action) {
    }

    private final List<Cue> cues;
    private final Map<String, EntityKey> actorStates;
    private final Map<Role, Set<String>> words = new EnumMap<>(Role.class);
    private final Map<Role, List<Cue>> byRole = new EnumMap<>(Role.class);
    private final CueIndex<Cue> frameCues;

    public PolicyCues(List<Cue> cues, Map<String, EntityKey> actorStates) {
        this.cues = List.copyOf(cues);
        this.actorStates = Map.copyOf(actorStates);
        for (Cue c : cues) {
            byRole.computeIfAbsent(c.role(), r -> new ArrayList<>()).add(c);
            String phrase = c.pattern().phrase();
            if (!phrase.contains(" ") && !phrase.contains("*")) {
                words.computeIfAbsent(c.role(), r -> new HashSet<>()).addAll(List.of(phrase.split("\\|")));
            }
        }
        this.frameCues = new CueIndex<>(this.cues.stream().filter(c -> c.role() == Role.PERMIT || c.role() == Role.LIFT
                || c.role() == Role.SUPPLY
                || c.role() == Role.PROPOSAL || c.role() == Role.ACT).toList(), Cue::pattern);
    }

    /** The permission, lift and proposal cues that may occur among a sentence's words, in table order. */
    public List<Cue> frameCandidates(Set<String> sentenceWords) {
        return frameCues.candidates(sentenceWords);
    }

    /** Whether a single word is a cue of a role (single-word phrases only). */
    public boolean is(Role role, String word) {
        return words.getOrDefault(role, Set.of()).contains(word.toLowerCase(Locale.ROOT));
    }

    public static PolicyCues load() {
        List<Cue> cues = new ArrayList<>();
        for (TsvTable.Row r : TsvTable.read("/lexicon/policy-cues.tsv").rows()) {
            try {
                cues.add(new Cue(new CuePattern(r.get("phrase")),
                        Role.valueOf(r.get("role").toUpperCase(Locale.ROOT)),
                        r.optional("status").map(s -> PolicyStatus.valueOf(s.toUpperCase(Locale.ROOT))),
                        r.optional("action")));
            } catch (IllegalArgumentException e) {
                throw new KgException(ErrorCode.DATA_FILE_INVALID, r.where() + ": " + e.getMessage()
                        + "; use a role and status named in the file's header", e);
            }
        }
        Map<String, EntityKey> states = new HashMap<>();
        for (TsvTable.Row r : TsvTable.read("/lexicon/actor-states.tsv").rows()) {
            states.put(r.get("id"), new EntityKey(r.get("state")));
        }
        return new PolicyCues(cues, states);
    }

    public List<Cue> cues(Role role) {
        return byRole.getOrDefault(role, List.of());
    }

    /** The state an actor acts for: itself for a state, else from the table. */
    public Optional<EntityKey> stateOf(EntityKey actor, boolean isCountry) {
        EntityKey s = actorStates.get(actor.value());
        if (s != null) {
            return Optional.of(s);
        }
        return isCountry ? Optional.of(actor) : Optional.empty();
    }
}
