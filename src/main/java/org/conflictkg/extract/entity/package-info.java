/**
 * Entity mentions: names from the lexicon, unknown people and organisations found by their context
 * (a title before a name, an apposition after it, a speech verb, an organisation head word, a
 * source cue), bodies of a state ("Russia's defence ministry"), anonymous or collective sources as
 * groups ("two U.S. officials"), and the authors named in bylines. Story text only: headings,
 * bylines and furniture produce no actors. Knowledge comes from the cue tables in data/lexicon.
 */
package org.conflictkg.extract.entity;
