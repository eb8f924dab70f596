/**
 * Serving: the knowledge graph over HTTP with embedded Fuseki. One public, read-only dataset at
 * {@code /kg} whose default graph is the union of the article graphs (SPARQL query, Graph Store
 * Protocol read), each query bounded by a timeout, a row cap and a SERVICE allow-list; the Fuseki
 * UI and the few admin read-outs it needs; and, only when credentials are configured, update
 * endpoints at {@code /kg-admin} behind HTTP Basic.
 */
package org.conflictkg.server;
