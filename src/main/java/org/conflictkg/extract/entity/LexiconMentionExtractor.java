package org.conflictkg.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.conflictkg.extract.Evidence;
import org.conflictkg.extract.Extractor;
import org.conflictkg.lexicon.Lexicon;
import org.conflictkg.lexicon.LexiconEntry;
import org.conflictkg.text.Document;

/**
 * Finds every surface form of every lexicon entry (label, aliases, demonyms) on word boundaries,
 * case-sensitively, left to right, keeping the longest form that starts at a word. Forms are
 * indexed by their first word, so the cost grows with the text, not with the lexicon. One-letter
 * forms are skipped.
 */
public final class LexiconMentionExtractor implements Extractor<Document, Mention> {

    private record Form(String text, LexiconEntry entry, MentionKind kind) {
    }

    /** Forms by their first word, longest first. */
    private final Map<String, List<Form>> byFirstWord;

    public LexiconMentionExtractor(Lexicon lexicon) {
        List<Form> f = new ArrayList<>();
        for (LexiconEntry e : lexicon.entries()) {
            f.add(new Form(e.label(), e, MentionKind.NAME));
            e.aliases().forEach(a -> f.add(new Form(a, e, MentionKind.ALIAS)));
            e.demonyms().forEach(d -> f.add(new Form(d, e, MentionKind.DEMONYM)));
            // "Armenians", "Azerbaijanis": the plural of a demonym in -an or -i names the people too
            e.demonyms().stream().filter(d -> (d.endsWith("an") || d.endsWith("i")) && !e.demonyms().contains(d + "s"))
                    .forEach(d -> f.add(new Form(d + "s", e, MentionKind.DEMONYM)));
        }
        // a one-letter name ("X") is matched only through a longer alias ("platform X"): alone it
        // is a letter in far more texts than it is the platform
        f.removeIf(x -> x.text.codePointCount(0, x.text.length()) < 2);
        f.sort(Comparator.comparingInt((Form x) -> x.text.length()).reversed());
        Map<String, List<Form>> m = new HashMap<>();
        for (Form form : f) {
            m.computeIfAbsent(form.text.substring(0, wordEnd(form.text, 0)), k -> new ArrayList<>()).add(form);
        }
        m.replaceAll((k, v) -> List.copyOf(v));
        this.byFirstWord = Map.copyOf(m);
    }

    @Override
    public List<Mention> extract(Document doc) {
        String text = doc.text();
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetterOrDigit(text.charAt(i)) || !boundary(text, i - 1)) {
                i++;
                continue;
            }
            int we = wordEnd(text, i);
            List<Form> candidates = byFirstWord.get(text.substring(i, we));
            Form hit = null;
            if (candidates != null) {
                for (Form form : candidates) {
                    if (text.startsWith(form.text, i) && boundary(text, i + form.text.length())) {
                        hit = form;
                        break;
                    }
                }
            }
            if (hit == null) {
                i = we;
                continue;
            }
            int end = i + hit.text.length();
            out.add(new Mention(hit.text, hit.entry.type(), hit.kind, Optional.of(hit.entry.id()),
                    new Evidence(doc.span(i, end), "lexicon-" + hit.kind.name().toLowerCase(), 0.95)));
            i = end;
        }
        return List.copyOf(out);
    }

    /** End of the run of letters and digits starting at i (i itself if there is none). */
    private static int wordEnd(String text, int i) {
        while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean boundary(String text, int i) {
        return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
    }
}
