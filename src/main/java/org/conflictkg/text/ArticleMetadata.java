package org.conflictkg.text;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * Optional facts about an article from its sidecar file ({@code NAME.meta.json} and/or
 * {@code NAME.meta.properties}, read by {@link MetadataReader}); every field may be absent.
 * {@code published} is the publication date; {@code publishedAt} the exact instant when the
 * sidecar gave a date-time with a zone offset, in which case {@code published} is its date.
 */
public record ArticleMetadata(Optional<String> title, Optional<String> outlet, Optional<String> url,
                              Optional<LocalDate> published, Optional<OffsetDateTime> publishedAt) {

    public static final ArticleMetadata NONE = new ArticleMetadata(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    public ArticleMetadata {
        Objects.requireNonNull(title);
        Objects.requireNonNull(outlet);
        Objects.requireNonNull(url);
        Objects.requireNonNull(published);
        Objects.requireNonNull(publishedAt);
        if (publishedAt.isPresent() && !published.equals(publishedAt.map(OffsetDateTime::toLocalDate))) {
            throw new IllegalArgumentException("published " + published + " is not the date of " + publishedAt);
        }
    }

    /** Metadata with a publication date only (no time of day). */
    public ArticleMetadata(Optional<String> title, Optional<String> outlet, Optional<String> url,
                           Optional<LocalDate> published) {
        this(title, outlet, url, published, Optional.empty());
    }

    public boolean isEmpty() {
        return equals(NONE);
    }
}
