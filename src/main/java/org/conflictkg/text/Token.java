package org.conflictkg.text;

/**
 * A token: its text and its UTF-16 range {@code [start, end)} in {@link Document#text()}. Internal
 * offsets for pattern matching; findings convert them with {@link Document#span(int, int)}.
 */
public record Token(String text, int start, int end) {

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean isWord() {
        return !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0));
    }
}
