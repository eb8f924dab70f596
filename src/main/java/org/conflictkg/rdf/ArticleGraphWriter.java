package org.conflictkg.rdf;

import java.util.EnumMap;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.conflictkg.lexicon.EntityType;
import org.conflictkg.pipeline.ArticleAnalysis;
import org.conflictkg.resolve.Entity;
import org.conflictkg.text.ArticleMetadata;
import org.conflictkg.text.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one article's analysis into the content of its named graph, in the shape
 * {@code ontology/README.md} describes: the article (full text, file name, content hash,
 * metadata), its entities, one statement node per fact with its span and provenance, the policies
 * it speaks of, and the extraction run. Everything but the run is a function of the analysis, so
 * re-ingesting an unchanged article gives the same graph. Stateless and thread-safe.
 */
public final class ArticleGraphWriter {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleGraphWriter.class);

    static final Map<EntityType, Resource> TYPE_CLASS = new EnumMap<>(Map.of(
            EntityType.PERSON, Ckg.Person,
            EntityType.ORGANIZATION, Ckg.Organization,
            EntityType.COUNTRY, Ckg.Country,
            EntityType.PLACE, Ckg.Place,
            EntityType.WEAPON_SYSTEM, Ckg.WeaponSystem,
            EntityType.EVENT, Ckg.Event,
            EntityType.GROUP, Ckg.Group));

    /** The article's named graph content; the caller names it {@link Iris#graphIri}. */
    public Model write(ArticleAnalysis analysis, ExtractionRun run) {
        Document doc = analysis.document();
        Model m = ModelFactory.createDefaultModel();
        setPrefixes(m);
        Resource article = writeArticle(m, doc);
        Resource runNode = writeRun(m, run, article);
        for (Entity e : analysis.entities()) {
            writeEntity(m, e);
        }
        new StatementWriter(m, doc, article, runNode).writeAll(analysis);
        return m;
    }

    private static Resource writeArticle(Model m, Document doc) {
        Resource a = m.createResource(Iris.articleIri(doc.id()))
                .addProperty(RDF.type, Ckg.Article)
                .addProperty(RDF.type, Nif.Context)
                .addProperty(RDF.type, Schema.NewsArticle)
                .addProperty(Nif.isString, doc.text())
                .addProperty(Ckg.fileName, doc.fileName())
                .addProperty(Ckg.contentHash, ContentHash.of(doc.text()));
        ArticleMetadata meta = doc.metadata();
        meta.title().ifPresent(t -> a.addProperty(Schema.headline, t));
        meta.outlet().ifPresent(o -> a.addProperty(Schema.publisher, o));
        // A URL from a sidecar is not a key we minted: keep it a typed literal, never an IRI.
        meta.url().ifPresent(u -> a.addProperty(Schema.url, m.createTypedLiteral(u, XSDDatatype.XSDanyURI)));
        meta.published().ifPresent(d -> a.addProperty(Schema.datePublished,
                m.createTypedLiteral(d.toString(), XSDDatatype.XSDdate)));
        return a;
    }

    private static Resource writeRun(Model m, ExtractionRun run, Resource article) {
        Resource agent = m.createResource(Iris.agentIri())
                .addProperty(RDF.type, Prov.SoftwareAgent)
                .addProperty(RDFS.label, "conflict-kg");
        return m.createResource(run.iri())
                .addProperty(RDF.type, Prov.Activity)
                .addProperty(RDF.type, Ckg.ExtractionRun)
                .addProperty(Prov.startedAtTime, m.createTypedLiteral(run.started().toString(), XSDDatatype.XSDdateTime))
                .addProperty(Ckg.softwareVersion, run.softwareVersion())
                .addProperty(Prov.wasAssociatedWith, agent)
                .addProperty(Prov.used, article);
    }

    static void writeEntity(Model m, Entity e) {
        Resource r = m.createResource(Iris.entityIri(e.key()))
                .addProperty(RDF.type, TYPE_CLASS.get(e.type()))
                .addProperty(RDFS.label, e.label())
                .addProperty(Skos.prefLabel, e.label())
                .addProperty(Ckg.key, e.key().value());
        if (e.type().isActor()) {
            r.addProperty(RDF.type, Ckg.Actor);
        }
        for (String alias : e.aliases()) {
            if (!alias.equals(e.label())) {
                r.addProperty(Skos.altLabel, alias);
            }
        }
        e.wikidata().ifPresent(qid -> {
            try {
                r.addProperty(OWL.sameAs, Wd.entity(qid)).addProperty(Ckg.wikidataId, qid);
            } catch (IllegalArgumentException bad) {
                LOG.warn("entity {}: ignoring malformed Wikidata id '{}'", e.key(), qid);
            }
        });
    }

    private static void setPrefixes(Model m) {
        m.setNsPrefix("ckg", Ckg.NS);
        m.setNsPrefix("nif", Nif.NS);
        m.setNsPrefix("prov", Prov.NS);
        m.setNsPrefix("schema", Schema.NS);
        m.setNsPrefix("skos", Skos.NS);
        m.setNsPrefix("wd", Wd.NS);
        m.setNsPrefix("owl", OWL.NS);
        m.setNsPrefix("rdfs", RDFS.uri);
        m.setNsPrefix("xsd", XSD.NS);
    }
}
