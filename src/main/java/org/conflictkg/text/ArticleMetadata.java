package org.conflictkg.text;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Optional facts about an article from its sidecar file ({@code NAME.meta.json} or
 * {@code NAME.meta.properties}); every field may be absent.
 */
public record ArticleMetadata(Optional<String> title, Optional<String> outlet, Optional<String> url,
                              Optional<LocalDate> published) {

    public static final ArticleMetadata NONE =
            new ArticleMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
}
