/**
 * Entity mentions: names from the lexicon and unknown names found by their context (titles, appositions, speech verbs), plus bylines.
 */
package org.conflictkg.extract.entity;
