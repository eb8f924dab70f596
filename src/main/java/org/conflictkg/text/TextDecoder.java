package org.conflictkg.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;

/**
 * Turns an article's bytes into characters, strictly. UTF-8 is the format; a UTF-8 byte order
 * mark is dropped; UTF-16 is accepted only with its byte order mark (LE or BE), because without
 * one it cannot be told from binary. Nothing is guessed: a byte sequence that is not valid in the
 * chosen encoding is an error naming the byte offset of the first bad byte, never a replacement
 * character, since a silently altered text would put every later span on the wrong words.
 * Stateless.
 */
public final class TextDecoder {

    /** What the first bytes said about the encoding, and how many of them were the mark. */
    private record Detected(Charset charset, int markLength) {
    }

    /**
     * Decodes {@code bytes}; {@code source} names the file in error messages.
     *
     * @throws KgException ARTICLE_UNREADABLE for malformed input or an unsupported encoding,
     *                     ARTICLE_REJECTED for a file that holds NUL bytes without a UTF-16 mark
     */
    public String decode(byte[] bytes, String source) {
        Detected detected = detect(bytes, source);
        if (detected.charset == StandardCharsets.UTF_8) {
            int nul = indexOfNul(bytes);
            if (nul >= 0) {
                throw new KgException(ErrorCode.ARTICLE_REJECTED, source + ": NUL byte at byte offset " + nul
                        + ": this is a binary file, or UTF-16 without a byte order mark; an article must be"
                        + " plain text: re-save it as UTF-8");
            }
        }
        return strictDecode(bytes, detected, source);
    }

    private static Detected detect(byte[] b, String source) {
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            // Checked before UTF-16 LE, whose mark is a prefix of the UTF-32 LE one.
            throw new KgException(ErrorCode.ARTICLE_UNREADABLE, source
                    + ": UTF-32 byte order mark; UTF-32 is not supported: re-save the file as UTF-8");
        }
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return new Detected(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return new Detected(StandardCharsets.UTF_16LE, 2);
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return new Detected(StandardCharsets.UTF_16BE, 2);
        }
        return new Detected(StandardCharsets.UTF_8, 0);
    }

    private static String strictDecode(byte[] bytes, Detected detected, String source) {
        CharsetDecoder decoder = detected.charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, detected.markLength, bytes.length - detected.markLength);
        // UTF-8 never needs more chars than bytes; UTF-16 needs half as many.
        CharBuffer out = CharBuffer.allocate(bytes.length - detected.markLength);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            // On error the decoder stops with the buffer positioned at the first bad byte.
            int offset = in.position();
            throw new KgException(ErrorCode.ARTICLE_UNREADABLE, source + ": not valid "
                    + detected.charset.name() + ": bad byte sequence at byte offset " + offset
                    + " (" + hex(bytes, offset, result.length()) + "); the file is probably in another"
                    + " encoding (e.g. Windows-1252 or Latin-1): re-save it as UTF-8");
        }
        out.flip();
        return out.toString();
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfNul(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String hex(byte[] b, int from, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < Math.min(b.length, from + Math.max(1, length)); i++) {
            s.append(s.length() == 0 ? "" : " ").append(String.format("0x%02X", b[i] & 0xFF));
        }
        return s.toString();
    }
}
