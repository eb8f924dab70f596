/**
 * Knowledge that holds for any article, loaded from reviewable tab-separated files in
 * {@code data/lexicon/}: known entities with their aliases, demonyms and verified Wikidata ids, and
 * the cue-word lists the extractors use. Code holds patterns; these files hold knowledge.
 */
package org.conflictkg.lexicon;
