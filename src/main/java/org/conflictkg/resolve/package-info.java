/**
 * Resolution: which mentions denote the same entity within an article (names, surnames, bodies of
 * a state, then descriptions by the titles people hold and third-person pronouns by salience) and
 * the stable key that makes the same entity one IRI across articles. {@link
 * org.conflictkg.resolve.ResolvedArticle} is what the later extractors read to find who is who.
 */
package org.conflictkg.resolve;
