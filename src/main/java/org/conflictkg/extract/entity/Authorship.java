package org.conflictkg.extract.entity;

import org.conflictkg.extract.Evidence;

/**
 * A person named in the article's byline or credits ("Reporting by ...", "Edited by: ..."):
 * an author of the article, not an actor in the story. {@code contribution} is "reporting",
 * "editing" or "author".
 */
public record Authorship(String name, String contribution, Evidence evidence) {
}
