package io.tastelab.ui;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.catalog.CatalogException;
import io.tastelab.engine.pipeline.RecommendationRequest;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The state every pane shares: the current catalog snapshot, the workspace's name, and the request the
 * recommendation pane is showing (the catalog pane marks what that context can serve). Lives on the FX thread.
 */
public final class WorkspaceState {

    private final ReadOnlyObjectWrapper<Catalog> catalog;
    private final ReadOnlyStringWrapper name;
    private final ObjectProperty<RecommendationRequest> currentRequest = new SimpleObjectProperty<>(RecommendationRequest.top(10));

    public WorkspaceState(Catalog initial, String workspaceName) {
        this.catalog = new ReadOnlyObjectWrapper<>(initial);
        this.name = new ReadOnlyStringWrapper(workspaceName);
    }

    public ReadOnlyObjectProperty<Catalog> catalogProperty() {
        return catalog.getReadOnlyProperty();
    }

    public Catalog catalog() {
        return catalog.get();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ObjectProperty<RecommendationRequest> currentRequestProperty() {
        return currentRequest;
    }

    /**
     * Applies one edit. On success the new snapshot replaces the old one; on a refused edit nothing
     * changes and the reason comes back.
     */
    public Optional<String> edit(UnaryOperator<Catalog> change) {
        try {
            catalog.set(change.apply(catalog.get()));
            return Optional.empty();
        } catch (CatalogException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Replaces the whole workspace (a new catalog from a file, the sample, or a generator). */
    public void replace(Catalog newCatalog, String newName) {
        name.set(newName);
        catalog.set(newCatalog);
    }
}
