package org.conflictkg.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.conflictkg.extract.entity.Mention;
import org.conflictkg.extract.entity.MentionKind;
import org.conflictkg.lexicon.Cues;
import org.conflictkg.lexicon.EntityType;
import org.conflictkg.lexicon.Lexicon;
import org.conflictkg.lexicon.LexiconEntry;
import org.conflictkg.text.Document;
import org.conflictkg.text.Layout;
import org.conflictkg.text.Sentence;

/**
 * Attaches name mentions to entities within one article. A lexicon match resolves to its lexicon
 * id; a surname alone resolves to the person of the article whose full name ends with it ("Finer"
 * to "Jon Finer"); other names resolve to a key of their type and normalised name, so the same
 * name is the same entity in every article. A group's key leaves out words that do not change
 * which group is meant ("two U.S. officials" and "some U.S. officials"). Pronouns and descriptions
 * are attached later by {@link Coreference}. Stateless.
 */
public final class Resolver {

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private final Lexicon lexicon;
    private final Optional<Cues> cues;
    /** Each surface form of a state (name, alias, demonym) to the adjective a body is named with. */
    private final Map<String, String> stateAdjectives = new HashMap<>();

    public Resolver(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.cues = Optional.empty();
    }

    public Resolver(Lexicon lexicon, Cues cues) {
        this.lexicon = lexicon;
        this.cues = Optional.of(cues);
        Map<String, String> adjectiveByLabel = new HashMap<>();
        for (LexiconEntry e : lexicon.entries()) {
            if (e.type() == EntityType.COUNTRY) {
                String adjective = e.demonyms().isEmpty() ? e.label() : e.demonyms().get(0);
                adjectiveByLabel.put(e.label(), adjective);
                stateAdjectives.put(e.label(), adjective);
                e.aliases().forEach(a -> stateAdjectives.put(a, adjective));
                e.demonyms().forEach(d -> stateAdjectives.put(d, adjective));
            }
        }
        // bodies named through a place: a capital's are its state's ("Beijing's foreign
        // ministry"), any other place's its own ("Gaza's health ministry": Gaza Health Ministry),
        // an organisation's its own ("Houthi political bureau": Houthi Political Bureau)
        Map<String, String> capitals = new HashMap<>();
        org.conflictkg.lexicon.TsvTable.read("/lexicon/capitals.tsv").rows()
                .forEach(r -> capitals.put(r.get("capital"), r.get("state")));
        for (LexiconEntry e : lexicon.entries()) {
            if (e.type() == EntityType.PLACE || e.type() == EntityType.ORGANIZATION) {
                String own = java.util.stream.Stream.concat(java.util.stream.Stream.of(e.label()), e.aliases().stream())
                        .min(java.util.Comparator.comparingInt(String::length)).orElse(e.label());
                String adjective = java.util.Optional.ofNullable(capitals.get(e.label()))
                        .map(adjectiveByLabel::get).orElse(own);
                stateAdjectives.putIfAbsent(e.label(), adjective);
                e.aliases().forEach(a -> stateAdjectives.putIfAbsent(a, adjective));
            }
        }
    }

    public ResolvedArticle resolve(Document doc, List<Sentence> sentences, List<Mention> mentions) {
        return resolve(doc, sentences, Layout.of(doc, List.of()), mentions);
    }

    public ResolvedArticle resolve(Document doc, List<Sentence> sentences, Layout layout, List<Mention> mentions) {
        Map<String, EntityKey> fullNames = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && m.kind() == MentionKind.NAME
                    && (m.lexiconId().isEmpty() || m.text().indexOf(' ') > 0)) {
                // "Healey" after "John Healey": lexicon people lend their surnames as found ones do
                EntityKey full = m.lexiconId().map(EntityKey::new)
                        .orElseGet(() -> KeyMinter.forName(EntityType.PERSON, m.text()));
                fullNames.merge(surname(m.text()), full, (a, b) -> a.equals(b) ? a : new EntityKey("ambiguous"));
            }
        }
        // "Defense Security Cooperation Agency (DSCA)": the acronym is keyed as the name it follows
        Map<String, EntityKey> acronyms = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.ORGANIZATION && m.kind() == MentionKind.NAME && m.lexiconId().isEmpty()) {
                org.conflictkg.extract.entity.NameRepeats.acronymAfter(doc.text(), doc.utf16(m.span().end()))
                        .ifPresent(a -> acronyms.putIfAbsent(a, KeyMinter.forName(EntityType.ORGANIZATION, m.text())));
            }
        }
        Map<EntityKey, Entity> entities = new LinkedHashMap<>();
        Map<EntityKey, Set<String>> aliases = new LinkedHashMap<>();
        List<EntityMention> resolved = new ArrayList<>();
        for (Mention m : mentions) {
            Optional<String> body = stateBody(m);
            EntityKey key = body.map(b -> KeyMinter.forName(EntityType.ORGANIZATION, b)).orElseGet(() ->
                    m.type() == EntityType.ORGANIZATION && m.kind() == MentionKind.ALIAS && m.lexiconId().isEmpty()
                            && acronyms.containsKey(m.text()) ? acronyms.get(m.text()) : key(m, fullNames));
            Optional<LexiconEntry> entry = m.lexiconId().flatMap(lexicon::get);
            entities.computeIfAbsent(key, k -> new Entity(k, m.type(),
                    entry.map(LexiconEntry::label).orElse(body.orElse(m.text())),
                    entry.flatMap(LexiconEntry::wikidata), List.of()));
            if (m.kind() != MentionKind.PRONOUN && m.kind() != MentionKind.DESCRIPTION) {
                aliases.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(m.text());
            }
            resolved.add(new EntityMention(key, m));
        }
        List<Entity> out = entities.values().stream().map(e -> withAliases(e, aliases)).toList();
        return new ResolvedArticle(doc, sentences, out, resolved, layout);
    }

    /** The entity with its label upgraded to the longest name seen (unknown names) and its aliases. */
    static Entity withAliases(Entity e, Map<EntityKey, Set<String>> aliases) {
        Set<String> names = aliases.getOrDefault(e.key(), Set.of());
        String label = e.label();
        if (e.key().value().contains("/") && e.type() == EntityType.PERSON) {
            for (String n : names) {
                if (n.length() > label.length()) {
                    label = n;
                }
            }
        }
        String l = label;
        return new Entity(e.key(), e.type(), l, e.wikidata(),
                names.stream().filter(a -> !a.equals(l)).collect(Collectors.toList()));
    }

    private EntityKey key(Mention m, Map<String, EntityKey> fullNames) {
        if (m.lexiconId().isPresent()) {
            return new EntityKey(m.lexiconId().get());
        }
        if (m.type() == EntityType.GROUP) {
            return KeyMinter.forName(EntityType.GROUP, groupName(m.text()));
        }
        if (m.type() == EntityType.PERSON && m.kind() == MentionKind.ALIAS) {
            EntityKey full = fullNames.get(m.text());
            if (full != null && !full.value().equals("ambiguous")) {
                return full;
            }
        }
        return KeyMinter.forName(m.type(), m.text());
    }

    /**
     * The canonical name of a state body ("Russia's defence ministry" is "Russian Defence
     * Ministry"), for mentions of the state-body rule.
     */
    private Optional<String> stateBody(Mention m) {
        if (cues.isEmpty() || !m.evidence().rule().equals(org.conflictkg.extract.entity.StateBodyExtractor.RULE)) {
            return Optional.empty();
        }
        String t = m.text().replaceFirst("^(?i:the)\\s+", "");
        for (Map.Entry<String, String> s : stateAdjectives.entrySet()) {
            String form = s.getKey();
            if (t.startsWith(form) && t.length() > form.length()) {
                String rest = t.substring(form.length()).replaceFirst("^['\u2019]s", "").trim();
                Optional<String> canonical = cues.get().stateBody(rest);
                if (canonical.isPresent()) {
                    return Optional.of(s.getValue() + " " + canonical.get());
                }
            }
        }
        return Optional.empty();
    }

    private String groupName(String text) {
        if (cues.isEmpty()) {
            return text;
        }
        String kept = java.util.Arrays.stream(SPACES.split(text))
                .filter(w -> !cues.get().isGroupQuantifier(w.toLowerCase(java.util.Locale.ROOT)))
                .collect(Collectors.joining(" "));
        return kept.isEmpty() ? text : kept;
    }

    private static String surname(String name) {
        int sp = name.lastIndexOf(' ');
        return sp < 0 ? name : name.substring(sp + 1);
    }
}
