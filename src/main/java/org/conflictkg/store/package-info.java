/**
 * The store: a TDB2 dataset with one named graph per article and the union of them as the default
 * graph ({@link org.conflictkg.store.KgStore}), and the ingester that reads, extracts, writes and
 * replaces articles in it, one write transaction per article so the store never holds half an
 * article ({@link org.conflictkg.store.Ingester}).
 */
package org.conflictkg.store;
