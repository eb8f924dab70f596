package org.conflictkg.server;

import org.apache.jena.atlas.json.JsonBuilder;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.fuseki.ctl.ActionContainerItem;
import org.apache.jena.fuseki.ctl.JsonDescription;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.ServerConst;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;

/**
 * {@code /$/datasets}, answering only GET: the UI lists the datasets and their endpoints from it.
 * Fuseki's own version also creates and deletes datasets, which a read-only server must not offer.
 */
final class ReadOnlyDatasetsAction extends ActionContainerItem {

    @Override
    public void validate(HttpAction action) {
    }

    @Override
    protected JsonValue execGetContainer(HttpAction action) {
        JsonBuilder builder = new JsonBuilder();
        builder.startObject("D");
        builder.key(ServerConst.datasets);
        JsonDescription.arrayDatasets(builder, action.getDataAccessPointRegistry());
        builder.finishObject("D");
        return builder.build();
    }

    @Override
    protected JsonValue execGetItem(HttpAction action) {
        DataAccessPoint dap = getItemDataAccessPoint(action, getItemDatasetName(action));
        if (dap == null) {
            ServletOps.errorNotFound("no dataset " + getItemDatasetName(action));
        }
        JsonBuilder builder = new JsonBuilder();
        JsonDescription.describe(builder, dap);
        return builder.build();
    }

    @Override
    protected JsonValue execPostContainer(HttpAction action) {
        ServletOps.errorMethodNotAllowed("POST (this server is read-only)");
        return null;
    }

    @Override
    protected JsonValue execPostItem(HttpAction action) {
        ServletOps.errorMethodNotAllowed("POST (this server is read-only)");
        return null;
    }
}
