package org.conflictkg.lexicon;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;

/**
 * The entity lexicon, loaded from the {@link #RESOURCES} tables on the classpath (the files live
 * in {@code data/lexicon/} and are packaged into the jar). Immutable and thread-safe once loaded.
 */
public final class Lexicon {

    /** The entity tables, one per concern so each stays reviewable; same columns in each. */
    public static final List<String> RESOURCES = List.of("/lexicon/entities.tsv", "/lexicon/weapons.tsv");

    private final Map<String, LexiconEntry> byId;

    public Lexicon(Collection<LexiconEntry> entries) {
        Map<String, LexiconEntry> m = new LinkedHashMap<>();
        for (LexiconEntry e : entries) {
            if (m.put(e.id(), e) != null) {
                throw new KgException(ErrorCode.DATA_FILE_INVALID, "duplicate lexicon id " + e.id());
            }
        }
        this.byId = Map.copyOf(m);
    }

    /** The lexicon shipped with the application. */
    public static Lexicon load() {
        return new Lexicon(RESOURCES.stream().flatMap(r -> TsvTable.read(r).rows().stream())
                .map(Lexicon::entry).toList());
    }

    private static LexiconEntry entry(TsvTable.Row r) {
        try {
            return new LexiconEntry(r.get("id"), EntityType.fromLabel(r.get("type")), r.get("label"),
                    r.optional("wikidata"), r.list("aliases"), r.list("demonyms"));
        } catch (IllegalArgumentException e) {
            throw new KgException(ErrorCode.DATA_FILE_INVALID, r.where() + ": " + e.getMessage()
                    + "; fix that line of the lexicon", e);
        }
    }

    public Optional<LexiconEntry> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<LexiconEntry> entries() {
        return byId.values();
    }
}
