package org.conflictkg.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictkg.lexicon.EntityType;
import org.conflictkg.lexicon.Lexicon;
import org.conflictkg.lexicon.LexiconEntry;
import org.conflictkg.lexicon.TsvTable;

/**
 * Builds article number {@code i} of a scaled corpus: a headline and paragraphs drawn from real
 * articles, with the actors, weapons and numbers in them substituted, consistently within the
 * article. Known entities are swapped for others of their type from the lexicon (people also for
 * invented names), capitalised names the lexicon does not know become invented people (their
 * surnames follow), and numbers get new digits. So the graph grows with new entities,
 * quotations and positions instead of repeating the same ones. Article {@code i} depends only on
 * the seed, {@code i} and the sources, so the first 10k articles of a 100k corpus are the 10k corpus.
 */
final class Recombiner {

    private static final Pattern NAME_RUN = Pattern.compile(
            "(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{Ll}\\p{Lu}'\u2019-]*\\p{Ll}(?:\\s+\\p{Lu}[\\p{Ll}\\p{Lu}'\u2019-]*\\p{Ll}){0,4}"
                    + "(?![\\p{L}\\p{N}])");
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}])\\d(?:[\\d,.]*\\d)?");

    private final SourceText sources;
    private final long seed;
    private final NameForge forge;
    private final Map<String, LexiconEntry> surfaces = new HashMap<>();
    private final Set<String> demonyms = new HashSet<>();
    private final Map<EntityType, List<LexiconEntry>> byType = new HashMap<>();
    /** Lexicon surface forms by their first word, longest first: one hash look-up per word. */
    private final Map<String, List<String>> formsByFirstWord = new HashMap<>();
    private final Set<String> stopWords = new HashSet<>();

    Recombiner(SourceText sources, Lexicon lexicon, long seed) {
        this.sources = sources;
        this.seed = seed;
        this.forge = new NameForge(seed);
        List<String> forms = new ArrayList<>();
        for (LexiconEntry e : lexicon.entries()) {
            byType.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(e);
            List<String> names = new ArrayList<>(e.aliases());
            names.add(e.label());
            names.forEach(n -> surfaces.putIfAbsent(n, e));
            e.demonyms().forEach(d -> {
                surfaces.putIfAbsent(d, e);
                demonyms.add(d);
            });
            forms.addAll(names);
            forms.addAll(e.demonyms());
        }
        forms.sort(Comparator.comparingInt(String::length).reversed());
        for (String f : forms) {
            formsByFirstWord.computeIfAbsent(firstWord(f, 0), k -> new ArrayList<>()).add(f);
        }
        TsvTable.read("/lexicon/function-words.tsv").rows().forEach(r -> stopWords.add(lower(r.get("word"))));
        TsvTable.read("/lexicon/titles.tsv").rows().forEach(r -> {
            for (String w : r.get("title").split("[\\s-]+")) {
                stopWords.add(lower(w));
            }
        });
    }

    /** The text of article {@code index}: headline, blank line, paragraphs separated by blank lines. */
    String article(int index) {
        Random r = new Random(seed * 0xD1B54A32D192ED03L + index * 0x9E3779B97F4A7C15L);
        boolean general = !sources.generalParagraphs().isEmpty() && r.nextBoolean();
        List<String> mainParas = general ? sources.generalParagraphs() : sources.conflictParagraphs();
        List<String> otherParas = sources.generalParagraphs().isEmpty() ? mainParas
                : general ? sources.conflictParagraphs() : sources.generalParagraphs();
        List<String> heads = general && !sources.generalHeadlines().isEmpty() ? sources.generalHeadlines()
                : sources.conflictHeadlines().isEmpty() ? sources.generalHeadlines() : sources.conflictHeadlines();
        // Invented people recur across articles (corroboration); new ones keep arriving, as in news.
        Article a = new Article(r, Math.max(40, index / 4 + 1));
        StringBuilder out = new StringBuilder();
        if (!heads.isEmpty()) {
            out.append(a.substitute(heads.get(r.nextInt(heads.size())), false)).append("\n\n");
        }
        int paragraphs = 5 + r.nextInt(8);
        for (int p = 0; p < paragraphs; p++) {
            List<String> pool = r.nextInt(5) == 0 ? otherParas : mainParas;
            out.append(a.substitute(pool.get(r.nextInt(pool.size())), true)).append(p + 1 < paragraphs ? "\n\n" : "\n");
        }
        return out.toString();
    }

    /** The forms starting with {@code word} or with its part before a '.' or '-' ("Russia." finds "Russia"). */
    private List<String> candidates(String word) {
        for (String w = word; !w.isEmpty(); ) {
            List<String> c = formsByFirstWord.get(w);
            if (c != null) {
                return c;
            }
            int cut = Math.max(w.lastIndexOf('.', w.length() - 2), w.lastIndexOf('-'));
            if (w.endsWith(".")) {
                w = w.substring(0, w.length() - 1);
            } else if (cut > 0) {
                w = w.substring(0, cut + (w.charAt(cut) == '.' ? 1 : 0));
            } else {
                break;
            }
        }
        return List.of();
    }

    /** The run of letters, digits, dots and hyphens starting at {@code i} ("U.S." is one word). */
    private static String firstWord(String s, int i) {
        int j = i;
        while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '.' || s.charAt(j) == '-')) {
            j++;
        }
        return s.substring(i, j);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** A text edit on one paragraph, [begin, end) in UTF-16 units of it. */
    private record Edit(int begin, int end, String text) {
    }

    /** The substitutions chosen for one article, so every mention of an actor changes alike. */
    private final class Article {
        private final Random r;
        private final int peoplePool;
        private final Map<String, LexiconEntry> swapped = new HashMap<>();
        private final Map<String, String> invented = new HashMap<>();
        private final Map<String, String> names = new HashMap<>();
        private final Map<String, String> surnames = new HashMap<>();
        private final Set<String> used = new HashSet<>();

        Article(Random r, int peoplePool) {
            this.r = r;
            this.peoplePool = peoplePool;
        }

        String substitute(String text, boolean inventNames) {
            List<Edit> edits = new ArrayList<>();
            for (int i = 0; i < text.length(); i++) {
                if (!Character.isLetterOrDigit(text.charAt(i)) || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
                    continue;
                }
                List<String> candidates = candidates(firstWord(text, i));
                if (candidates.isEmpty()) {
                    continue;
                }
                for (String form : candidates) {
                    int end = i + form.length();
                    if (text.startsWith(form, i) && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                        int at = i;
                        replaceKnown(form).ifPresent(t -> edits.add(new Edit(at, end, t)));
                        i = end - 1;
                        break;
                    }
                }
            }
            if (inventNames) {
                Matcher n = NAME_RUN.matcher(text);
                while (n.find()) {
                    nameEdit(text, n.start(), n.end(), edits);
                }
            }
            Matcher d = NUMBER.matcher(text);
            while (d.find()) {
                add(edits, new Edit(d.start(), d.end(), renumber(d.group())));
            }
            edits.sort(Comparator.comparingInt(Edit::begin));
            StringBuilder sb = new StringBuilder(text.length() + 16);
            int at = 0;
            for (Edit e : edits) {
                sb.append(text, at, e.begin()).append(e.text());
                at = e.end();
            }
            return sb.append(text, at, text.length()).toString();
        }

        /** A lexicon name: the same other entity (or invented person) for the whole article. */
        private java.util.Optional<String> replaceKnown(String surface) {
            LexiconEntry e = surfaces.get(surface);
            boolean demonym = demonyms.contains(surface) && !e.label().equals(surface) && !e.aliases().contains(surface);
            if (e.type() == EntityType.PERSON && !demonym) {
                String person = invented.computeIfAbsent(e.id(), k -> r.nextInt(3) > 0 ? invent() : "");
                if (!person.isEmpty()) {
                    boolean full = surface.indexOf(' ') > 0;
                    return java.util.Optional.of(full ? person : person.substring(person.indexOf(' ') + 1));
                }
            }
            List<LexiconEntry> peers = byType.getOrDefault(e.type(), List.of());
            LexiconEntry to = swapped.computeIfAbsent(e.id(), k -> peers.get(r.nextInt(peers.size())));
            if (demonym) {
                return to.demonyms().isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(to.demonyms().get(0));
            }
            if (surface.equals(e.label()) || to.aliases().isEmpty()) {
                return java.util.Optional.of(to.label());
            }
            return java.util.Optional.of(to.aliases().get(0));
        }

        /** A run of capitalised words: after its last title or function word, a name to invent. */
        private void nameEdit(String text, int begin, int end, List<Edit> edits) {
            List<int[]> words = new ArrayList<>();
            Matcher w = WORD.matcher(text).region(begin, end);
            while (w.find()) {
                words.add(new int[] {w.start(), w.end()});
            }
            int first = 0;
            for (int i = 0; i < words.size(); i++) {
                if (stopWords.contains(lower(text.substring(words.get(i)[0], words.get(i)[1])))) {
                    first = i + 1;
                }
            }
            int count = words.size() - first;
            if (count == 1) {
                String old = text.substring(words.get(first)[0], end);
                String to = surnames.get(old);
                if (to != null) {
                    add(edits, new Edit(words.get(first)[0], end, to));
                }
            } else if (count == 2 || count == 3) {
                int b = words.get(first)[0];
                String old = text.substring(b, end);
                String to = names.computeIfAbsent(old, k -> invent());
                surnames.putIfAbsent(text.substring(words.get(words.size() - 1)[0], end), to.substring(to.indexOf(' ') + 1));
                add(edits, new Edit(b, end, to));
            }
        }

        /** Someone from the invented pool, the first few much more often (they are "in the news"). */
        private String invent() {
            String name = "";
            for (int attempt = 0; attempt < 8 && (name.isEmpty() || used.contains(name)); attempt++) {
                double u = r.nextDouble();
                name = forge.person((int) (peoplePool * u * u * u));
            }
            // Two people of one article must not merge into one: past the pool, a fresh name.
            if (used.contains(name)) {
                name = forge.person(peoplePool + r.nextInt(1 << 20));
            }
            used.add(name);
            return name;
        }

        private String renumber(String digits) {
            if (digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"))) {
                return Integer.toString(2000 + r.nextInt(30));
            }
            StringBuilder sb = new StringBuilder(digits.length());
            for (int i = 0; i < digits.length(); i++) {
                char c = digits.charAt(i);
                boolean lead = i == 0 || !Character.isDigit(digits.charAt(i - 1));
                sb.append(Character.isDigit(c) ? (char) ('0' + (lead ? 1 + r.nextInt(9) : r.nextInt(10))) : c);
            }
            return sb.toString();
        }
    }

    /** Adds an edit unless it overlaps one already chosen (lexicon names win over patterns). */
    private static void add(List<Edit> edits, Edit e) {
        for (Edit x : edits) {
            if (e.begin() < x.end() && x.begin() < e.end()) {
                return;
            }
        }
        edits.add(e);
    }
}
