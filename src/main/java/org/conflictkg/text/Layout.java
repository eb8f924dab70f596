package org.conflictkg.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What each paragraph of an article is: its headline, a section heading, story text, a byline, or
 * furniture around the story (teasers, cookie banners, contact lines). Extractors look for actors
 * in the story only; furniture and bylines must not produce actors. Also knows which stretches of
 * text lie inside double quotation marks. Paragraph indices are those of {@link Sentence#paragraph()}
 * (one per non-blank line). Immutable.
 */
public final class Layout {

    /** The kind of a paragraph. */
    public enum Kind { HEADLINE, HEADING, BODY, BYLINE, FURNITURE }

    /** A paragraph: its index, UTF-16 range {@code [start, end)} (trimmed) and kind. */
    public record Paragraph(int index, int start, int end, Kind kind) {
    }

    /** A cue that marks a paragraph as furniture or byline, at its start (prefix) or anywhere. */
    public record Cue(String text, boolean byline, boolean prefix) {
    }

    private static final Pattern CONTACT = Pattern.compile("\\S+@\\S+\\.\\S+|(https?://|www\\.)\\S+");
    private static final int MAX_HEADING_WORDS = 14;
    private static final java.util.Set<String> LIST_WORDS = java.util.Set.of(
            "and", "in", "by", "from", "with", "reporting", "editing", "writing", "additional", "the");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final List<Paragraph> paragraphs;
    /** Sorted, disjoint UTF-16 ranges [start, end) inside double quotation marks. */
    private final int[] quoted;

    private Layout(List<Paragraph> paragraphs, int[] quoted) {
        this.paragraphs = List.copyOf(paragraphs);
        this.quoted = quoted;
    }

    /** Classifies the paragraphs of a document with the given cues (longest first). */
    public static Layout of(Document doc, List<Cue> cues) {
        String text = doc.text();
        List<Paragraph> out = new ArrayList<>();
        List<Integer> quotes = new ArrayList<>();
        boolean afterByline = false;
        List<String> lowerCues = cues.stream().map(c -> c.text().toLowerCase(Locale.ROOT)).toList();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            int s = lineStart;
            int e = lineEnd;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                String p = text.substring(s, e);
                boolean afterHeadline = out.size() == 1 && out.get(0).kind() == Kind.HEADLINE;
                Kind kind = classify(p, out.isEmpty(), afterHeadline, afterByline, cues, lowerCues);
                afterByline |= kind == Kind.BYLINE;
                out.add(new Paragraph(out.size(), s, e, kind));
                quoteRanges(text, s, e, quotes);
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return new Layout(out, quotes.stream().mapToInt(Integer::intValue).toArray());
    }

    private static Kind classify(String paragraph, boolean first, boolean afterHeadline, boolean afterByline,
                                 List<Cue> cues, List<String> lowerCues) {
        // wire credits come in parentheses: "(Reporting by ...; Editing by ...)"
        String p = paragraph.startsWith("(") && paragraph.endsWith(")") ? paragraph.substring(1, paragraph.length() - 1) : paragraph;
        String lower = p.toLowerCase(Locale.ROOT);
        for (int i = 0; i < cues.size(); i++) {
            Cue c = cues.get(i);
            String cue = lowerCues.get(i);
            boolean hit = c.prefix() ? lower.startsWith(cue) && (lower.length() == cue.length()
                    || !Character.isLetter(lower.charAt(cue.length()))) : lower.contains(cue);
            if (hit && !c.byline()) {
                return Kind.FURNITURE;
            }
            if (hit && looksLikeNameList(p.substring(cue.length()))) {
                return Kind.BYLINE;
            }
        }
        if (p.indexOf(' ') < 0 && CONTACT.matcher(p).matches()) {
            return Kind.FURNITURE;
        }
        boolean unpunctuated = !endsLikeSentence(p);
        if (!unpunctuated) {
            return Kind.BODY; // every other kind below is unpunctuated
        }
        String[] words = SPACES.split(p);
        if (afterByline && unpunctuated && words.length <= 6) {
            return Kind.FURNITURE; // outlet trailers after the credits ("Agency international-Monitoring")
        }
        if (unpunctuated && (first || afterHeadline) && words.length <= 2 * MAX_HEADING_WORDS) {
            return Kind.HEADLINE; // wire headlines and sub-headlines are often in sentence case
        }
        if (unpunctuated && words.length <= MAX_HEADING_WORDS && titleCased(words)) {
            return Kind.HEADING;
        }
        return Kind.BODY;
    }

    private static boolean endsLikeSentence(String p) {
        int i = p.length() - 1;
        while (i > 0 && "\"'\u201D\u2019\u00BB)".indexOf(p.charAt(i)) >= 0) {
            i--;
        }
        char c = p.charAt(i);
        return c == '.' || c == ':' || c == ',' || c == ';';
    }

    /** Most longer words capitalised, as in headline style ("Putin Warns Of NATO Involvement Risks"). */
    private static boolean titleCased(String[] words) {
        int longer = 0;
        int capital = 0;
        for (String w : words) {
            int i = 0;
            while (i < w.length() && !Character.isLetterOrDigit(w.charAt(i))) {
                i++;
            }
            if (w.length() - i > 3) {
                longer++;
                capital += Character.isUpperCase(w.charAt(i)) ? 1 : 0;
            }
        }
        return longer > 0 && capital * 10 >= longer * 7;
    }

    /** "Mike Stone and Humeyra Pamuk in Washington; Editing by ...": capitalised names and links. */
    private static boolean looksLikeNameList(String rest) {
        int names = 0;
        for (String w : rest.split("[\\s,;:|]+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (Character.isUpperCase(w.codePointAt(0))) {
                names++;
            } else if (!LIST_WORDS.contains(w)) {
                return false;
            }
        }
        return names > 0;
    }

    private static void quoteRanges(String text, int s, int e, List<Integer> out) {
        int open = -1;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (open < 0 && (c == '\u201C' || c == '"' || c == '\u00AB')) {
                open = i + 1;
            } else if (open >= 0 && (c == '\u201D' || c == '"' || c == '\u00BB')) {
                out.add(open);
                out.add(i);
                open = -1;
            }
        }
        if (open >= 0) {
            out.add(open);
            out.add(e); // a quotation running on into the next paragraph
        }
    }

    public List<Paragraph> paragraphs() {
        return paragraphs;
    }

    /** The paragraph containing a UTF-16 offset, if it lies in one. */
    public java.util.Optional<Paragraph> paragraphAt(int utf16) {
        int lo = 0;
        int hi = paragraphs.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Paragraph p = paragraphs.get(mid);
            if (utf16 < p.start()) {
                hi = mid - 1;
            } else if (utf16 >= p.end()) {
                lo = mid + 1;
            } else {
                return java.util.Optional.of(p);
            }
        }
        return java.util.Optional.empty();
    }

    /** The kind of the paragraph containing a UTF-16 offset (BODY outside any paragraph). */
    public Kind kindAt(int utf16) {
        return paragraphAt(utf16).map(Paragraph::kind).orElse(Kind.BODY);
    }

    /**
     * Whether a UTF-16 offset lies in the story proper, headline or body: where names, roles and
     * groups are looked for (section headings, bylines and furniture are not).
     */
    public boolean isStory(int utf16) {
        Kind k = kindAt(utf16);
        return k == Kind.BODY || k == Kind.HEADLINE;
    }

    /** Whether a UTF-16 offset lies in a byline or in furniture: no actor comes from there. */
    public boolean isFurnitureOrByline(int utf16) {
        Kind k = kindAt(utf16);
        return k == Kind.FURNITURE || k == Kind.BYLINE;
    }

    /** Whether a UTF-16 offset lies inside double quotation marks. */
    public boolean insideQuotes(int utf16) {
        for (int i = 0; i + 1 < quoted.length; i += 2) {
            if (utf16 < quoted[i]) {
                return false;
            }
            if (utf16 < quoted[i + 1]) {
                return true;
            }
        }
        return false;
    }
}
