package org.conflictkg.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.conflictkg.eval.Finding.Kind;
import org.conflictkg.text.CharSpan;

/**
 * Scores an extraction export against a gold file by the rules of the gold format. Matching is
 * greedy in file order, exactly as the reference scorer does it, so both give the same numbers on
 * the same export. Quote spans are trimmed of spaces and quotation marks only when the article
 * texts are given.
 */
public final class Scorer {

    private final ArticleTexts texts;

    /** @param texts the article texts by file name, for trimming quote spans (may know none). */
    public Scorer(ArticleTexts texts) {
        this.texts = texts;
    }

    public EvalReport score(GoldStandard gold, Extraction system) {
        Tally tally = new Tally();
        for (GoldStandard.Document gd : gold.documents().values()) {
            Extraction.Document sd = system.documents().get(gd.name());
            if (sd == null) {
                tally.missing.add(gd.name());
                sd = Extraction.Document.EMPTY;
            }
            new DocumentScorer(gold, gd, sd, tally).run();
        }
        return new EvalReport(tally.counts, new Ratio(tally.linkOk, tally.linkN), new Ratio(tally.typeOk, tally.typeN),
                new Ratio(tally.attrOk, tally.attrN), tally.duplicates, tally.p1Ids.size(), tally.missing,
                tally.findings);
    }

    /** Mutable sums over all documents; lives for one {@link #score} call. */
    private static final class Tally {
        final Map<Category, Counts> counts = new EnumMap<>(Category.class);
        int linkOk, linkN, typeOk, typeN, attrOk, attrN, duplicates;
        final Set<String> p1Ids = new LinkedHashSet<>();
        final List<String> missing = new ArrayList<>();
        final List<Finding> findings = new ArrayList<>();

        Tally() {
            for (Category c : Category.values()) {
                counts.put(c, Counts.ZERO);
            }
        }

        void add(Category c, int tp, int fp, int fn) {
            counts.put(c, counts.get(c).plus(tp, fp, fn));
        }
    }

    private final class DocumentScorer {
        private final GoldStandard gold;
        private final GoldStandard.Document gd;
        private final Extraction.Document sd;
        private final Tally t;
        /** gold id -> the gold mention item; last item wins, first position kept (as a Python dict). */
        private final Map<String, GoldStandard.Mention> goldEntities = new LinkedHashMap<>();
        /** system entity id -> gold entity id. */
        private final Map<String, String> entityMap = new HashMap<>();
        /** system policy id -> gold policy id. */
        private final Map<String, String> policyMap = new HashMap<>();

        DocumentScorer(GoldStandard gold, GoldStandard.Document gd, Extraction.Document sd, Tally t) {
            this.gold = gold;
            this.gd = gd;
            this.sd = sd;
            this.t = t;
            gd.entities().forEach(m -> goldEntities.put(m.entity(), m));
        }

        void run() {
            entities();
            policies();
            roles();
            positions(false);
            positions(true);
            quotes();
            quantities();
        }

        private void fp(String what, String text) {
            t.findings.add(new Finding(gd.name(), Kind.FP, what, text));
        }

        private void fn(String what, String text) {
            t.findings.add(new Finding(gd.name(), Kind.FN, what, text));
        }

        private Optional<String> entityOf(Optional<String> systemId) {
            return systemId.map(entityMap::get);
        }

        private void entities() {
            Set<String> used = new HashSet<>();
            for (Extraction.Entity se : sd.entities()) {
                Optional<String> match = matchEntity(se);
                if (match.isEmpty()) {
                    t.add(Category.ENTITIES, 0, 1, 0);
                    fp("entity", se.label());
                    continue;
                }
                String gid = match.get();
                entityMap.put(se.id(), gid);
                if (!used.add(gid)) {
                    t.add(Category.ENTITIES, 0, 1, 0);
                    t.duplicates++;
                    fp("duplicate entity", se.label() + " (= " + gid + ")");
                    continue;
                }
                GoldStandard.Entity g = gold.entity(gid);
                if (!goldEntities.get(gid).optional()) {
                    t.add(Category.ENTITIES, 1, 0, 0);
                }
                if (g.wikidata().isPresent() || se.wikidata().isPresent()) {
                    t.linkN++;
                    t.linkOk += g.wikidata().equals(se.wikidata()) ? 1 : 0;
                }
                t.typeN++;
                t.typeOk += g.type().equals(se.type()) ? 1 : 0;
            }
            goldEntities.forEach((gid, m) -> {
                if (!used.contains(gid) && !m.optional()) {
                    t.add(Category.ENTITIES, 0, 0, 1);
                    fn("entity", gid + " \"" + m.mention() + "\"");
                }
            });
        }

        /** QID first, then canonical names, then aliases: the first gold entity of the article that fits. */
        private Optional<String> matchEntity(Extraction.Entity se) {
            if (se.wikidata().isPresent()) {
                for (String gid : goldEntities.keySet()) {
                    if (gold.entity(gid).wikidata().equals(se.wikidata())) {
                        return Optional.of(gid);
                    }
                }
            }
            List<String> names = new ArrayList<>();
            for (String label : concat(se.label(), se.aliases())) {
                if (!label.isEmpty()) {
                    names.add(NameNormalizer.normalize(label));
                }
            }
            for (String gid : goldEntities.keySet()) {
                if (names.contains(NameNormalizer.normalize(gold.entity(gid).name()))) {
                    return Optional.of(gid);
                }
            }
            for (String gid : goldEntities.keySet()) {
                for (String alias : gold.entity(gid).aliases()) {
                    if (names.contains(NameNormalizer.normalize(alias))) {
                        return Optional.of(gid);
                    }
                }
            }
            return Optional.empty();
        }

        private void policies() {
            int unmapped = 0;
            for (Extraction.Policy sp : sd.policies()) {
                String best = null;
                double score = 0.0;
                for (GoldStandard.Anchor a : gd.policies()) {
                    for (CharSpan s : sp.spans()) {
                        int shorter = Math.min(s.length(), a.span().length());
                        double ratio = shorter > 0 ? (double) Spans.overlap(s, a.span()) / shorter : 0.0;
                        if (shorter > 0 && ratio >= 0.5 && ratio > score) {
                            best = a.policy();
                            score = ratio;
                        }
                    }
                }
                if (best != null && !best.isEmpty()) {
                    policyMap.put(sp.id(), best);
                    if (best.equals("P1")) {
                        t.p1Ids.add(sp.id());
                    }
                }
            }
            for (Extraction.Policy sp : sd.policies()) {
                if (!policyMap.containsKey(sp.id())) {
                    unmapped++;
                    fp("policy", sp.label() + " " + sp.spans());
                }
            }
            Set<String> goldPolicies = new TreeSet<>();
            gd.policies().forEach(a -> goldPolicies.add(a.policy()));
            Set<String> found = new HashSet<>(policyMap.values());
            int tp = 0;
            for (String p : goldPolicies) {
                if (found.contains(p)) {
                    tp++;
                } else {
                    fn("policy", p);
                }
            }
            t.add(Category.POLICIES, tp, unmapped, goldPolicies.size() - tp);
        }

        private void roles() {
            List<GoldStandard.Role> goldRoles = gd.roles();
            boolean[] matched = new boolean[goldRoles.size()];
            Set<List<Object>> seen = new HashSet<>();
            for (Extraction.Role sr : sd.roles()) {
                Optional<String> holder = entityOf(sr.holder());
                Set<String> st = NameNormalizer.titleTokens(sr.title());
                if (!seen.add(List.of(sr.holder().orElse(""), sr.holder().isPresent(), st))) {
                    continue;
                }
                boolean hit = false;
                for (int i = 0; i < goldRoles.size(); i++) {
                    GoldStandard.Role gr = goldRoles.get(i);
                    if (matched[i] || !gr.holder().equals(holder)) {
                        continue;
                    }
                    Set<String> gt = NameNormalizer.titleTokens(gr.title());
                    if (!gt.isEmpty() && (st.containsAll(gt) || Spans.jaccard(gt, st) >= 0.5)) {
                        matched[i] = hit = true;
                        break;
                    }
                }
                t.add(Category.ROLES, hit ? 1 : 0, hit ? 0 : 1, 0);
                if (!hit) {
                    fp("role", sr.title() + " / " + holder.orElse("?"));
                }
            }
            for (int i = 0; i < goldRoles.size(); i++) {
                if (!matched[i]) {
                    t.add(Category.ROLES, 0, 0, 1);
                    fn("role", goldRoles.get(i).holder().orElse("?") + " / " + goldRoles.get(i).title());
                }
            }
        }

        private void positions(boolean relaxed) {
            Category c = relaxed ? Category.POSITIONS_RELAXED : Category.POSITIONS;
            Map<List<Optional<String>>, Boolean> goldKeys = new LinkedHashMap<>();
            for (GoldStandard.Position gp : gd.positions()) {
                List<Optional<String>> k = relaxed ? List.of(gp.holder(), Optional.of(gp.stance()))
                        : List.of(gp.holder(), Optional.of(gp.stance()), gp.target());
                goldKeys.merge(k, !gp.optional(), Boolean::logicalOr);
            }
            Set<List<Optional<String>>> systemKeys = new LinkedHashSet<>();
            for (Extraction.Position sp : sd.positions()) {
                Optional<String> h = entityOf(sp.holder());
                Optional<String> target = sp.target().map(id -> policyMap.getOrDefault(id, entityMap.get(id)));
                systemKeys.add(relaxed ? List.of(h, Optional.of(sp.stance()))
                        : List.of(h, Optional.of(sp.stance()), target));
            }
            for (List<Optional<String>> k : systemKeys) {
                Boolean required = goldKeys.get(k);
                if (required == null) {
                    t.add(c, 0, 1, 0);
                    if (!relaxed) {
                        fp("position", describe(k));
                    }
                } else if (required) {
                    t.add(c, 1, 0, 0);
                }
            }
            goldKeys.forEach((k, required) -> {
                if (required && !systemKeys.contains(k)) {
                    t.add(c, 0, 0, 1);
                    if (!relaxed) {
                        fn("position", describe(k));
                    }
                }
            });
        }

        private void quotes() {
            Optional<int[]> text = texts.codePoints(gd.name());
            List<GoldStandard.Quote> goldQuotes = gd.quotes();
            boolean[] matched = new boolean[goldQuotes.size()];
            for (Extraction.Quote sq : sd.quotes()) {
                CharSpan s = text.map(cp -> Spans.trimQuotes(sq.span(), cp)).orElse(sq.span());
                int best = -1;
                double bestJ = 0.5;
                for (int i = 0; i < goldQuotes.size(); i++) {
                    CharSpan gs = goldQuotes.get(i).span();
                    CharSpan g = text.map(cp -> Spans.trimQuotes(gs, cp)).orElse(gs);
                    double j = Spans.jaccard(s, g);
                    if (!matched[i] && j >= bestJ) {
                        best = i;
                        bestJ = j;
                    }
                }
                if (best >= 0 && goldQuotes.get(best).optional()) {
                    matched[best] = true;
                    continue;
                }
                if (best < 0) {
                    t.add(Category.QUOTES, 0, 1, 0);
                    t.add(Category.QUOTES_STRICT, 0, 1, 0);
                    fp("quote", sq.span().toString());
                    continue;
                }
                matched[best] = true;
                t.add(Category.QUOTES, 1, 0, 0);
                Optional<String> speaker = entityOf(sq.speaker());
                boolean ok = speaker.equals(goldQuotes.get(best).speaker());
                t.attrN++;
                t.attrOk += ok ? 1 : 0;
                t.add(Category.QUOTES_STRICT, ok ? 1 : 0, ok ? 0 : 1, ok ? 0 : 1);
                if (!ok) {
                    fp("quote speaker", abbreviate(goldQuotes.get(best).text(), 40) + " / " + speaker.orElse("?"));
                }
            }
            for (int i = 0; i < goldQuotes.size(); i++) {
                if (!matched[i] && !goldQuotes.get(i).optional()) {
                    t.add(Category.QUOTES, 0, 0, 1);
                    t.add(Category.QUOTES_STRICT, 0, 0, 1);
                    fn("quote", abbreviate(goldQuotes.get(i).text(), 50));
                }
            }
        }

        private void quantities() {
            List<GoldStandard.Quantity> goldQuantities = gd.quantities();
            boolean[] found = new boolean[goldQuantities.size()];
            for (Extraction.Quantity sq : sd.quantities()) {
                if (sq.value().isEmpty()) {
                    continue;
                }
                double v = sq.value().getAsDouble();
                for (int i = 0; i < goldQuantities.size(); i++) {
                    GoldStandard.Quantity g = goldQuantities.get(i);
                    if (!found[i] && Math.abs(v - g.value()) <= 0.005 * Math.abs(g.value())
                            && Spans.overlap(sq.span(), g.span()) > 0) {
                        found[i] = true;
                        break;
                    }
                }
            }
            int tp = 0;
            for (int i = 0; i < found.length; i++) {
                if (found[i]) {
                    tp++;
                } else {
                    fn("quantity", goldQuantities.get(i).evidence());
                }
            }
            t.add(Category.QUANTITIES, tp, 0, found.length - tp);
        }
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static String describe(List<Optional<String>> key) {
        List<String> parts = new ArrayList<>();
        key.forEach(o -> parts.add(o.orElse("?")));
        return String.join(" ", parts);
    }

    private static String abbreviate(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max));
    }
}
