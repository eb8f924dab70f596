package org.conflictkg.extract.entity;

import java.util.Arrays;
import java.util.List;
import org.conflictkg.text.Document;

/** Maps each UTF-16 index of a text to the mention covering it (its list index) or -1. */
final class KnownIndex {

    private KnownIndex() {
    }

    static int[] of(Document doc, List<Mention> mentions) {
        int[] at = new int[doc.text().length() + 1];
        Arrays.fill(at, -1);
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            int s = doc.utf16(m.span().begin());
            int e = doc.utf16(m.span().end());
            for (int k = s; k < e; k++) {
                if (at[k] < 0 || mentions.get(at[k]).span().length() < m.span().length()) {
                    at[k] = i; // the longest mention wins where mentions nest
                }
            }
        }
        return at;
    }
}
