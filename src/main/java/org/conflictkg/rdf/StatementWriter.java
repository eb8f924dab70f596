package org.conflictkg.rdf;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.conflictkg.extract.Evidence;
import org.conflictkg.extract.entity.Authorship;
import org.conflictkg.extract.policy.Policy;
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
import org.conflictkg.resolve.KeyMinter;
import org.conflictkg.text.CharSpan;
import org.conflictkg.text.Document;

/**
 * Writes the statement nodes of one article (one per fact, each derived from a NIF span) and the
 * policy nodes they point at. One instance per article graph; not shared between threads.
 */
final class StatementWriter {

    private final Model m;
    private final Document doc;
    private final Resource article;
    private final Resource run;
    /** Statement IRIs already written: a fact found twice becomes one node, first one wins. */
    private final Set<String> written = new HashSet<>();

    StatementWriter(Model m, Document doc, Resource article, Resource run) {
        this.m = m;
        this.doc = doc;
        this.article = article;
        this.run = run;
    }

    void writeAll(ArticleAnalysis a) {
        a.mentions().forEach(this::mention);
        a.roles().forEach(this::role);
        a.quotations().forEach(this::quotation);
        a.positions().forEach(this::position);
        a.quantities().forEach(this::quantity);
        a.policies().forEach(this::policy);
        a.authors().forEach(this::authorship);
    }

    private void mention(EntityMention em) {
        String kind = em.mention().kind().name().toLowerCase(Locale.ROOT);
        statement("mention", Ckg.EntityMention, em.mention().evidence(), em.entity().value(), kind)
                .ifPresent(s -> s.addProperty(Ckg.mentionOf, entity(em.entity()))
                        .addProperty(Ckg.mentionKind, kind));
    }

    private void role(Role r) {
        String org = r.organization().map(EntityKey::value).orElse("");
        statement("role", Ckg.RoleStatement, r.evidence(), r.holder().value(), r.title(), org)
                .ifPresent(s -> {
                    s.addProperty(Ckg.holder, entity(r.holder())).addProperty(Ckg.title, r.title());
                    r.organization().ifPresent(o -> s.addProperty(Ckg.organization, entity(o)));
                });
    }

    private void quotation(Quotation q) {
        quotationNode(q.evidence(), q.speaker(), q.cue());
    }

    /** Quotation IRIs depend on the span alone, so a position can point at its quotation by span. */
    private Resource quotationNode(Evidence ev, Optional<EntityKey> speaker, Optional<CharSpan> cue) {
        Optional<Resource> made = statement("quotation", Ckg.Quotation, ev);
        made.ifPresent(s -> {
            s.addProperty(Ckg.quotedText, doc.cover(ev.span()));
            speaker.ifPresent(k -> s.addProperty(Ckg.speaker, entity(k)));
            cue.ifPresent(c -> s.addProperty(Ckg.attributionSpan, span(c)));
        });
        return m.createResource(Iris.statementIri(doc.id(), "quotation", ev.span()));
    }

    private void position(Position p) {
        String target = targetIri(p.target());
        String quote = p.quotation().map(CharSpan::toString).orElse("");
        statement("position", Ckg.StatedPosition, p.evidence(), p.holder().value(), p.stance().label(),
                target, p.cue(), quote).ifPresent(s -> {
                    s.addProperty(Ckg.holder, entity(p.holder()))
                            .addProperty(Ckg.stance, stance(p.stance()))
                            .addProperty(Ckg.target, m.createResource(target))
                            .addProperty(Ckg.cue, p.cue());
                    // A position quoting words no quotation extractor reported still gets its
                    // quotation node (speaker: the holder), so expressedBy never dangles.
                    p.quotation().ifPresent(qs -> s.addProperty(Ckg.expressedBy, quotationNode(
                            new Evidence(qs, p.evidence().rule(), p.evidence().confidence()),
                            Optional.of(p.holder()), Optional.empty())));
                });
    }

    private void quantity(Quantity q) {
        String value = Literals.decimal(q.value());
        String about = q.about().map(EntityKey::value).orElse("");
        statement("quantity", Ckg.QuantityStatement, q.evidence(), value, q.unit(), about).ifPresent(s -> {
            s.addProperty(Ckg.value, m.createTypedLiteral(value, XSDDatatype.XSDdecimal))
                    .addProperty(Ckg.unit, q.unit());
            q.about().ifPresent(k -> s.addProperty(Ckg.about, entity(k)));
        });
    }

    private void policy(Policy p) {
        Resource node = m.createResource(Iris.policyIri(p.key()));
        if (!m.contains(node, RDF.type, Ckg.Policy)) {
            // The first anchor names the policy; the others add participants, statuses and dates.
            node.addProperty(RDF.type, Ckg.Policy).addProperty(RDFS.label, p.label());
        }
        p.decider().ifPresent(k -> node.addProperty(Ckg.decider, entity(k)));
        p.permittedActor().ifPresent(k -> node.addProperty(Ckg.permittedActor, entity(k)));
        p.weapons().forEach(k -> node.addProperty(Ckg.concernsWeapon, entity(k)));
        p.territory().ifPresent(k -> node.addProperty(Ckg.territory, entity(k)));
        node.addProperty(Ckg.status, p.status().name().toLowerCase(Locale.ROOT));
        p.date().ifPresent(d -> node.addProperty(Ckg.date, date(d)));
        statement("policy", Ckg.PolicyStatement, p.evidence(), p.key().value())
                .ifPresent(s -> s.addProperty(Ckg.policy, node));
    }

    private void authorship(Authorship a) {
        EntityKey key = KeyMinter.forName(EntityType.PERSON, a.name());
        ArticleGraphWriter.writeEntity(m, new Entity(key, EntityType.PERSON, a.name(), Optional.empty(), List.of()));
        statement("authorship", Ckg.Authorship, a.evidence(), key.value(), a.contribution())
                .ifPresent(s -> s.addProperty(Ckg.author, entity(key)).addProperty(Ckg.contribution, a.contribution()));
    }

    /**
     * A new statement node with its provenance, or empty when the same fact (same IRI) was
     * already written. The rule is part of the identity: two rules finding the same fact on the
     * same span are two statements, each with its own confidence.
     */
    private Optional<Resource> statement(String kind, Resource type, Evidence ev, String... keyParts) {
        String[] parts = new String[keyParts.length + 1];
        System.arraycopy(keyParts, 0, parts, 0, keyParts.length);
        parts[keyParts.length] = "quotation".equals(kind) ? "" : ev.rule();
        String iri = "quotation".equals(kind) ? Iris.statementIri(doc.id(), kind, ev.span())
                : Iris.statementIri(doc.id(), kind, ev.span(), parts);
        if (!written.add(iri)) {
            return Optional.empty();
        }
        return Optional.of(m.createResource(iri)
                .addProperty(RDF.type, type)
                .addProperty(RDF.type, Ckg.Statement)
                .addProperty(Ckg.inArticle, article)
                .addProperty(Prov.wasDerivedFrom, span(ev.span()))
                .addProperty(Prov.wasGeneratedBy, run)
                .addProperty(Ckg.rule, ev.rule())
                .addLiteral(Ckg.confidence, m.createTypedLiteral(ev.confidence())));
    }

    /** The NIF span node; its anchor is the exact text, so a span beyond the text fails here. */
    private Resource span(CharSpan span) {
        String anchor = doc.cover(span);
        Resource r = m.createResource(Iris.spanIri(doc.id(), span));
        if (!m.contains(r, RDF.type, Nif.OffsetBasedString)) {
            r.addProperty(RDF.type, Nif.OffsetBasedString)
                    .addProperty(Nif.referenceContext, article)
                    .addProperty(Nif.beginIndex, nonNegative(span.begin()))
                    .addProperty(Nif.endIndex, nonNegative(span.end()))
                    .addProperty(Nif.anchorOf, anchor);
        }
        return r;
    }

    /** A reference to an entity; its description comes from the analysis, its key always. */
    private Resource entity(EntityKey key) {
        return m.createResource(Iris.entityIri(key)).addProperty(Ckg.key, key.value());
    }

    private String targetIri(Target t) {
        if (t instanceof Target.OfPolicy p) {
            return Iris.policyIri(p.policy());
        }
        return Iris.entityIri(((Target.OfEntity) t).entity());
    }

    private static Resource stance(Stance s) {
        return switch (s) {
            case SUPPORTS -> Ckg.Supports;
            case OPPOSES -> Ckg.Opposes;
            case NEUTRAL -> Ckg.Neutral;
        };
    }

    private Literal nonNegative(int n) {
        return m.createTypedLiteral(Integer.toString(n), XSDDatatype.XSDnonNegativeInteger);
    }

    /** A full ISO date as xsd:date, a year-month or a year as such; anything else as text. */
    private Literal date(String d) {
        if (d.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return m.createTypedLiteral(d, XSDDatatype.XSDdate);
        } else if (d.matches("\\d{4}-\\d{2}")) {
            return m.createTypedLiteral(d, XSDDatatype.XSDgYearMonth);
        } else if (d.matches("\\d{4}")) {
            return m.createTypedLiteral(d, XSDDatatype.XSDgYear);
        }
        return m.createLiteral(d);
    }
}
