package org.conflictkg.text;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.conflictkg.diag.Diagnostic;

/**
 * Validates the raw key/value pairs of one metadata sidecar into {@link ArticleMetadata}, one field
 * at a time, so that one bad value costs only that field; and merges two sidecars' metadata.
 */
final class MetadataFields {

    static final Set<String> KEYS = Set.of("title", "outlet", "url", "published");

    private MetadataFields() {
    }

    static ArticleMetadata toMetadata(Map<String, String> raw, String source, Consumer<Diagnostic> diagnostics) {
        for (String key : raw.keySet()) {
            if (!KEYS.contains(key)) {
                diagnostics.accept(Diagnostic.warning(source, "unknown key '" + key + "' ignored; the keys are"
                        + " title, outlet, url, published"));
            }
        }
        Optional<String> title = text(raw, "title", source, diagnostics);
        Optional<String> outlet = text(raw, "outlet", source, diagnostics);
        Optional<String> url = text(raw, "url", source, diagnostics).filter(u -> isWebUrl(u, source, diagnostics));
        Optional<String> published = text(raw, "published", source, diagnostics);
        Optional<OffsetDateTime> instant = published.flatMap(p -> parse(p, OffsetDateTime::parse));
        Optional<LocalDate> date = instant.map(OffsetDateTime::toLocalDate)
                .or(() -> published.flatMap(p -> parse(p, LocalDate::parse)));
        if (published.isPresent() && date.isEmpty()) {
            Optional<LocalDateTime> local = published.flatMap(p -> parse(p, LocalDateTime::parse));
            date = local.map(LocalDateTime::toLocalDate);
            diagnostics.accept(Diagnostic.warning(source, local.isPresent()
                    ? "published \"" + published.get() + "\" has no time zone: only its date is kept; add Z or"
                      + " an offset such as +02:00 to keep the time"
                    : "published \"" + published.get() + "\" is not an ISO-8601 date (2024-05-31) or date-time"
                      + " (2024-05-31T14:05:00Z); field ignored"));
        }
        return new ArticleMetadata(title, outlet, url, date, instant);
    }

    /** Per field, {@code preferred} wins; a field both give with different values is reported. */
    static ArticleMetadata merge(ArticleMetadata preferred, ArticleMetadata other, String preferredSource,
                                 Consumer<Diagnostic> diagnostics) {
        if (other.isEmpty()) {
            return preferred;
        }
        if (preferred.isEmpty()) {
            return other;
        }
        Optional<String> title = pick("title", preferred.title(), other.title(), preferredSource, diagnostics);
        Optional<String> outlet = pick("outlet", preferred.outlet(), other.outlet(), preferredSource, diagnostics);
        Optional<String> url = pick("url", preferred.url(), other.url(), preferredSource, diagnostics);
        boolean datePreferred = preferred.published().isPresent();
        Optional<LocalDate> published = pick("published", preferred.published(), other.published(),
                preferredSource, diagnostics);
        Optional<OffsetDateTime> at = datePreferred ? preferred.publishedAt() : other.publishedAt();
        return new ArticleMetadata(title, outlet, url, published, at);
    }

    private static <T> Optional<T> pick(String key, Optional<T> preferred, Optional<T> other, String source,
                                        Consumer<Diagnostic> diagnostics) {
        if (preferred.isPresent() && other.isPresent() && !preferred.equals(other)) {
            diagnostics.accept(Diagnostic.warning(source, "'" + key + "' is " + preferred.get() + " here but "
                    + other.get() + " in the .meta.properties sidecar; using this one: remove one of the two"));
        }
        return preferred.or(() -> other);
    }

    private static Optional<String> text(Map<String, String> raw, String key, String source,
                                         Consumer<Diagnostic> diagnostics) {
        String value = raw.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value.isBlank()) {
            diagnostics.accept(Diagnostic.warning(source, "'" + key + "' is empty; field ignored"));
            return Optional.empty();
        }
        return Optional.of(value.strip());
    }

    private static boolean isWebUrl(String url, String source, Consumer<Diagnostic> diagnostics) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                return true;
            }
        } catch (URISyntaxException e) {
            // reported below, like any other unusable URL
        }
        diagnostics.accept(Diagnostic.warning(source, "url \"" + url + "\" is not an absolute http(s) URL;"
                + " field ignored: give the article's full address, e.g. https://example.org/news/1"));
        return false;
    }

    private static <T> Optional<T> parse(String value, Function<String, T> parser) {
        try {
            return Optional.of(parser.apply(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
