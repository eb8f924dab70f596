package org.conflictkg.extract.policy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.conflictkg.extract.quote.Analysed;
import org.junit.jupiter.api.Test;

/** Decisions of the kinds international news reports every day: vetoes, extensions, cleared sales. */
class InstitutionalActsTest {

    private static List<String> keys(String text) {
        return Analysed.text(text).analysis().policies().stream().map(p -> p.key().value()).toList();
    }

    @Test
    void aVetoedDraftResolutionIsAVetoOfTheStateThatCastIt() {
        List<String> k = keys("Russia on Monday vetoed a draft resolution on the war at the U.N. Security Council.");
        assertTrue(k.stream().anyMatch(x -> x.startsWith("veto/russia")), k.toString());
    }

    @Test
    void anExtendedCeasefireIsAnExtension() {
        List<String> k = keys("France and the United States said on Sunday that Israel and Lebanon had extended"
                + " the ceasefire until the end of March.");
        assertTrue(k.stream().anyMatch(x -> x.startsWith("extension/")), k.toString());
    }

    @Test
    void aClearedSaleIsAnArmsExport() {
        List<String> k = keys("The State Department approved the possible sale of 40 F-16 fighter jets to Turkey,"
                + " the Pentagon said.");
        assertTrue(k.stream().anyMatch(x -> x.startsWith("arms-export/") || x.startsWith("weapons-supply/")),
                k.toString());
    }

    @Test
    void aReserveOrZoneDeclaredByAGovernmentIsADesignation() {
        List<String> k = keys("Turkey on Tuesday declared a buffer zone along its border with Syria.");
        assertTrue(k.stream().anyMatch(x -> x.startsWith("designation/turkey")), k.toString());
    }
}
