package org.conflictkg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 * Anonymous and collective sources ("two U.S. officials", "Russian officials", "sources familiar
 * with the matter", "an insider familiar with the decision"): Group mentions, so a position or a
 * quote can be held by them without inventing a person. The mention covers the modifiers, the
 * head noun and a "familiar with ..." tail; names and demonyms inside keep their own mentions.
 * Stateless.
 */
public final class GroupMentionExtractor implements Extractor<MentionInput, Mention> {

    /** Heads that make a group even without a modifier ("officials said"). */
    private static final Set<String> BARE_HEADS = Set.of("officials", "sources", "diplomats", "insiders", "insider");

    private final Cues cues;

    public GroupMentionExtractor(Cues cues) {
        this.cues = cues;
    }

    @Override
    public List<Mention> extract(MentionInput in) {
        Document doc = in.document();
        WordContext ctx = new WordContext(cues, in.known(), KnownIndex.of(doc, in.known()), List.of());
        List<Mention> out = new ArrayList<>();
        for (Sentence s : in.sentences()) {
            if (!in.layout().isStory(s.start())) {
                continue;
            }
            List<Word> words = Words.of(s);
            for (int h = 0; h < words.size(); h++) {
                Word head = words.get(h);
                if (!cues.isGroupHead(head.text()) || head.possessive() || ctx.covered(head)) {
                    continue;
                }
                int first = h;
                boolean named = false;
                while (first > 0) {
                    Word w = words.get(first - 1);
                    boolean modifier = cues.isGroupModifier(w.text()) || ctx.knownAt(w).isPresent()
                            && ctx.knownAt(w).get().type() != EntityType.PERSON;
                    if (!modifier || w.possessive() && ctx.knownAt(w).isEmpty()) {
                        break;
                    }
                    named |= ctx.knownAt(w).isPresent() || !w.text().equals("a") && !w.text().equals("an");
                    first--;
                }
                int end = familiarTail(words, h + 1);
                boolean singular = !head.text().endsWith("s") && !head.text().equals("people");
                boolean qualified = singular ? named || end > h + 1 : first < h || end > h + 1;
                if (!qualified && !BARE_HEADS.contains(head.text()) || singular && !qualified) {
                    continue;
                }
                int cs = words.get(first).start();
                int ce = words.get(end - 1).end();
                out.add(new Mention(doc.text().substring(cs, ce), EntityType.GROUP, MentionKind.NAME, Optional.empty(),
                        new Evidence(doc.span(cs, ce), "group-source", 0.7)));
                h = end - 1;
            }
        }
        return List.copyOf(out);
    }

    /** "familiar with the matter": up to four words after "familiar with", or none. */
    private static int familiarTail(List<Word> words, int k) {
        if (k + 1 < words.size() && words.get(k).text().equals("familiar") && words.get(k + 1).text().equals("with")) {
            int e = k + 2;
            while (e < words.size() && e < k + 6 && words.get(e).isWord()) {
                e++;
                if (!words.get(e - 1).text().matches("the|a|an|his|her|their|its|this|that")) {
                    break;
                }
            }
            return e;
        }
        return k;
    }
}
