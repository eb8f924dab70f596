package org.conflictkg.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.conflictkg.extract.policy.PolicyKey;
import org.conflictkg.resolve.EntityKey;
import org.conflictkg.text.CharSpan;

/**
 * Every instance IRI the graph uses, minted in this one place from safe keys only (article ids,
 * entity and policy keys, run ids): free text never becomes part of an IRI, it is hashed. The
 * layout is the one {@code ontology/README.md} documents.
 */
public final class Iris {

    private static final Pattern ARTICLE_ID = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9-]+");
    private static final String GRAPH = Ckg.DATA + "graph/";
    private static final String STATEMENT = Ckg.DATA + "statement/";

    private Iris() {
    }

    /** The named graph holding everything one article states. */
    public static String graphIri(String articleId) {
        return GRAPH + checkArticleId(articleId);
    }

    /** The article id of a graph IRI minted by {@link #graphIri}, if it is one. */
    public static java.util.Optional<String> articleIdOfGraph(String graphIri) {
        if (!graphIri.startsWith(GRAPH)) {
            return java.util.Optional.empty();
        }
        String id = graphIri.substring(GRAPH.length());
        return isArticleId(id) ? java.util.Optional.of(id) : java.util.Optional.empty();
    }

    public static String articleIri(String articleId) {
        return Ckg.DATA + "article/" + checkArticleId(articleId);
    }

    public static String entityIri(EntityKey key) {
        return Ckg.DATA + "entity/" + key.value();
    }

    public static String policyIri(PolicyKey key) {
        return Ckg.DATA + "policy/" + key.value();
    }

    public static String runIri(String runId) {
        if (!RUN_ID.matcher(runId).matches()) {
            throw new IllegalArgumentException("run id must be letters, digits and '-': " + runId);
        }
        return Ckg.DATA + "run/" + runId;
    }

    /** The software agent every extraction run is associated with. */
    public static String agentIri() {
        return Ckg.DATA + "agent/conflict-kg";
    }

    /** A NIF span: {@code {articleIRI}#char={begin},{end}} (RFC 5147 style, code points). */
    public static String spanIri(String articleId, CharSpan span) {
        return articleIri(articleId) + "#char=" + span.begin() + "," + span.end();
    }

    /**
     * A statement node: {@code …/id/statement/{articleId}/{kind}/{begin}-{end}-{hash}}, where the
     * hash covers the parts that tell two facts on the same span apart (keys, stance, rule, …).
     * The same fact from the same text always gets the same IRI, so re-ingest is idempotent.
     */
    public static String statementIri(String articleId, String kind, CharSpan span, String... parts) {
        if (!kind.matches("[a-z]+")) {
            throw new IllegalArgumentException("statement kind must be lower-case letters: " + kind);
        }
        return STATEMENT + checkArticleId(articleId) + "/" + kind + "/" + span.begin() + "-" + span.end()
                + "-" + hash(kind, parts);
    }

    public static boolean isArticleId(String id) {
        return ARTICLE_ID.matcher(id).matches() && !id.chars().allMatch(c -> c == '.');
    }

    private static String checkArticleId(String id) {
        if (!isArticleId(id)) {
            throw new IllegalArgumentException("article id must be letters, digits, '.', '_' and '-': " + id);
        }
        return id;
    }

    private static String hash(String kind, String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(kind.getBytes(StandardCharsets.UTF_8));
            for (String p : parts) {
                sha.update((byte) 0); // separator: ("ab","c") and ("a","bc") must differ
                sha.update(p.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
