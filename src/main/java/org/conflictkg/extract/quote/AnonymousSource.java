package org.conflictkg.extract.quote;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictkg.lexicon.EntityType;

/**
 * An unnamed speaker: "a senior Ukrainian military officer, who asked not to be named, told
 * Reuters", "an official said". A noun phrase opened by an indefinite article and headed by a
 * source noun (a singular group head or a title) speaks for nobody: not for the state of its
 * demonym, and not for whoever is named after the verb. A named person in the same stretch
 * ("an aide, John Smith, said") makes it no anonymous source. Stateless.
 */
final class AnonymousSource {

    /** The indefinite article, then up to five words of the phrase (no punctuation between). */
    private static final Pattern PHRASE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:[Aa]n?|[Oo]ne)((?:\\s+[\\p{L}.\u2019'-]+){1,5})");
    private static final Pattern WORD = Pattern.compile("[\\p{L}.\u2019'-]+");

    private AnonymousSource() {
    }

    /** Whether {@code [from, to)} holds an unnamed source and no named person. */
    static boolean in(ArticleIndex index, int from, int to) {
        if (from < 0 || to <= from) {
            return false;
        }
        String text = index.text();
        Matcher m = PHRASE.matcher(text).region(from, to);
        boolean found = false;
        while (!found && m.find()) {
            Matcher w = WORD.matcher(m.group(1));
            while (w.find()) {
                String word = w.group().toLowerCase(Locale.ROOT);
                if (word.equals("of") || word.equals("for") || word.equals("with")) {
                    break; // "one of the diplomats": what follows the complement is not the head
                }
                if (index.lexicon().isSourceNoun(word)) {
                    found = true;
                    break;
                }
            }
        }
        return found && index.mentionsIn(from, to).stream()
                .noneMatch(x -> x.type() == EntityType.PERSON && x.kind() != org.conflictkg.extract.entity.MentionKind.PRONOUN
                        && x.kind() != org.conflictkg.extract.entity.MentionKind.DESCRIPTION);
    }
}
