package org.conflictkg.store;

import java.nio.file.Path;

/**
 * Progress of an ingest, for a command line or a log. Called on the ingesting thread, in file
 * order; every method has an empty default so a listener overrides what it shows.
 */
public interface IngestListener {

    IngestListener NONE = new IngestListener() {
    };

    /** The files to process, after directories were expanded. */
    default void started(int files) {
    }

    /** An article's graph replaced its old one in the store. */
    default void ingested(int index, int files, Path file, String articleId, long triples) {
    }

    /** An article left alone because its content hash matches the stored one. */
    default void skipped(int index, int files, Path file, String articleId) {
    }

    /** An article that could not be ingested; the batch goes on. */
    default void failed(int index, int files, Path file, String message) {
    }

    default void finished(IngestReport report) {
    }
}
