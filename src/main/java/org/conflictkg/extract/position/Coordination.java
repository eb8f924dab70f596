package org.conflictkg.extract.position;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.conflictkg.extract.entity.MentionKind;
import org.conflictkg.extract.quote.ArticleIndex;
import org.conflictkg.resolve.EntityKey;
import org.conflictkg.text.Sentence;

/**
 * "France, Germany and Britain issued a joint statement backing ...": every state or body of a
 * list that is the holder's clause subject holds the same position. Stateless.
 */
final class Coordination {

    private static final Pattern LIST_JOINER = Pattern.compile(",|and|, and|&");

    private Coordination() {
    }

    static List<Finding> of(ArticleIndex index, Sentence s, Finding f) {
        String text = index.text();
        int clause = index.clauseStart(s.start(), f.start());
        List<ArticleIndex.M> ms = index.mentionsIn(clause, f.end()).stream().filter(ArticleIndex.M::isActor).toList();
        int at = -1;
        for (int i = 0; i < ms.size(); i++) {
            if (ms.get(i).key().equals(f.holder()) && ms.get(i).kind() != MentionKind.DEMONYM) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (int dir : new int[] {-1, 1}) {
            for (int i = at; i + dir >= 0 && i + dir < ms.size(); i += dir) {
                ArticleIndex.M a = ms.get(Math.min(i, i + dir));
                ArticleIndex.M b = ms.get(Math.max(i, i + dir));
                String between = text.substring(a.end(), Math.max(a.end(), b.start())).trim();
                if (!LIST_JOINER.matcher(between).matches() || b.type() != a.type()
                        || index.isPossessor(ms.get(i + dir))) {
                    break;
                }
                EntityKey other = ms.get(i + dir).key();
                if (!other.equals(f.holder()) && out.stream().noneMatch(o -> o.holder().equals(other))) {
                    out.add(f.withHolder(other, "-coordinated"));
                }
            }
        }
        return out;
    }
}
