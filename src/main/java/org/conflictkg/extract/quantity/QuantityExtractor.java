package org.conflictkg.extract.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.conflictkg.extract.Evidence;
import org.conflictkg.extract.Extractor;
import org.conflictkg.extract.entity.MentionKind;
import org.conflictkg.lexicon.EntityType;
import org.conflictkg.resolve.EntityKey;
import org.conflictkg.resolve.EntityMention;
import org.conflictkg.resolve.ResolvedArticle;
import org.conflictkg.text.CharSpan;
import org.conflictkg.text.Document;
import org.conflictkg.text.Sentence;

/**
 * Numbers with units from {@code units.tsv}: measures ("306 kilometers", "an 800-mile zone",
 * "a 20-year moratorium"), counts after up to three modifiers ("more than 10,000 North Korean
 * troops"), money ("$64 billion" is 6.4e10 USD), percentages ("20%") and number words ("two
 * months"). A number without a unit (a year, a date) is no quantity. The quantity is about the
 * entity in its modifiers ("North Korean troops"), else the weapon before a distance, else the
 * first actor of the sentence, else the next one. Stateless and thread-safe.
 */
public final class QuantityExtractor implements Extractor<ResolvedArticle, Quantity> {

    /** Thousands with commas ("10,000"), read as one number. */
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d");
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "in", "on", "at", "to",
            "for", "and", "or", "but", "by", "with", "from", "as", "that", "this", "these", "those", "its",
            "their", "his", "her", "our", "is", "are", "was", "were", "be", "have", "has", "had", "than", "per");
    private static final int MAX_MODIFIERS = 3;
    /** How far a count noun may stand from its number when a long capitalised name sits between. */
    private static final int MAX_NAME_TOKENS = 12;

    /** A token and its lower-case form, computed once for the many unit look-ups. */
    record Tok(String text, int start, int end, String lower) {
    }

    private final Units units;

    public QuantityExtractor(Units units) {
        this.units = units;
    }

    @Override
    public List<Quantity> extract(ResolvedArticle article) {
        List<Quantity> out = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            List<Tok> toks = tokens(article.document().text(), s.start(), s.end());
            Optional<Quantity> counted = Optional.empty();
            for (int i = 0; i < toks.size(); i++) {
                if (!mayStartQuantity(toks.get(i))) {
                    continue;
                }
                Optional<Quantity> q = read(article, s, toks, i);
                if (q.isEmpty() && counted.isPresent()) {
                    q = elliptical(article, toks, i, counted.get());
                }
                if (q.isPresent()) {
                    out.add(q.get());
                    if (isCount(q.get().unit())) {
                        counted = q;
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    private boolean isCount(String unit) {
        return units.countUnits().contains(unit);
    }

    /**
     * "82 votes in favour and 15 against", "28,500 troops in South Korea and some 54,000 in
     * Japan": a bare number joined by "and" to a count of the same sentence counts the same thing.
     */
    private Optional<Quantity> elliptical(ResolvedArticle article, List<Tok> toks, int i, Quantity counted) {
        Tok t = toks.get(i);
        if (!Character.isDigit(t.text.charAt(0)) || t.text.matches("(1[89]|20)\\d\\d") || isDesignation(toks, i)) {
            return Optional.empty();
        }
        int first = qualifierStart(toks, i);
        if (first == 0 || !toks.get(first - 1).lower().equals("and")
                || i + 1 < toks.size() && units.word(toks.get(i + 1).text).isPresent()) {
            return Optional.empty();
        }
        OptionalDouble n = number(t);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        CharSpan span = article.document().span(toks.get(first).start, t.end);
        return Optional.of(new Quantity(n.value, counted.unit(), counted.about(),
                new Evidence(span, "quantity-elliptical-count", 0.7)));
    }

    /** "a week", "an hour", "a million": the indefinite article as the number one. */
    private static boolean isIndefinite(Tok t) {
        return t.text.equals("a") || t.text.equals("an");
    }

    /** Digits, a currency sign or a number word: the only tokens worth a closer look. */
    private boolean mayStartQuantity(Tok t) {
        char c = t.text.charAt(0);
        if (Character.isDigit(c)) {
            return true;
        }
        if (Character.isLetter(c) && (t.text.length() < 3 || t.text.length() > 8)) {
            return t.text.equals("US$") || isIndefinite(t);
        }
        return units.lowered(t.lower).map(w -> w.kind() == Units.Kind.NUMBER || w.kind() == Units.Kind.CURRENCY_PREFIX)
                .orElse(false);
    }

    private Optional<Quantity> read(ResolvedArticle article, Sentence s, List<Tok> toks, int i) {
        Tok t = toks.get(i);
        int first = i;
        Optional<Units.Word> currency = units.lowered(t.lower, Units.Kind.CURRENCY_PREFIX);
        if (currency.isPresent()) {
            i++;
            if (i >= toks.size()) {
                return Optional.empty();
            }
        } else if (i > 0 && units.lowered(toks.get(i - 1).lower, Units.Kind.CURRENCY_PREFIX).isPresent()) {
            return Optional.empty(); // read with its currency sign
        }
        OptionalDouble number = number(toks.get(i));
        if (number.isEmpty() || isDesignation(toks, i)) {
            return Optional.empty();
        }
        double value = number.value;
        int last = i;
        boolean scaled = false;
        if (last + 1 < toks.size()) {
            Optional<Units.Word> scale = units.lowered(toks.get(last + 1).lower, Units.Kind.SCALE);
            if (scale.isPresent()) {
                value *= scale.get().factor();
                last++;
                scaled = true;
            }
        }
        if (isIndefinite(toks.get(i)) && !scaled && (i + 1 >= toks.size()
                || units.lowered(toks.get(i + 1).lower, Units.Kind.MEASURE).isEmpty())) {
            return Optional.empty(); // "a" is one only before a unit of measure ("a week") or a scale
        }
        String unit;
        int aboutFrom = -1;
        int aboutTo = -1;
        if (currency.isPresent()) {
            unit = currency.get().unit().orElseThrow();
        } else {
            Optional<Unit> u = unitAfter(toks, last + 1, m -> Character.isUpperCase(m.text.charAt(0))
                    && m.text.endsWith("s") && demonymAt(article, m));
            boolean yearLike = YEAR.matcher(toks.get(last).text).matches();
            if (u.isPresent() && yearLike && u.get().index != last + 1) {
                return Optional.empty(); // "in 2003 said people": a year, not a count
            }
            if (u.isEmpty()) {
                return Optional.empty();
            }
            unit = u.get().word.unit().orElseThrow();
            value *= u.get().word.factor();
            aboutFrom = toks.get(last).end;
            aboutTo = toks.get(u.get().index).start;
            last = u.get().index;
        }
        first = qualifierStart(toks, first);
        Document doc = article.document();
        int start = toks.get(first).start;
        int end = toks.get(last).end;
        CharSpan span = doc.span(start, end);
        Optional<EntityKey> about = about(article, s, span, aboutFrom, aboutTo, unit);
        return Optional.of(new Quantity(value, unit, about, new Evidence(span,
                currency.isPresent() ? "quantity-money" : "quantity-unit", 0.9)));
    }

    private record Unit(Units.Word word, int index) {
    }

    /** The unit after a number: "%", "-mile", "kilometers", "per cent", or modifiers and a count noun. */
    private Optional<Unit> unitAfter(List<Tok> toks, int i, java.util.function.Predicate<Tok> plural) {
        if (i >= toks.size()) {
            return Optional.empty();
        }
        if (i + 2 < toks.size() && toks.get(i + 1).text.equals("-")) {
            Optional<Units.Word> joined = units.word(toks.get(i).text + "-" + toks.get(i + 2).text, Units.Kind.COUNT);
            if (joined.isPresent()) {
                return Optional.of(new Unit(joined.get(), i + 2)); // "84 co-sponsors"
            }
        }
        if (toks.get(i).text.equals("-") && i + 1 < toks.size()) {
            // "20-year", and the singular of a count noun: "a 17-article treaty"
            return units.word(toks.get(i + 1).text, Units.Kind.MEASURE)
                    .or(() -> units.word(toks.get(i + 1).text + "s", Units.Kind.COUNT)).map(w -> new Unit(w, i + 1));
        }
        if (i + 1 < toks.size()) {
            Optional<Units.Word> two = units.word(toks.get(i).text + " " + toks.get(i + 1).text);
            if (two.isPresent() && two.get().unit().isPresent()) {
                return Optional.of(new Unit(two.get(), i + 1));
            }
        }
        Optional<Units.Word> w = units.lowered(toks.get(i).lower).filter(x -> x.unit().isPresent());
        if (w.isPresent()) {
            return Optional.of(new Unit(w.get(), i));
        }
        int modifiers = 0;
        for (int k = i; k < toks.size() && modifiers <= MAX_MODIFIERS && k < i + MAX_NAME_TOKENS; k++) {
            Tok m = toks.get(k);
            Optional<Units.Word> count = units.word(m.text, Units.Kind.COUNT);
            if (count.isEmpty() && k > i && plural.test(m)) {
                count = units.word("people", Units.Kind.COUNT); // "100,000 ethnic Armenians"
            }
            if (count.isPresent() && k > i) {
                return Optional.of(new Unit(count.get(), k));
            }
            if (joined(toks, k)) {
                continue; // "air-defence", "IRIS-T", "PAC-3": one modifier written with hyphens
            }
            if (Character.isDigit(m.text.charAt(0)) && k + 1 < toks.size()
                    && units.word(toks.get(k + 1).text, Units.Kind.MEASURE).isPresent()) {
                k++; // "six 76 mm naval guns": the calibre is a modifier of the count
                modifiers++;
                continue;
            }
            boolean beforeNoun = k + 1 < toks.size() && units.word(toks.get(k + 1).text, Units.Kind.COUNT).isPresent();
            // a lower-case word inside the modifiers only right before the noun: "U.S. defence companies"
            if (!isModifier(m, k == i) && !(beforeNoun && k > i && isModifier(m, true))) {
                break;
            }
            if (!(Character.isUpperCase(m.text.charAt(0)) && k > i && Character.isUpperCase(toks.get(k - 1).text.charAt(0)))) {
                modifiers++; // a capitalised name ("National Advanced Surface-to-Air Missile System") is one modifier
            }
        }
        return ofShare(toks, i, plural);
    }

    /** "about 240 of the chamber's 400 seats": a part of a counted whole counts the same thing. */
    private Optional<Unit> ofShare(List<Tok> toks, int i, java.util.function.Predicate<Tok> plural) {
        if (i + 1 >= toks.size() || !toks.get(i).lower().equals("of")) {
            return Optional.empty();
        }
        for (int k = i + 1; k < Math.min(toks.size() - 1, i + 5); k++) {
            if (Character.isDigit(toks.get(k).text.charAt(0))) {
                Optional<Unit> whole = unitAfter(toks, k + 1, plural);
                return whole.filter(u -> units.countUnits().contains(u.word.unit().orElse("")));
            }
        }
        return Optional.empty();
    }

    /** A hyphen written between two words without spaces, or a word right before or after one. */
    private static boolean joined(List<Tok> toks, int k) {
        Tok t = toks.get(k);
        boolean before = k + 2 < toks.size() && toks.get(k + 1).text.equals("-") && toks.get(k + 1).start == t.end
                && toks.get(k + 2).start == toks.get(k + 1).end;
        boolean dash = t.text.equals("-") && k > 0 && k + 1 < toks.size() && toks.get(k - 1).end == t.start
                && toks.get(k + 1).start == t.end;
        return before || dash;
    }

    /** A plural demonym ("Armenians"): a count of people. */
    private static boolean demonymAt(ResolvedArticle article, Tok t) {
        return article.mentionsWithin(article.document().span(t.start, t.end)).stream()
                .anyMatch(m -> m.mention().kind() == MentionKind.DEMONYM);
    }

    /** "Leopard 2", "Su 27", "PAC-3": a short number right after a name is part of a model's name. */
    private static boolean isDesignation(List<Tok> toks, int i) {
        Tok t = toks.get(i);
        if (i > 1 && toks.get(i - 1).text.equals("-") && toks.get(i - 1).end == t.start
                && toks.get(i - 2).end == toks.get(i - 1).start && Character.isLetter(toks.get(i - 2).text.charAt(0))) {
            return true;
        }
        return i > 1 && t.text.length() <= 2 && Character.isDigit(t.text.charAt(0))
                && Character.isUpperCase(toks.get(i - 1).text.charAt(0)) && Character.isLetter(toks.get(i - 1).text.charAt(0));
    }

    /** "North Korean", "Ukrainian", "additional", "Leopard 2": a modifier between a number and a count noun. */
    private boolean isModifier(Tok m, boolean firstModifier) {
        if (m.text.length() <= 2 && Character.isDigit(m.text.charAt(0)) && !firstModifier) {
            return true; // the "2" of "14 Leopard 2 tanks"
        }
        if (!Character.isLetter(m.text.charAt(0)) || FUNCTION_WORDS.contains(m.lower())
                || units.lowered(m.lower).isPresent()) {
            return false;
        }
        return Character.isUpperCase(m.text.charAt(0)) || firstModifier;
    }

    private int qualifierStart(List<Tok> toks, int first) {
        for (String q : units.qualifiers()) {
            String[] words = q.split(" ");
            int from = first - words.length;
            if (from < 0) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < words.length; k++) {
                ok &= toks.get(from + k).lower().equals(words[k]);
            }
            if (ok) {
                return from;
            }
        }
        return first;
    }

    private record OptionalDouble(double value, boolean present) {
        boolean isEmpty() {
            return !present;
        }
    }

    private OptionalDouble number(Tok t) {
        if (Character.isDigit(t.text.charAt(0))) {
            String digits = GROUPED.matcher(t.text).matches() ? t.text.replace(",", "") : t.text;
            try {
                return new OptionalDouble(Double.parseDouble(digits), true);
            } catch (NumberFormatException e) {
                return new OptionalDouble(0, false);
            }
        }
        return units.lowered(t.lower, Units.Kind.NUMBER).map(w -> new OptionalDouble(w.factor(), true))
                .orElse(new OptionalDouble(0, false));
    }

    private static Optional<EntityKey> about(ResolvedArticle article, Sentence s, CharSpan span, int modFrom,
                                             int modTo, String unit) {
        Document doc = article.document();
        if (modFrom >= 0 && modTo > modFrom) {
            Optional<EntityMention> inModifiers = article.mentionsWithin(doc.span(modFrom, modTo)).stream().findFirst();
            if (inModifiers.isPresent()) {
                return Optional.of(inModifiers.get().entity());
            }
        }
        CharSpan sentence = doc.span(s.start(), s.end());
        List<EntityMention> in = article.mentionsWithin(sentence);
        String after = doc.text().substring(doc.utf16(span.end()), Math.min(s.end(), doc.utf16(span.end()) + 4));
        if (after.startsWith(" of ")) { // "20% of Ukraine": a share of what follows
            Optional<EntityMention> whole = in.stream().filter(m -> m.span().begin() == span.end() + 4).findFirst();
            if (whole.isPresent()) {
                return Optional.of(whole.get().entity());
            }
        }
        if (unit.equals("km") || unit.equals("miles") || unit.equals("m")) {
            Optional<EntityMention> weapon = in.stream().filter(m -> m.span().end() <= span.begin())
                    .filter(m -> type(article, m) == EntityType.WEAPON_SYSTEM).reduce((a, b) -> b);
            if (weapon.isPresent()) {
                return Optional.of(weapon.get().entity());
            }
        }
        Optional<EntityMention> firstActor = in.stream().filter(m -> m.span().end() <= span.begin())
                .filter(m -> type(article, m).isActor() && m.mention().kind() != MentionKind.DEMONYM).findFirst();
        if (firstActor.isPresent()) {
            return Optional.of(firstActor.get().entity());
        }
        return in.stream().filter(m -> m.span().begin() >= span.end())
                .filter(m -> type(article, m).isActor()).findFirst().map(EntityMention::entity);
    }

    private static EntityType type(ResolvedArticle article, EntityMention m) {
        return article.entity(m.entity()).map(e -> e.type()).orElse(m.mention().type());
    }

    /**
     * The tokens of {@code text[from, to)}, as the regex
     * {@code US\$|[$€£%]|\d+(?:[.,]\d+)*|\p{L}+(?:['’]\p{L}+)*|-} finds them, written out as a scan
     * (this runs over every sentence): the sign "US$", a currency or percent sign, an ASCII number
     * with inner dots and commas, letters with inner apostrophes, or a hyphen.
     */
    static List<Tok> tokens(String text, int from, int to) {
        List<Tok> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            int end = tokenEnd(text, i, to);
            if (end < 0) {
                i++;
                continue;
            }
            String t = text.substring(i, end);
            out.add(new Tok(t, i, end, t.toLowerCase(Locale.ROOT)));
            i = end;
        }
        return out;
    }

    /** Where a token starting at {@code i} ends, or -1 when none starts there. */
    private static int tokenEnd(String text, int i, int to) {
        char c = text.charAt(i);
        if (c == 'U' && i + 3 <= to && text.startsWith("US$", i)) {
            return i + 3;
        }
        if (c == '$' || c == '\u20AC' || c == '\u00A3' || c == '%' || c == '-') {
            return i + 1;
        }
        if (isAsciiDigit(c)) {
            int j = digitsEnd(text, i, to);
            while (j + 1 < to && (text.charAt(j) == '.' || text.charAt(j) == ',') && isAsciiDigit(text.charAt(j + 1))) {
                j = digitsEnd(text, j + 1, to);
            }
            return j;
        }
        if (!isLetterAt(text, i, to)) {
            return -1;
        }
        int j = lettersEnd(text, i, to);
        while (j + 1 < to && (text.charAt(j) == '\'' || text.charAt(j) == '\u2019') && isLetterAt(text, j + 1, to)) {
            j = lettersEnd(text, j + 1, to);
        }
        return j;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digitsEnd(String text, int i, int to) {
        while (i < to && isAsciiDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int lettersEnd(String text, int i, int to) {
        while (isLetterAt(text, i, to)) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    /** {@code \p{L}} at {@code i}, bounded by {@code to} as the regex is (a split surrogate pair is no letter). */
    private static boolean isLetterAt(String text, int i, int to) {
        if (i >= to) {
            return false;
        }
        int cp = text.codePointAt(i);
        return i + Character.charCount(cp) <= to && Character.isLetter(cp);
    }
}
