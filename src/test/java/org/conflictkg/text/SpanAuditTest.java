package org.conflictkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.conflictkg.extract.Evidence;
import org.conflictkg.extract.entity.Mention;
import org.conflictkg.extract.entity.MentionKind;
import org.conflictkg.extract.quote.Quotation;
import org.conflictkg.lexicon.EntityType;
import org.conflictkg.pipeline.ArticleAnalysis;
import org.conflictkg.resolve.EntityKey;
import org.conflictkg.resolve.EntityMention;
import org.junit.jupiter.api.Test;

/** The audit the bad-input and fuzz tests rely on does catch bad spans, nested ones included. */
class SpanAuditTest {

    private static final Document DOC = Document.of("t", "\uD83D\uDE80 Putin said \u201Cno\u201D.");

    private static ArticleAnalysis analysis(List<EntityMention> mentions, List<Quotation> quotes) {
        return new ArticleAnalysis(DOC, List.of(), mentions, List.of(), quotes, List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    private static EntityMention mention(String text, CharSpan span) {
        return new EntityMention(new EntityKey("vladimir-putin"), new Mention(text, EntityType.PERSON,
                MentionKind.ALIAS, Optional.empty(), new Evidence(span, "test", 1.0)));
    }

    @Test
    void spansInsideTheTextWithMatchingMentionTextPass() {
        assertEquals(List.of(), SpanAudit.problems(analysis(List.of(mention("Putin", new CharSpan(2, 7))), List.of())));
    }

    @Test
    void spanBeyondTheTextIsReported() {
        List<String> problems = SpanAudit.problems(analysis(List.of(mention("x", new CharSpan(20, 30))), List.of()));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("mentions[0].mention.evidence.span [20,30) ends beyond the text"));
    }

    @Test
    void mentionCountedInUtf16UnitsInsteadOfCodePointsIsReported() {
        List<String> problems = SpanAudit.problems(analysis(List.of(mention("Putin", new CharSpan(3, 8))), List.of()));
        assertEquals(List.of("mention \"Putin\" at [3,8) covers \"utin \""), problems);
    }

    @Test
    void spanInsideAnOptionalOfANestedRecordIsAudited() {
        Quotation q = new Quotation(Optional.empty(), Optional.of(new CharSpan(8, 99)), new Evidence(new CharSpan(14, 16), "test", 1.0));
        List<SpanAudit.Found> spans = SpanAudit.spans(analysis(List.of(), List.of(q)));
        assertEquals(List.of(new SpanAudit.Found("quotations[0].cue", new CharSpan(8, 99)),
                new SpanAudit.Found("quotations[0].evidence.span", new CharSpan(14, 16))), spans);
        assertEquals(1, SpanAudit.problems(analysis(List.of(), List.of(q))).size());
    }
}
