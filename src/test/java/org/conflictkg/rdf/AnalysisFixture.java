package org.conflictkg.rdf;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.conflictkg.extract.Evidence;
import org.conflictkg.extract.entity.Authorship;
import org.conflictkg.extract.entity.Mention;
import org.conflictkg.extract.entity.MentionKind;
import org.conflictkg.extract.policy.Policy;
import org.conflictkg.extract.policy.PolicyKey;
import org.conflictkg.extract.policy.PolicyStatus;
import org.conflictkg.extract.position.Position;
import org.conflictkg.extract.position.Stance;
import org.conflictkg.extract.position.Target;
import org.conflictkg.extract.quantity.Quantity;
import org.conflictkg.extract.quote.Quotation;
import org.conflictkg.extract.role.Role;
import org.conflictkg.lexicon.EntityType;
import org.conflictkg.pipeline.ArticleAnalysis;
import org.conflictkg.resolve.Entity;
import org.conflictkg.resolve.EntityKey;
import org.conflictkg.resolve.EntityMention;
import org.conflictkg.text.CharSpan;
import org.conflictkg.text.Document;

/**
 * Hand-built analyses with a finding of every kind, for testing the writer before the extractors
 * exist. Spans are found in the text by searching for their words, never typed in as numbers.
 */
final class AnalysisFixture {

    static final EntityKey PUTIN = new EntityKey("vladimir-putin");
    static final EntityKey US = new EntityKey("united-states");
    static final EntityKey UKRAINE = new EntityKey("ukraine");
    static final EntityKey RUSSIA = new EntityKey("russia");
    static final EntityKey ATACMS = new EntityKey("atacms");
    static final EntityKey PESKOV = new EntityKey("person/dmitry-peskov");
    static final EntityKey KREMLIN = new EntityKey("kremlin");
    static final PolicyKey POLICY = new PolicyKey("united-states/allow/ukraine/strike/atacms/russia");

    static final ExtractionRun RUN = new ExtractionRun("11111111-2222-3333-4444-555555555555",
            Instant.parse("2026-12-01T07:00:00Z"), "test");

    /** Quotes, angle brackets, a backslash, braces, a newline inside a quote, '#', '%', and an astral letter. */
    static final String TEXT = "Biden allowed Ukraine to strike Russia with ATACMS, officials said.\n"
            + "Kremlin spokesman Dmitry Peskov said: \"This <escalation> is \\ a {red line} #1,\n100% \"ours\" 𝐀.\"\n"
            + "Putin opposed the decision. The missiles fly 306 km and cost $1.5 billion.\n"
            + "Reporting by Jane Roe; Editing by Max Mustermann";

    private AnalysisFixture() {
    }

    static Document document() {
        return Document.of("fixture-001", TEXT);
    }

    /** The code-point span of the n-th (0-based) occurrence of {@code words}. */
    static CharSpan find(Document doc, String words, int occurrence) {
        int at = -1;
        for (int k = 0; k <= occurrence; k++) {
            at = doc.text().indexOf(words, at + 1);
            if (at < 0) {
                throw new IllegalArgumentException("'" + words + "' not in the text");
            }
        }
        return doc.span(at, at + words.length());
    }

    static CharSpan find(Document doc, String words) {
        return find(doc, words, 0);
    }

    static Evidence ev(CharSpan span, String rule) {
        return new Evidence(span, rule, 0.8);
    }

    static ArticleAnalysis everyKind() {
        Document doc = document();
        List<Entity> entities = List.of(
                new Entity(PUTIN, EntityType.PERSON, "Vladimir Putin", Optional.of("Q7747"), List.of("Putin")),
                new Entity(US, EntityType.COUNTRY, "United States", Optional.of("Q30"), List.of()),
                new Entity(UKRAINE, EntityType.COUNTRY, "Ukraine", Optional.of("Q212"), List.of()),
                new Entity(RUSSIA, EntityType.COUNTRY, "Russia", Optional.of("Q159"), List.of()),
                new Entity(ATACMS, EntityType.WEAPON_SYSTEM, "MGM-140 ATACMS", Optional.empty(), List.of("ATACMS")),
                new Entity(KREMLIN, EntityType.ORGANIZATION, "Kremlin", Optional.of("Q133274"), List.of()),
                new Entity(PESKOV, EntityType.PERSON, "Dmitry Peskov", Optional.empty(), List.of("Peskov")));
        List<EntityMention> mentions = List.of(
                mention(doc, PUTIN, "Putin", EntityType.PERSON, MentionKind.ALIAS),
                mention(doc, UKRAINE, "Ukraine", EntityType.COUNTRY, MentionKind.NAME),
                mention(doc, RUSSIA, "Russia", EntityType.COUNTRY, MentionKind.NAME),
                mention(doc, ATACMS, "ATACMS", EntityType.WEAPON_SYSTEM, MentionKind.ALIAS),
                mention(doc, PESKOV, "Dmitry Peskov", EntityType.PERSON, MentionKind.NAME),
                mention(doc, KREMLIN, "Kremlin", EntityType.ORGANIZATION, MentionKind.METONYM));
        CharSpan quote = quotedWords(doc);
        List<Quotation> quotations = List.of(new Quotation(Optional.of(PESKOV),
                Optional.of(find(doc, "Dmitry Peskov said")), ev(quote, "quote.marked-colon")));
        List<Role> roles = List.of(new Role(PESKOV, "Kremlin spokesman", Optional.of(KREMLIN),
                ev(find(doc, "Kremlin spokesman Dmitry Peskov"), "role.title-before-name")));
        List<Policy> policies = List.of(new Policy(POLICY, "U.S. allows Ukraine to strike Russia with ATACMS",
                Optional.of(US), Optional.of(UKRAINE), List.of(ATACMS), Optional.of(RUSSIA), PolicyStatus.AUTHORISED,
                Optional.of("2024-11"), ev(find(doc, "Biden allowed Ukraine to strike Russia with ATACMS"), "policy.allow")));
        List<Position> positions = List.of(
                new Position(PUTIN, Stance.OPPOSES, new Target.OfPolicy(POLICY), "opposed", Optional.empty(),
                        ev(find(doc, "Putin opposed the decision"), "position.verb")),
                new Position(PESKOV, Stance.OPPOSES, new Target.OfPolicy(POLICY), "said", Optional.of(quote),
                        ev(find(doc, "Dmitry Peskov said"), "position.quote")));
        List<Quantity> quantities = List.of(
                new Quantity(306, "km", Optional.of(ATACMS), ev(find(doc, "306 km"), "quantity.distance")),
                new Quantity(1.5e9, "USD", Optional.empty(), ev(find(doc, "$1.5 billion"), "quantity.money")));
        List<Authorship> authors = List.of(
                new Authorship("Jane Roe", "reporting", ev(find(doc, "Jane Roe"), "byline.reporting")),
                new Authorship("Max Mustermann", "editing", ev(find(doc, "Max Mustermann"), "byline.editing")));
        return new ArticleAnalysis(doc, entities, mentions, roles, quotations, policies, positions, quantities,
                authors, List.of());
    }

    /** The words between the quotation marks after "said: ". */
    static CharSpan quotedWords(Document doc) {
        int open = doc.text().indexOf("said: \"") + "said: \"".length();
        int close = doc.text().indexOf(".\"\n", open) + 1;
        return doc.span(open, close);
    }

    private static EntityMention mention(Document doc, EntityKey key, String words, EntityType type, MentionKind kind) {
        return new EntityMention(key, new Mention(words, type, kind, Optional.of(key.value()),
                ev(find(doc, words), "lexicon.exact")));
    }
}
