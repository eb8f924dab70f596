/**
 * Benchmarks of the whole system on this machine: a corpus scaler that grows a realistic corpus
 * from real articles ({@link org.conflictkg.bench.CorpusScaler}), and measurements of extraction
 * throughput, ingest against Jena's own TDB2 parallel loader, SPARQL latency over HTTP, re-ingest
 * visibility and peak heap ({@link org.conflictkg.bench.Bench}), written as JSON and Markdown
 * ({@link org.conflictkg.bench.BenchReport}). Measuring Jena's loader is the point of one figure,
 * so {@link org.conflictkg.bench.JenaLoaderBaseline} imports Jena (and
 * {@link org.conflictkg.bench.BulkExtraction} passes the graph writer's Jena model through to it);
 * the rest goes through the project's own store, ingester and server, and plain HTTP.
 */
package org.conflictkg.bench;
