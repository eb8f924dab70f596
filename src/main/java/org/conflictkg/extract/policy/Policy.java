package org.conflictkg.extract.policy;

import java.util.List;
import java.util.Optional;
import org.conflictkg.extract.Evidence;
import org.conflictkg.resolve.EntityKey;

/**
 * One statement of a policy or decision in an article (an anchor): which decision (key), a label,
 * who decides, who may act, which weapons, where, its status, and a date (ISO-8601, possibly
 * partial such as "2024-05") when the text gives one. Several anchors share one key.
 */
public record Policy(PolicyKey key, String label, Optional<EntityKey> decider,
                     Optional<EntityKey> permittedActor, List<EntityKey> weapons,
                     Optional<EntityKey> territory, PolicyStatus status, Optional<String> date,
                     Evidence evidence) {

    public Policy {
        weapons = List.copyOf(weapons);
    }
}
