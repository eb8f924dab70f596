/**
 * Resolution: which mentions denote the same entity within an article (names, surnames, titles,
 * pronouns) and the stable key that makes the same entity one IRI across articles.
 */
package org.conflictkg.resolve;
