package io.tastelab.ui.catalog;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.pipeline.RecommendationRequest;
import io.tastelab.engine.pipeline.ServerRule;
import io.tastelab.engine.recommenders.BusinessRulesServer;
import javafx.collections.ObservableListBase;

import java.util.AbstractList;
import java.util.List;

/**
 * A read-only observable list of rows over a catalog snapshot and the indices that pass the filter.
 * Rows are made on demand, so a virtualized table over a million items holds only the visible rows.
 */
public final class CatalogRows extends ObservableListBase<ItemRow> {

    private Catalog catalog = Catalog.empty();
    private int[] indices = new int[0];
    private RecommendationRequest context = RecommendationRequest.top(10);

    /** Swaps in new content and tells listeners that everything was replaced. */
    public void setContent(Catalog newCatalog, int[] newIndices, RecommendationRequest newContext) {
        List<ItemRow> removed = snapshot();
        this.catalog = newCatalog;
        this.indices = newIndices;
        this.context = newContext;
        beginChange();
        if (!removed.isEmpty()) {
            nextRemove(0, removed);
        }
        if (indices.length > 0) {
            nextAdd(0, indices.length);
        }
        endChange();
    }

    private List<ItemRow> snapshot() {
        Catalog oldCatalog = catalog;
        int[] oldIndices = indices;
        RecommendationRequest oldContext = context;
        return new AbstractList<>() {
            @Override
            public ItemRow get(int position) {
                return row(oldCatalog, oldIndices[position], oldContext);
            }

            @Override
            public int size() {
                return oldIndices.length;
            }
        };
    }

    @Override
    public ItemRow get(int position) {
        return row(catalog, indices[position], context);
    }

    @Override
    public int size() {
        return indices.length;
    }

    /** Position of a catalog index in this list, or -1. */
    public int positionOf(int catalogIndex) {
        int position = java.util.Arrays.binarySearch(indices, catalogIndex);
        return position >= 0 ? position : -1;
    }

    private static ItemRow row(Catalog catalog, int index, RecommendationRequest context) {
        var item = catalog.item(index);
        String status = BusinessRulesServer.firstBrokenRule(item, context).map(ServerRule::reason).orElse("yes");
        return new ItemRow(index, item, catalog.popularity(index), status);
    }
}
