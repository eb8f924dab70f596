/**
 * Graph views for visualisation: the SPARQL CONSTRUCT queries of {@code queries/views/} (shipped
 * on the classpath, run exactly as written) build a small node/edge graph in the {@code ckgv:}
 * view vocabulary (actors, decisions and weapon systems as nodes; stances, roles and decision
 * participation as edges weighted by articles and counted in statements), which {@link
 * org.conflictkg.query.view.GraphView} reads once and the writers turn into JSON-LD (with the
 * published {@code @context}), GraphML, Cytoscape.js JSON and Graphviz DOT.
 */
package org.conflictkg.query.view;
