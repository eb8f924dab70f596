package org.conflictkg.extract.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written character tests agree with the regex classes they replace, on every code point. */
class CueCharsTest {

    @Test
    void wordCharIsExactlyWhatTheLetterOrNumberClassMatches() {
        Pattern ln = Pattern.compile("[\\p{L}\\p{N}]");
        Pattern lnCaseless = Pattern.compile("[\\p{L}\\p{N}]", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Pattern cont = Pattern.compile("[\\p{L}\\p{N}'\u2019-]");
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String s = new String(Character.toChars(cp));
            boolean expected = ln.matcher(s).matches();
            assertEquals(expected, CueChars.isWordChar(cp), () -> "U+" + Integer.toHexString(s.codePointAt(0)));
            assertEquals(expected, lnCaseless.matcher(s).matches(), () -> "caseless U+" + Integer.toHexString(s.codePointAt(0)));
            assertEquals(cont.matcher(s).matches(), CueChars.continuesWord(cp), () -> "U+" + Integer.toHexString(s.codePointAt(0)));
        }
    }

    @Test
    void foldMatchesWhatACaselessRegexTreatsAsTheSameLetter() {
        for (char lit : "abcdefghijklmnopqrstuvwxyz0123456789-$".toCharArray()) {
            Pattern p = Pattern.compile(Pattern.quote(String.valueOf(lit)), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            for (int c = 0; c <= 0xFFFF; c++) {
                if (Character.isSurrogate((char) c)) {
                    continue;
                }
                boolean regex = p.matcher(String.valueOf((char) c)).matches();
                boolean folded = (char) c == CueChars.fold(lit) || CueChars.fold((char) c) == CueChars.fold(lit);
                assertEquals(regex, folded, "'" + lit + "' vs U+" + Integer.toHexString(c));
            }
        }
    }

    @Test
    void onlyLettersAndDigitsMatchAsciiLettersButAGreekIotaIsAlsoMatchedByACombiningMark() {
        for (char c : "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray()) {
            assertEquals(true, CueChars.onlyWordCharsMatch(c), String.valueOf(c));
        }
        assertEquals(false, CueChars.onlyWordCharsMatch('$'));
        assertEquals(false, CueChars.onlyWordCharsMatch('-'));
        // U+0345 COMBINING GREEK YPOGEGRAMMENI (a mark, not a letter) upper-cases to capital iota
        assertEquals(true, Pattern.compile("\u03B9", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher("\u0345").matches());
        assertEquals(false, CueChars.onlyWordCharsMatch(CueChars.fold('\u03B9')));
    }
}
