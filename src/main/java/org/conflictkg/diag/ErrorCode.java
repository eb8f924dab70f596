package org.conflictkg.diag;

/** The fatal error table: every {@link KgException} carries one of these. */
public enum ErrorCode {
    /** An article file could not be read or decoded. */
    ARTICLE_UNREADABLE,
    /** An article's content is not text (binary, empty, or otherwise unusable). */
    ARTICLE_REJECTED,
    /** A metadata sidecar is malformed. */
    METADATA_INVALID,
    /** A data file (lexicon, cue list) is malformed. */
    DATA_FILE_INVALID,
    /** The RDF store could not be opened or written. */
    STORE_FAILURE,
    /** A query file is missing or not valid SPARQL. */
    QUERY_INVALID,
    /** A gold or export file does not follow its schema. */
    GOLD_INVALID,
    /** The server could not start (port taken, bad configuration). */
    SERVER_FAILURE,
    /** A command-line argument or configuration value is invalid. */
    CONFIG_INVALID
}
