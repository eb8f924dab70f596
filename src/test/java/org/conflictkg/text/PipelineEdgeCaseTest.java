package org.conflictkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.conflictkg.pipeline.ArticlePipeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tiny texts at the edges of what the extractors assume (nothing after a cue word, a quote that
 * never closes, a line break where a clause should go on), each kept because a fuzzed input that
 * was shrunk to it once broke the pipeline or easily could. The whole pipeline must analyse each
 * without an exception and with every span inside the text.
 */
class PipelineEdgeCaseTest {

    private static final ArticlePipeline PIPELINE = ArticlePipeline.standard();

    @ParameterizedTest
    @ValueSource(strings = {
        "echoed\nby", // shrunk from fuzz mutant 156: a cue at a line end, its preposition on the next line
        "said\nby Putin", "criticized by", "warned that", "Putin said", "Putin said:", "\u201C", "\"", "\"\"\"",
        "\u201CNo,\u201D", "\u201CNo,\u201D said", "said \u201C", "Mr.", "U.S.", "President", "\uD83D\uDE80",
        "Putin\uD83D\uDE80said \u201C\uD83D\uDE80\u201D", "\u05E9\u05DC\u05D5\u05DD \u201Cok\u201D", "according to",
        "300", "300 km", "10,000 troops", "Biden approved", "approved the use of", "by\n\nby\n\nby", ".", "\u00A0"
    })
    void shortEdgeTextsAreAnalysedWithSpansInsideTheText(String text) {
        assertEquals(List.of(), SpanAudit.problems(PIPELINE.analyse(Document.of("edge", text))));
    }
}
