/**
 * Serving: the knowledge graph over HTTP with embedded Fuseki, read-only. One dataset at
 * {@code /kg} whose default graph is the union of the article graphs: SPARQL query, Graph Store
 * Protocol read, no update; the Fuseki UI (query editor) and the few admin read-outs it needs.
 */
package org.conflictkg.server;
