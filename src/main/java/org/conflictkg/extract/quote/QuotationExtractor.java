package org.conflictkg.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictkg.diag.Diagnostic;
import org.conflictkg.extract.Evidence;
import org.conflictkg.extract.Extractor;
import org.conflictkg.resolve.EntityKey;
import org.conflictkg.resolve.ResolvedArticle;
import org.conflictkg.text.CharSpan;
import org.conflictkg.text.Document;

/**
 * Direct quotations and their speakers. Marked quotations come from the {@link QuoteScanner};
 * a paragraph without marks after a line ending in a colon ("Putin's spokesperson delivered this
 * message from the Kremlin:") is a quotation too. The speaker is found, in this order, by a speech
 * verb after the quote ("“…,” Putin stated", "“…,” remarked Alex Plitsas"), by one before it
 * ("Zelenskiy noted, “…”", "voiced a stark warning: … “World War Three”"), and else by the
 * previous quotation when the quote goes on in the same or the next paragraph. Short unattributed
 * quotes (scare quotes, titles) are not quotations. Stateless and thread-safe.
 */
public final class QuotationExtractor implements Extractor<ResolvedArticle, Quotation> {

    /** Quotations of an article with the problems met on the way. */
    public record Result(List<Quotation> quotations, List<Diagnostic> diagnostics) {
    }

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she");
    private static final Set<String> COORDINATORS = Set.of("and", "but", "or", "then", "and then");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019-]*");
    /** Quotes of fewer words are kept only when attributed: otherwise they are scare quotes. */
    private static final int MIN_UNATTRIBUTED_WORDS = 4;
    /** How many words after a quote may separate it from its speech verb ("," the Foreign Ministry in X said). */
    private static final int AFTER_WINDOW_WORDS = 8;

    private final SpeechLexicon lexicon;
    private final QuoteScanner scanner = new QuoteScanner();

    public QuotationExtractor(SpeechLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public List<Quotation> extract(ResolvedArticle article) {
        return analyse(article).quotations();
    }

    public Result analyse(ResolvedArticle article) {
        Document doc = article.document();
        String text = doc.text();
        ArticleIndex index = new ArticleIndex(article, lexicon);
        QuoteScanner.Scan scan = scanner.scan(doc);
        List<QuoteScanner.Raw> raws = new ArrayList<>(scan.quotes());
        raws.addAll(standalone(text, index));
        raws.sort((a, b) -> Integer.compare(a.start(), b.start()));

        List<Quotation> out = new ArrayList<>();
        Attribution previous = null;
        QuoteScanner.Raw previousRaw = null;
        List<Integer> chain = new ArrayList<>(); // indices in out of the parts of one quotation
        for (int q = 0; q < raws.size(); q++) {
            QuoteScanner.Raw raw = raws.get(q);
            int nextStart = q + 1 < raws.size() ? raws.get(q + 1).start() - 1 : text.length();
            int prevEnd = previousRaw == null ? 0 : previousRaw.end() + 1;
            boolean inherits = raw.continuation() && previous != null && previous.speaker.isPresent();
            Optional<Attribution> found = inherits ? Optional.empty() : raw.continuation()
                    ? after(index, raw, nextStart)
                    : after(index, raw, nextStart).or(() -> before(index, raw, prevEnd));
            if (!raw.continuation()) {
                chain.clear();
            } else if (found.isPresent()) {
                // "“Part one. “Part two,” she said.": the later part names the speaker of the earlier
                for (int i : chain) {
                    Quotation earlier = out.get(i);
                    out.set(i, new Quotation(found.get().speaker, earlier.cue(), new Evidence(earlier.evidence().span(),
                            "quote-attributed-by-later-part", 0.75)));
                }
            }
            String rule;
            Attribution attribution;
            if (found.isPresent()) {
                attribution = found.get();
                rule = raw.introduced() ? "quote-colon-introduced" : attribution.rule;
            } else if (raw.introduced()) {
                continue; // "The plan includes:" and a list: no speaker, no quotation
            } else if (previous != null && continues(text, previousRaw, raw)) {
                attribution = new Attribution(previous.speaker, Optional.empty(), "quote-continues-previous");
                rule = attribution.rule;
            } else {
                attribution = new Attribution(Optional.empty(), Optional.empty(), "quote-unattributed");
                rule = attribution.rule;
                if (words(text, raw.start(), raw.end()) < MIN_UNATTRIBUTED_WORDS) {
                    continue;
                }
            }
            double confidence = attribution.speaker.isPresent() ? 0.85 : 0.6;
            chain.add(out.size());
            out.add(new Quotation(attribution.speaker, attribution.cue.map(c -> doc.span(c[0], c[1])),
                    new Evidence(doc.span(raw.start(), raw.end()), rule, confidence)));
            previous = attribution;
            previousRaw = raw;
        }
        return new Result(List.copyOf(out), scan.diagnostics());
    }

    private record Attribution(Optional<EntityKey> speaker, Optional<int[]> cue, String rule) {
    }

    /** "“…,” Putin stated", "“…,” he said", "“…,” remarked Alex Plitsas, an expert with …". */
    private Optional<Attribution> after(ArticleIndex index, QuoteScanner.Raw raw, int limit) {
        String text = index.text();
        int from = Math.min(raw.end() + 1, raw.paragraphEnd());
        int to = Math.max(from, Math.min(limit, raw.paragraphEnd()));
        char last = text.charAt(raw.end() - 1);
        if (last == '.' || (last == '!' || last == '?') && !startsLowerCase(text, from, to)) {
            return Optional.empty(); // the quoted sentence ended: what follows is a new sentence
        }
        int stop = sentenceEnd(text, from, to);
        Matcher w = WORD.matcher(text).region(from, stop);
        if (w.find() && COORDINATORS.contains(w.group().toLowerCase(Locale.ROOT))) {
            return Optional.empty(); // "X called it “…” and said": the verb after shares the subject before
        }
        w.region(from, stop);
        int n = 0;
        while (w.find() && n++ < AFTER_WINDOW_WORDS) {
            if (!lexicon.isSpeechVerb(w.group())) {
                continue;
            }
            if (lexicon.speechCue(w.group()).orElseThrow() == SpeechLexicon.Kind.PARTICIPLE
                    && !hasLetter(text, from, w.start())) {
                return Optional.empty(); // "X welcomed “…”, saying …": the participle's subject is before the quote
            }
            if (AnonymousSource.in(index, from, w.start())) {
                return Optional.of(new Attribution(Optional.empty(), Optional.of(trimCue(text, new int[] {from, w.end()})),
                        "quote-anonymous-source"));
            }
            Optional<EntityKey> speaker = index.subject(from, w.start());
            int[] cue = {from, w.end()};
            if (speaker.isEmpty()) {
                speaker = index.agentAfter(w.end(), stop);
                cue = new int[] {w.start(), agentEnd(index, w.end(), stop)};
            }
            if (speaker.isPresent()) {
                return Optional.of(new Attribution(speaker, Optional.of(trimCue(text, cue)), "quote-speech-verb-after"));
            }
        }
        return Optional.empty();
    }

    /** "Zelenskiy noted, “…”", "Biden told reporters Tuesday: “…”", "voiced a stark warning: … “…”". */
    private Optional<Attribution> before(ArticleIndex index, QuoteScanner.Raw raw, int prevEnd) {
        String text = index.text();
        int to = Math.max(raw.paragraphStart(), raw.start() - 1);
        int from = Math.max(Math.max(raw.paragraphStart(), prevEnd), sentenceStart(text, raw.paragraphStart(), to));
        if (from >= to) {
            return Optional.empty();
        }
        Optional<Attribution> here = cueBefore(index, from, to, "quote-speech-verb-before");
        if (here.isPresent() || raw.introduced()) {
            return here;
        }
        // "She added that progress had been made. "The average woman …": the sentence before
        // the quote, in the same paragraph, reports the speaker
        int prevFrom = Math.max(Math.max(raw.paragraphStart(), prevEnd), sentenceStart(text, raw.paragraphStart(),
                Math.max(raw.paragraphStart(), from - 1)));
        if (text.substring(from, to).isBlank() && prevFrom < from && !text.substring(prevFrom, from).contains("\u201D")
                && text.substring(prevFrom, from).indexOf('"') < 0) {
            return cueBefore(index, prevFrom, from, "quote-speaker-of-previous-sentence");
        }
        return Optional.empty();
    }

    private Optional<Attribution> cueBefore(ArticleIndex index, int from, int to, String rule) {
        String text = index.text();
        if (from >= to) {
            return Optional.empty();
        }
        Matcher w = WORD.matcher(text).region(from, to);
        int cueStart = -1;
        int cueEnd = -1;
        while (w.find()) {
            if (lexicon.speechCue(w.group()).isPresent()) {
                cueStart = w.start();
                cueEnd = w.end();
            }
        }
        if (cueStart < 0) {
            return Optional.empty();
        }
        int clause = index.clauseStart(from, cueStart);
        if (AnonymousSource.in(index, clause, cueStart)) {
            return Optional.of(new Attribution(Optional.empty(), Optional.of(trimCue(text, new int[] {clause, cueEnd})),
                    "quote-anonymous-source"));
        }
        final int verbAt = cueStart;
        Optional<EntityKey> speaker = pronounRightBefore(index, verbAt).or(() -> index.subject(clause, verbAt));
        if (speaker.isEmpty() && COORDINATORS.contains(text.substring(clause, cueStart).trim().toLowerCase(Locale.ROOT))) {
            // "Blumenthal called the vote “…” and said …": the sentence's subject speaks
            int sentence = sentenceStart(text, text.lastIndexOf('\n', Math.max(0, from - 1)) + 1, from);
            speaker = index.subject(sentence, cueStart);
        }
        if (speaker.isEmpty()) {
            speaker = index.agentAfter(cueEnd, to);
        }
        int[] cue = trimCue(text, new int[] {clause, cueEnd});
        return speaker.map(s -> new Attribution(Optional.of(s), Optional.of(cue), rule));
    }

    /**
     * "for what he called “…”": a subject pronoun right before the speech verb is its subject,
     * whoever else the clause names first.
     */
    private static Optional<EntityKey> pronounRightBefore(ArticleIndex index, int verb) {
        String text = index.text();
        int e = verb;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        int b = e;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        String word = text.substring(b, e);
        if (!SUBJECT_PRONOUNS.contains(word) || b > 0 && Character.isLetterOrDigit(text.charAt(b - 1))) {
            return Optional.empty();
        }
        return index.mentionAt(b).filter(ArticleIndex.M::isActor).map(ArticleIndex.M::key);
    }

    private static boolean hasLetter(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The quote goes on: same paragraph, or the next paragraph opening with the quotation. */
    private static boolean continues(String text, QuoteScanner.Raw prev, QuoteScanner.Raw cur) {
        if (prev == null) {
            return false;
        }
        if (prev.paragraphStart() == cur.paragraphStart()) {
            return true;
        }
        boolean opensParagraph = cur.start() - cur.paragraphStart() <= 1;
        String between = text.substring(prev.paragraphEnd(), cur.paragraphStart());
        return opensParagraph && between.isBlank();
    }

    /**
     * Paragraphs without marks standing after a line that ends in a colon and names a speaker:
     * the whole paragraph is the quotation. A heading (few words, mostly capitalised) is not.
     */
    private List<QuoteScanner.Raw> standalone(String text, ArticleIndex index) {
        List<QuoteScanner.Raw> out = new ArrayList<>();
        List<int[]> paragraphs = QuoteScanner.paragraphs(text);
        for (int p = 0; p + 1 < paragraphs.size(); p++) {
            int[] intro = paragraphs.get(p);
            int[] body = paragraphs.get(p + 1);
            if (text.charAt(intro[1] - 1) != ':' || hasMarks(text, body[0], body[1]) || looksLikeHeading(text, body)) {
                continue;
            }
            if (body[1] - body[0] > QuoteScanner.MAX_LENGTH) {
                continue;
            }
            out.add(new QuoteScanner.Raw(body[0], body[1], intro[0], body[1], false, true));
        }
        return out;
    }

    private static boolean hasMarks(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB') {
                return true;
            }
        }
        return false;
    }

    private static boolean looksLikeHeading(String text, int[] para) {
        Matcher w = WORD.matcher(text).region(para[0], para[1]);
        int words = 0;
        int capitalised = 0;
        while (w.find()) {
            words++;
            if (Character.isUpperCase(w.group().charAt(0))) {
                capitalised++;
            }
        }
        return words < 6 || capitalised * 2 > words;
    }

    /** Where the attribution after a quote ends: the first sentence-ending mark outside the quote. */
    private static int sentenceEnd(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && (i + 1 >= to || Character.isWhitespace(text.charAt(i + 1)))
                    && !(i > 0 && Character.isUpperCase(text.charAt(i - 1)) && (i < 2 || !Character.isLetter(text.charAt(i - 2))))) {
                return i;
            }
            if (c == '\u201C' || c == '"') {
                return i;
            }
        }
        return to;
    }

    /** Where the sentence holding the text before a quote starts: after the last terminal mark. */
    private static int sentenceStart(String text, int floor, int pos) {
        for (int i = pos - 1; i > floor; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1))
                    && !(Character.isUpperCase(text.charAt(i - 1)) && (i < 2 || !Character.isLetter(text.charAt(i - 2))))) {
                return i + 1;
            }
        }
        return floor;
    }

    private static boolean startsLowerCase(String text, int from, int to) {
        int i = from;
        while (i < to && !Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i < to && Character.isLowerCase(text.charAt(i));
    }

    private static int agentEnd(ArticleIndex index, int from, int to) {
        int comma = index.text().indexOf(',', from);
        return comma > 0 && comma < to ? comma : to;
    }

    private static int[] trimCue(String text, int[] cue) {
        int s = cue[0];
        int e = cue[1];
        while (s < e && !Character.isLetterOrDigit(text.charAt(s))) {
            s++;
        }
        while (e > s && !Character.isLetterOrDigit(text.charAt(e - 1))) {
            e--;
        }
        return new int[] {s, Math.max(s, e)};
    }

    private static int words(String text, int from, int to) {
        Matcher w = WORD.matcher(text).region(from, to);
        int n = 0;
        while (w.find()) {
            n++;
        }
        return n;
    }
}
