package org.conflictkg.rdf;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One extraction run (a {@code prov:Activity}): its id, when it started and the software version
 * that ran. Every statement written in the run is {@code prov:wasGeneratedBy} it.
 */
public record ExtractionRun(String id, Instant started, String softwareVersion) {

    /** The version used when the code does not run from a packaged jar (IDE, Maven tests). */
    public static final String DEV_VERSION = "0.1.0-dev";

    public ExtractionRun {
        Objects.requireNonNull(started);
        Objects.requireNonNull(softwareVersion);
        Iris.runIri(id); // validates the id
    }

    /** A new run with a random id, now, and the version of the running jar. */
    public static ExtractionRun start() {
        return new ExtractionRun(UUID.randomUUID().toString(), Instant.now(), runningVersion());
    }

    public String iri() {
        return Iris.runIri(id);
    }

    /** Implementation-Version from the jar manifest, which the build writes; else {@link #DEV_VERSION}. */
    public static String runningVersion() {
        String v = ExtractionRun.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? DEV_VERSION : v;
    }
}
