package org.conflictkg.devtools;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.conflictkg.extract.position.Target;
import org.conflictkg.lexicon.EntityType;
import org.conflictkg.pipeline.ArticleAnalysis;
import org.conflictkg.pipeline.ArticlePipeline;
import org.conflictkg.resolve.Entity;
import org.conflictkg.resolve.EntityMention;
import org.conflictkg.text.ArticleReader;
import org.conflictkg.text.CharSpan;

/**
 * Developer tool, test scope only: runs the extraction pipeline over a directory and writes the
 * extraction/1 JSON straight from the analyses, without a store, so extractor work can be scored
 * with the reference scorer in seconds. The product's export goes through the graph instead.
 * Usage: AnalysisExport ARTICLES_DIR OUT_JSON
 */
public final class AnalysisExport {

    public static void main(String[] args) throws Exception {
        ArticlePipeline pipeline = ArticlePipeline.standard();
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("schema", "extraction/1");
        ObjectNode docs = root.putObject("documents");
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
            ArticleAnalysis a = pipeline.analyse(new ArticleReader().read(f));
            ObjectNode d = docs.putObject(f.getFileName().toString());
            ArrayNode ents = d.putArray("entities");
            for (Entity e : a.entities()) {
                if (e.type() == EntityType.GROUP) {
                    continue;
                }
                ObjectNode n = ents.addObject();
                n.put("id", e.key().value());
                n.put("label", e.label());
                n.put("type", e.type().label());
                if (e.wikidata().isPresent()) {
                    n.put("wikidata", e.wikidata().get());
                } else {
                    n.putNull("wikidata");
                }
                ArrayNode al = n.putArray("aliases");
                e.aliases().forEach(al::add);
                ArrayNode ms = n.putArray("mentions");
                for (EntityMention m : a.mentions()) {
                    if (m.entity().equals(e.key())) {
                        span(ms.addArray(), m.span());
                    }
                }
            }
            ArrayNode pols = d.putArray("policies");
            a.policies().stream().map(p -> p.key().value()).distinct().forEach(k -> {
                ObjectNode n = pols.addObject();
                n.put("id", "policy:" + k);
                n.put("label", k);
                ArrayNode spans = n.putArray("spans");
                a.policies().stream().filter(p -> p.key().value().equals(k))
                        .forEach(p -> span(spans.addArray(), p.evidence().span()));
            });
            ArrayNode roles = d.putArray("roles");
            a.roles().forEach(r -> {
                ObjectNode n = roles.addObject();
                n.put("holder", r.holder().value());
                n.put("title", r.title());
                n.put("organization", r.organization().map(k -> k.value()).orElse(null));
                span(n.putArray("span"), r.evidence().span());
            });
            ArrayNode pos = d.putArray("positions");
            a.positions().forEach(p -> {
                ObjectNode n = pos.addObject();
                n.put("holder", p.holder().value());
                n.put("stance", p.stance().label());
                n.put("target", p.target() instanceof Target.OfPolicy op ? "policy:" + op.policy().value()
                        : ((Target.OfEntity) p.target()).entity().value());
                span(n.putArray("span"), p.evidence().span());
            });
            ArrayNode quotes = d.putArray("quotes");
            a.quotations().forEach(q -> {
                ObjectNode n = quotes.addObject();
                n.put("speaker", q.speaker().map(k -> k.value()).orElse(null));
                span(n.putArray("span"), q.evidence().span());
            });
            ArrayNode qs = d.putArray("quantities");
            a.quantities().forEach(q -> {
                ObjectNode n = qs.addObject();
                n.put("value", q.value());
                n.put("unit", q.unit());
                span(n.putArray("span"), q.evidence().span());
            });
        }
        json.writerWithDefaultPrettyPrinter().writeValue(Path.of(args[1]).toFile(), root);
    }

    private static void span(ArrayNode arr, CharSpan s) {
        arr.add(s.begin());
        arr.add(s.end());
    }
}
