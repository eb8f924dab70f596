/**
 * Policies and decisions: permissions to use weapons, supplies of weapons and proposals, read as
 * frames (decider, permitted actor, weapons' origin, territory, status, date) and keyed by what the
 * decision is, so that every article about one decision points at one node; definite phrases that
 * name a stated decision ("the move", "the broadcasting ban", "Japan's asset freeze") are further
 * statements of it ({@code DecisionReferences}). The cue tables
 * ({@code policy-cues.tsv}, {@code actor-states.tsv}) and the cue-phrase matcher shared with the
 * position extractor live here too.
 */
package org.conflictkg.extract.policy;
