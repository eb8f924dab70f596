package org.conflictkg.extract.position;

import org.conflictkg.extract.policy.PolicyKey;
import org.conflictkg.resolve.EntityKey;

/** What a position is about: a policy or decision, or an entity. */
public sealed interface Target {

    record OfPolicy(PolicyKey policy) implements Target {
    }

    record OfEntity(EntityKey entity) implements Target {
    }
}
