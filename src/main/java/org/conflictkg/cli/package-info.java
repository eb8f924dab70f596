/**
 * The command line (picocli): one class per command, each a {@code Callable<Integer>}; shared
 * options are mixins; every fatal {@link org.conflictkg.diag.KgException} becomes a one-line
 * error naming the file and an exit code chosen by its error code. Commands only orchestrate the
 * store, server, query and eval packages; none of them touches RDF directly.
 */
package org.conflictkg.cli;
