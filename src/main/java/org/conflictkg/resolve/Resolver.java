package org.conflictkg.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.conflictkg.extract.entity.Mention;
import org.conflictkg.lexicon.Lexicon;
import org.conflictkg.lexicon.LexiconEntry;
import org.conflictkg.text.Document;
import org.conflictkg.text.Sentence;

/**
 * Attaches mentions to entities within one article. A lexicon match resolves to its lexicon id;
 * other names resolve to a key made of their type and normalised name. Stateless.
 */
public final class Resolver {

    private final Lexicon lexicon;

    public Resolver(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public ResolvedArticle resolve(Document doc, List<Sentence> sentences, List<Mention> mentions) {
        Map<EntityKey, Entity> entities = new LinkedHashMap<>();
        Map<EntityKey, Set<String>> aliases = new LinkedHashMap<>();
        List<EntityMention> resolved = new ArrayList<>();
        for (Mention m : mentions) {
            EntityKey key = m.lexiconId().map(EntityKey::new).orElseGet(() -> KeyMinter.forName(m.type(), m.text()));
            Optional<LexiconEntry> entry = m.lexiconId().flatMap(lexicon::get);
            entities.computeIfAbsent(key, k -> new Entity(k, m.type(),
                    entry.map(LexiconEntry::label).orElse(m.text()),
                    entry.flatMap(LexiconEntry::wikidata), List.of()));
            aliases.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(m.text());
            resolved.add(new EntityMention(key, m));
        }
        List<Entity> out = entities.values().stream()
                .map(e -> new Entity(e.key(), e.type(), e.label(), e.wikidata(),
                        aliases.get(e.key()).stream().filter(a -> !a.equals(e.label())).toList()))
                .toList();
        return new ResolvedArticle(doc, sentences, out, resolved);
    }
}
