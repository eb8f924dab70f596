package org.conflictkg.extract.quantity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;
import org.conflictkg.lexicon.TsvTable;

/**
 * The units, number words, scale words and qualifiers of {@code data/lexicon/units.tsv}.
 * Immutable once loaded; load once and share.
 */
public final class Units {

    /** What a word of the table is; see the data file's header. */
    public enum Kind { MEASURE, COUNT, CURRENCY_PREFIX, PERCENT, NUMBER, SCALE, QUALIFIER }

    /** One word: its kind, the canonical unit (for units) and its factor or value. */
    public record Word(String form, Kind kind, Optional<String> unit, double factor) {
    }

    private final Map<String, Word> words;
    private final List<String> qualifiers;
    private final java.util.Set<String> countUnits;

    public Units(List<Word> words) {
        Map<String, Word> m = new HashMap<>();
        words.forEach(w -> m.put(w.form(), w));
        this.words = Map.copyOf(m);
        this.qualifiers = words.stream().filter(w -> w.kind() == Kind.QUALIFIER).map(Word::form).toList();
        this.countUnits = words.stream().filter(w -> w.kind() == Kind.COUNT).flatMap(w -> w.unit().stream())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    public static Units load() {
        return new Units(TsvTable.read("/lexicon/units.tsv").rows().stream().map(r -> {
            try {
                return new Word(r.get("form").toLowerCase(Locale.ROOT),
                        Kind.valueOf(r.get("kind").toUpperCase(Locale.ROOT).replace('-', '_')),
                        r.optional("unit"), Double.parseDouble(r.get("factor")));
            } catch (IllegalArgumentException e) {
                throw new KgException(ErrorCode.DATA_FILE_INVALID, r.where() + ": " + e.getMessage()
                        + "; use a kind named in the file's header and a number as factor", e);
            }
        }).toList());
    }

    /** The table's entry for a word (case-insensitive), if any. */
    public Optional<Word> word(String form) {
        return Optional.ofNullable(words.get(form.toLowerCase(Locale.ROOT)));
    }

    public Optional<Word> word(String form, Kind kind) {
        return word(form).filter(w -> w.kind() == kind);
    }

    /** {@link #word(String)} for a form already lower-cased with {@link Locale#ROOT}. */
    Optional<Word> lowered(String lowerForm) {
        return Optional.ofNullable(words.get(lowerForm));
    }

    Optional<Word> lowered(String lowerForm, Kind kind) {
        return lowered(lowerForm).filter(w -> w.kind() == kind);
    }

    /** The canonical units of counts ("troops", "seats"): what an elliptical number may count. */
    public java.util.Set<String> countUnits() {
        return countUnits;
    }

    /** Qualifier phrases ("more than", "up to"), lower case. */
    public List<String> qualifiers() {
        return qualifiers;
    }
}
