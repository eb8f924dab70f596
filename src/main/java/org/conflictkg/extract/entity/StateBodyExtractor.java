package org.conflictkg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.conflictkg.extract.Evidence;
import org.conflictkg.extract.Extractor;
import org.conflictkg.lexicon.Cues;
import org.conflictkg.lexicon.EntityType;
import org.conflictkg.text.Document;
import org.conflictkg.text.Layout;
import org.conflictkg.text.Sentence;
import org.conflictkg.text.Words;
import org.conflictkg.text.Words.Word;

/**
 * Bodies of a state named through the state: "Russia's defence ministry", "the Ukrainian air
 * force", "Russian Defence Ministry"; and bodies named through a place ("Gaza's health ministry",
 * "Beijing's foreign ministry", which the resolver keys by the capital's state), and an
 * organisation's own bodies ("Houthi political bureau", see {@code org-bodies.tsv}). The mention spans the state and the body; the resolver keys
 * it by the state and the body's canonical name (see {@code state-bodies.tsv}), so the spellings
 * meet in one entity. Wire reports name these as sources all the time, in lower case. Stateless.
 */
public final class StateBodyExtractor implements Extractor<MentionInput, Mention> {

    /** The rule name the resolver recognises to key the body by its state. */
    public static final String RULE = "state-body";

    private final Cues cues;
    private final java.util.Set<String> orgBodies;

    public StateBodyExtractor(Cues cues) {
        this.cues = cues;
        this.orgBodies = org.conflictkg.lexicon.TsvTable.read("/lexicon/org-bodies.tsv").rows().stream()
                .map(r -> r.get("body")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    @Override
    public List<Mention> extract(MentionInput in) {
        Document doc = in.document();
        WordContext ctx = WordContext.of(cues, doc, in.known(), List.of());
        List<Mention> out = new ArrayList<>();
        for (Sentence s : in.sentences()) {
            if (!in.layout().isStory(s.start())) {
                continue;
            }
            List<Word> words = Words.of(s);
            for (int i = 0; i < words.size(); i++) {
                Optional<Mention> state = ctx.knownAt(words.get(i)).filter(m -> m.type() == EntityType.COUNTRY
                        || m.type() == EntityType.PLACE || m.type() == EntityType.ORGANIZATION);
                if (state.isEmpty() || doc.utf16(state.get().span().end()) != words.get(i).end() || i + 1 >= words.size()
                        || !words.get(i).possessive() && state.get().kind() != MentionKind.DEMONYM
                        && !words.get(i + 1).isCapitalized() && state.get().type() == EntityType.COUNTRY) {
                    continue; // "Russia's defence ministry", "Russian defence ministry", "U.S. Air Force",
                              // "Gaza's health ministry", "the Gaza health ministry" (see the resolver)
                }
                for (int n = Math.min(cues.longestStateBody(), words.size() - i - 1); n >= 1; n--) {
                    String body = WordContext.join(words, i + 1, i + 1 + n);
                    boolean fits = state.get().type() != EntityType.ORGANIZATION
                            || orgBodies.contains(body.toLowerCase(java.util.Locale.ROOT)); // "Houthi political bureau"
                    if (fits && cues.stateBody(body).isPresent() && !words.get(i + n).possessive()
                            && !ctx.covered(words.get(i + 1))) {
                        int cs = doc.utf16(state.get().span().begin());
                        int ce = words.get(i + n).end();
                        out.add(new Mention(doc.text().substring(cs, ce), EntityType.ORGANIZATION, MentionKind.NAME,
                                Optional.empty(), new Evidence(doc.span(cs, ce), RULE, 0.8)));
                        i += n;
                        break;
                    }
                }
            }
        }
        return List.copyOf(out);
    }
}
