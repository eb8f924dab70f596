package org.conflictkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The conflict-kg ontology ({@code ontology/conflict-kg.ttl}): the one place its IRIs are written
 * in Java. Instance IRIs are minted under {@link #DATA}.
 */
public final class Ckg {

    public static final String NS = "https://w3id.org/conflict-kg/ontology#";
    /** Base of minted instance IRIs: entities, articles, statements, policies, runs, graphs. */
    public static final String DATA = "https://w3id.org/conflict-kg/id/";

    private Ckg() {
    }

    private static Resource r(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property p(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    // --- classes: entities
    public static final Resource Actor = r("Actor");
    public static final Resource Person = r("Person");
    public static final Resource Organization = r("Organization");
    public static final Resource Country = r("Country");
    public static final Resource Place = r("Place");
    public static final Resource WeaponSystem = r("WeaponSystem");
    public static final Resource Event = r("Event");
    public static final Resource Group = r("Group");
    public static final Resource Policy = r("Policy");
    public static final Resource Article = r("Article");

    // --- classes: statements (one node per fact, each derived from a span)
    public static final Resource Statement = r("Statement");
    public static final Resource EntityMention = r("EntityMention");
    public static final Resource RoleStatement = r("RoleStatement");
    public static final Resource StatedPosition = r("StatedPosition");
    public static final Resource Quotation = r("Quotation");
    public static final Resource QuantityStatement = r("QuantityStatement");
    public static final Resource PolicyStatement = r("PolicyStatement");
    public static final Resource Authorship = r("Authorship");
    public static final Resource ExtractionRun = r("ExtractionRun");

    // --- individuals
    public static final Resource Supports = r("supports");
    public static final Resource Opposes = r("opposes");
    public static final Resource Neutral = r("neutral");

    // --- entity properties
    /** The bare Wikidata QID as a string ("Q7747"), beside owl:sameAs to the entity IRI. */
    public static final Property wikidataId = p("wikidataId");
    /** The stable key the IRI was minted from (lexicon id or type/slug). */
    public static final Property key = p("key");

    // --- statement properties (all statements)
    public static final Property inArticle = p("inArticle");
    public static final Property rule = p("rule");
    public static final Property confidence = p("confidence");

    // --- mention
    public static final Property mentionOf = p("mentionOf");
    public static final Property mentionKind = p("mentionKind");

    // --- role
    public static final Property holder = p("holder");
    public static final Property title = p("title");
    public static final Property organization = p("organization");

    // --- position
    public static final Property stance = p("stance");
    public static final Property target = p("target");
    public static final Property cue = p("cue");
    public static final Property expressedBy = p("expressedBy");

    // --- quotation
    public static final Property speaker = p("speaker");
    public static final Property quotedText = p("quotedText");
    public static final Property attributionSpan = p("attributionSpan");

    // --- quantity
    public static final Property value = p("value");
    public static final Property unit = p("unit");
    public static final Property about = p("about");

    // --- policy
    public static final Property policy = p("policy");
    public static final Property decider = p("decider");
    public static final Property permittedActor = p("permittedActor");
    public static final Property concernsWeapon = p("concernsWeapon");
    public static final Property territory = p("territory");
    public static final Property status = p("status");
    public static final Property date = p("date");

    // --- authorship
    public static final Property author = p("author");
    public static final Property contribution = p("contribution");

    // --- article
    public static final Property fileName = p("fileName");
    public static final Property articleGraph = p("articleGraph");
    /** SHA-256 (lower-case hex) of the article text's UTF-8 bytes: lets ingest skip unchanged files. */
    public static final Property contentHash = p("contentHash");

    // --- extraction run
    public static final Property softwareVersion = p("softwareVersion");
}
