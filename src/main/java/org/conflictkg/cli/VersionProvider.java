package org.conflictkg.cli;

import org.conflictkg.rdf.ExtractionRun;
import picocli.CommandLine.IVersionProvider;

/** The version the jar's manifest carries, as extraction runs record it. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"conflict-kg " + ExtractionRun.runningVersion(),
                "Java " + System.getProperty("java.version")};
    }
}
