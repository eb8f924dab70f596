/**
 * The composition root of extraction: runs the extractors in data-flow order on one article and
 * returns an {@link org.conflictkg.pipeline.ArticleAnalysis}, a pure value the RDF writer turns
 * into a named graph.
 */
package org.conflictkg.pipeline;
