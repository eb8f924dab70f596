package org.conflictkg.text;

import java.util.Objects;

/**
 * One article: its stable id (derived from the file name), the text exactly as stored, and its
 * metadata. Java strings index UTF-16 units; this class converts to and from code points so that
 * extractors may use ordinary string and regex offsets and still emit {@link CharSpan}s.
 */
public final class Document {

    private final String id;
    private final String fileName;
    private final String text;
    private final ArticleMetadata metadata;
    /** utf16ToCp[i] = number of code points before UTF-16 index i (length text.length()+1). */
    private final int[] utf16ToCp;
    private final int[] cpToUtf16;
    private final int codePointLength;

    public Document(String id, String fileName, String text, ArticleMetadata metadata) {
        this.id = Objects.requireNonNull(id);
        this.fileName = Objects.requireNonNull(fileName);
        this.text = Objects.requireNonNull(text);
        this.metadata = Objects.requireNonNull(metadata);
        this.utf16ToCp = new int[text.length() + 1];
        this.cpToUtf16 = new int[text.codePointCount(0, text.length()) + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); ) {
            int width = Character.charCount(text.codePointAt(i));
            cpToUtf16[cp] = i;
            for (int k = 0; k < width; k++) {
                utf16ToCp[i + k] = cp; // a low surrogate maps to the code point it ends
            }
            i += width;
            cp++;
        }
        utf16ToCp[text.length()] = cp;
        cpToUtf16[cp] = text.length();
        this.codePointLength = cp;
    }

    /** Convenience for tests and single sentences. */
    public static Document of(String id, String text) {
        return new Document(id, id, text, ArticleMetadata.NONE);
    }

    public String id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    /** The text exactly as stored (UTF-16 Java string). */
    public String text() {
        return text;
    }

    public ArticleMetadata metadata() {
        return metadata;
    }

    public int codePointLength() {
        return codePointLength;
    }

    /** Converts a UTF-16 range of {@link #text()} into a code-point span. */
    public CharSpan span(int utf16Begin, int utf16End) {
        return new CharSpan(utf16ToCp[utf16Begin], utf16ToCp[utf16End]);
    }

    /** UTF-16 index of a code-point offset. */
    public int utf16(int codePoint) {
        return cpToUtf16[codePoint];
    }

    /** The text a span covers. */
    public String cover(CharSpan span) {
        if (span.end() > codePointLength) {
            throw new IllegalArgumentException("span " + span + " beyond text of " + codePointLength);
        }
        return text.substring(utf16(span.begin()), utf16(span.end()));
    }

    @Override
    public String toString() {
        return "Document[" + id + ", " + codePointLength + " code points]";
    }
}
