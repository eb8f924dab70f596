package org.conflictkg.text;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Test support for the fuzz tests: deterministic mutations of real articles. Mutant {@code i} of
 * seed {@code s} depends on nothing else, so a failing mutant replays alone. Text mutations work on
 * code points (cuts never split a surrogate pair: the reader never produces lone surrogates);
 * byte mutations deliberately break UTF-8.
 */
public final class ArticleMutator {

    /** Quotation marks of every style the splitter and quote extractors know, and some they may not. */
    private static final int[] QUOTES = "\"\u201C\u201D\u2018\u2019\u00AB\u00BB\u201E'\u2039\u203A".codePoints().toArray();

    /** Characters to insert: ASCII, punctuation, quotes, non-BMP (emoji, flags, skin tone, maths, CJK
     *  extension B), combining and joining marks, RTL letters and marks, odd spaces, IRI/Turtle breakers. */
    private static final int[] POOL = ("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
            + "      \n\n\t.,;:!?-\u2014()[]$%#<>\\{}@&*/_=+~`|"
            + "\uD83D\uDE00\uD83C\uDDFA\uD83C\uDDE6\u200D\uD83C\uDFFD\uD835\uDC00\uD841\uDF0E\u0301\u00A0\u2028\u2029"
            + "\u200F\u200E\u05D0\u05E9\u0639\u0644\u00E9\u00DF\uFEFF\u3000\u2009\u0085")
            .codePoints().toArray();

    private static final List<String> WORDS = List.of("Putin", "Zelensky", "Biden", "NATO", "Ukraine",
            "Russia", "Kremlin", "Peskov", "President", "Mr.", "Dr.", "U.S.", "said", "told", "warned",
            "spokesman", "\u2019s", "'s", "HIMARS", "ATACMS", "Storm Shadow", "300 km", "10,000", "2.5",
            "Minister", "of", "the", "Defense", "according to", "\u201Cquote\u201D", "\"quote\"");

    private final List<int[]> seeds;

    public ArticleMutator(List<String> seedTexts) {
        this.seeds = seedTexts.stream().map(t -> t.codePoints().toArray()).toList();
    }

    /** Mutant {@code index} of run {@code seed}: one to five mutations of one seed article. */
    public String text(long seed, int index) {
        Random r = new Random(seed * 1_000_003L + index);
        int[] cps = seeds.get(r.nextInt(seeds.size()));
        int rounds = 1 + r.nextInt(5);
        for (int k = 0; k < rounds; k++) {
            cps = mutate(cps, r);
        }
        return new String(cps, 0, cps.length);
    }

    /** Byte mutant {@code index}: UTF-8 of a seed article with bytes flipped, cut, inserted or marked. */
    public byte[] bytes(long seed, int index) {
        Random r = new Random(seed * 1_000_033L + index);
        int[] cps = seeds.get(r.nextInt(seeds.size()));
        byte[] b = new String(cps, 0, cps.length).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int rounds = 1 + r.nextInt(4);
        for (int k = 0; k < rounds; k++) {
            b = switch (r.nextInt(6)) {
                case 0 -> { // flip one byte: often an invalid or truncated sequence
                    byte[] c = b.clone();
                    if (c.length > 0) {
                        c[r.nextInt(c.length)] = (byte) r.nextInt(256);
                    }
                    yield c;
                }
                case 1 -> Arrays.copyOf(b, b.length == 0 ? 0 : r.nextInt(b.length + 1)); // may cut a character
                case 2 -> insert(b, r.nextInt(b.length + 1), new byte[] {(byte) (0x80 + r.nextInt(0x80))});
                case 3 -> insert(b, 0, r.nextBoolean() ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
                        : new byte[] {(byte) 0xFF, (byte) 0xFE});
                case 4 -> new String(b, java.nio.charset.StandardCharsets.ISO_8859_1)
                        .replace("\n", r.nextBoolean() ? "\r\n" : "\r").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
                default -> insert(b, r.nextInt(b.length + 1), new byte[] {(byte) r.nextInt(0x20)});
            };
        }
        return b;
    }

    private int[] mutate(int[] cps, Random r) {
        int n = cps.length;
        switch (r.nextInt(10)) {
            case 0: { // cut: keep a window
                int a = r.nextInt(n + 1);
                int b = a + r.nextInt(n - a + 1);
                return Arrays.copyOfRange(cps, a, b);
            }
            case 1: { // splice: this article's head, another's tail
                int[] other = seeds.get(r.nextInt(seeds.size()));
                int a = r.nextInt(n + 1);
                int b = r.nextInt(other.length + 1);
                return concat(Arrays.copyOf(cps, a), Arrays.copyOfRange(other, b, other.length));
            }
            case 2: { // random characters
                int[] out = cps;
                for (int k = 1 + r.nextInt(20); k > 0; k--) {
                    out = insert(out, r.nextInt(out.length + 1), new int[] {POOL[r.nextInt(POOL.length)]});
                }
                return out;
            }
            case 3: { // unbalance quotes: drop some marks, add stray ones
                int[] out = Arrays.stream(cps).filter(c -> !(isQuote(c) && r.nextInt(3) == 0)).toArray();
                for (int k = r.nextInt(4); k > 0; k--) {
                    out = insert(out, r.nextInt(out.length + 1), new int[] {QUOTES[r.nextInt(QUOTES.length)]});
                }
                return out;
            }
            case 4: { // duplicate a range elsewhere
                int a = r.nextInt(n + 1);
                int b = Math.min(n, a + r.nextInt(400));
                return insert(cps, r.nextInt(n + 1), Arrays.copyOfRange(cps, a, b));
            }
            case 5: { // delete a range
                int a = r.nextInt(n + 1);
                int b = Math.min(n, a + r.nextInt(200));
                return concat(Arrays.copyOf(cps, a), Arrays.copyOfRange(cps, b, n));
            }
            case 6: { // names, titles and cue words, glued to neighbours or not
                String w = WORDS.get(r.nextInt(WORDS.size()));
                String s = r.nextBoolean() ? " " + w + " " : w;
                return insert(cps, r.nextInt(n + 1), s.codePoints().toArray());
            }
            case 7: { // change case of a range
                int a = r.nextInt(n + 1);
                int b = Math.min(n, a + r.nextInt(300));
                int[] out = cps.clone();
                boolean upper = r.nextBoolean();
                for (int i = a; i < b; i++) {
                    out[i] = upper ? Character.toUpperCase(out[i]) : Character.toLowerCase(out[i]);
                }
                return out;
            }
            case 8: { // line structure: newlines to spaces or spaces to newlines
                int[] out = cps.clone();
                for (int i = 0; i < n; i++) {
                    if ((out[i] == '\n' || out[i] == ' ') && r.nextInt(8) == 0) {
                        out[i] = out[i] == '\n' ? ' ' : '\n';
                    }
                }
                return out;
            }
            default: { // a long quotation, possibly unclosed, made of the article's own words
                int a = r.nextInt(n + 1);
                int len = r.nextInt(3000);
                int[] body = Arrays.copyOfRange(cps, a, Math.min(n, a + len));
                int[] open = {QUOTES[r.nextInt(QUOTES.length)]};
                int[] close = r.nextBoolean() ? new int[] {QUOTES[r.nextInt(QUOTES.length)]} : new int[0];
                return insert(cps, r.nextInt(n + 1), concat(concat(open, body), close));
            }
        }
    }

    private static boolean isQuote(int c) {
        return Arrays.stream(QUOTES).anyMatch(q -> q == c);
    }

    private static int[] insert(int[] a, int at, int[] what) {
        return concat(concat(Arrays.copyOf(a, at), what), Arrays.copyOfRange(a, at, a.length));
    }

    private static byte[] insert(byte[] a, int at, byte[] what) {
        byte[] out = new byte[a.length + what.length];
        System.arraycopy(a, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(a, at, out, at + what.length, a.length - at);
        return out;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
