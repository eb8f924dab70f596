/**
 * Reading the graph back: running a user's SPARQL file against the store in a chosen result
 * format, and the extraction export, which assembles the gold format's JSON from SELECT queries
 * kept as classpath resources ({@code queries-internal/}) so it shows only what the graph holds.
 */
package org.conflictkg.query;
