package org.conflictkg.lexicon;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;

/**
 * The entity lexicon, loaded from {@code lexicon/entities.tsv} on the classpath (the file lives
 * in {@code data/lexicon/} and is packaged into the jar). Immutable and thread-safe once loaded.
 */
public final class Lexicon {

    public static final String RESOURCE = "/lexicon/entities.tsv";

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
        return new Lexicon(TsvTable.read(RESOURCE).rows().stream().map(Lexicon::entry).toList());
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
