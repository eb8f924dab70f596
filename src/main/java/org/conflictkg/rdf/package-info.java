/**
 * RDF: the vocabularies (one class per vocabulary, the only place their IRIs are written) and
 * the writer that turns an article's findings into its named graph with a provenance trail from
 * every fact to its span. Written through Jena's API, never by string concatenation.
 */
package org.conflictkg.rdf;
