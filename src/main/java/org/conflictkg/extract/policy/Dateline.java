package org.conflictkg.extract.policy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictkg.text.Sentence;

/**
 * A wire dateline opening a sentence ("WASHINGTON, Aug 8 (Reuters) - "): the agency named in it
 * reports the story; it neither decides nor takes a stance, so deciders and holders are looked
 * for after it. Stateless.
 */
public final class Dateline {

    private static final Pattern DATELINE = Pattern.compile(
            "\\G\\p{Lu}[^\\n()]{0,60}\\([^()\\n]{2,30}\\)\\s*[-\u2013\u2014]+\\s+");

    private Dateline() {
    }

    /** Where the sentence's own words start: after its dateline, or at its start when it has none. */
    public static int end(String text, Sentence s) {
        Matcher m = DATELINE.matcher(text).region(s.start(), s.end());
        return m.find() ? m.end() : s.start();
    }
}
