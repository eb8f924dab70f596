package org.conflictkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The PROV-O terms used for provenance. */
public final class Prov {

    public static final String NS = "http://www.w3.org/ns/prov#";

    private Prov() {
    }

    public static final Resource Activity = ResourceFactory.createResource(NS + "Activity");
    public static final Resource SoftwareAgent = ResourceFactory.createResource(NS + "SoftwareAgent");
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS + "wasDerivedFrom");
    public static final Property wasGeneratedBy = ResourceFactory.createProperty(NS + "wasGeneratedBy");
    public static final Property wasAssociatedWith = ResourceFactory.createProperty(NS + "wasAssociatedWith");
    public static final Property startedAtTime = ResourceFactory.createProperty(NS + "startedAtTime");
    public static final Property used = ResourceFactory.createProperty(NS + "used");
}
