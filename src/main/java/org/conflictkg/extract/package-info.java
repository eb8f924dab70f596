/**
 * Extraction: pure functions from an article to immutable findings, one sub-package per kind of
 * finding. Every finding carries {@link org.conflictkg.extract.Evidence}: its span, the rule that
 * produced it and a confidence. Nothing here knows about RDF.
 */
package org.conflictkg.extract;
