package org.conflictkg.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.conflictkg.extract.Evidence;
import org.conflictkg.extract.Extractor;
import org.conflictkg.lexicon.Lexicon;
import org.conflictkg.lexicon.LexiconEntry;
import org.conflictkg.text.Document;

/**
 * Finds every surface form of every lexicon entry (label, aliases, demonyms) on word boundaries,
 * case-sensitively, keeping the longest match where matches overlap. One-letter forms are skipped.
 */
public final class LexiconMentionExtractor implements Extractor<Document, Mention> {

    private record Form(String text, LexiconEntry entry, MentionKind kind) {
    }

    private final List<Form> forms;

    public LexiconMentionExtractor(Lexicon lexicon) {
        List<Form> f = new ArrayList<>();
        for (LexiconEntry e : lexicon.entries()) {
            f.add(new Form(e.label(), e, MentionKind.NAME));
            e.aliases().forEach(a -> f.add(new Form(a, e, MentionKind.ALIAS)));
            e.demonyms().forEach(d -> f.add(new Form(d, e, MentionKind.DEMONYM)));
        }
        // a one-letter name ("X") is matched only through a longer alias ("platform X"): alone it
        // is a letter in far more texts than it is the platform
        f.removeIf(x -> x.text.codePointCount(0, x.text.length()) < 2);
        f.sort(Comparator.comparingInt((Form x) -> x.text.length()).reversed());
        this.forms = List.copyOf(f);
    }

    @Override
    public List<Mention> extract(Document doc) {
        String text = doc.text();
        boolean[] taken = new boolean[text.length()];
        List<Mention> out = new ArrayList<>();
        for (Form form : forms) {
            int from = 0;
            int i;
            while ((i = text.indexOf(form.text, from)) >= 0) {
                int end = i + form.text.length();
                from = i + 1;
                if (!boundary(text, i - 1) || !boundary(text, end) || anyTaken(taken, i, end)) {
                    continue;
                }
                for (int k = i; k < end; k++) {
                    taken[k] = true;
                }
                out.add(new Mention(form.text, form.entry.type(), form.kind, Optional.of(form.entry.id()),
                        new Evidence(doc.span(i, end), "lexicon-" + form.kind.name().toLowerCase(), 0.95)));
            }
        }
        out.sort(Comparator.comparing(Mention::span));
        return List.copyOf(out);
    }

    private static boolean boundary(String text, int i) {
        return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
    }

    private static boolean anyTaken(boolean[] taken, int from, int to) {
        for (int k = from; k < to; k++) {
            if (taken[k]) {
                return true;
            }
        }
        return false;
    }
}
