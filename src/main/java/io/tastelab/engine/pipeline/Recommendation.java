package io.tastelab.engine.pipeline;

import io.tastelab.engine.catalog.Catalog;

import java.util.List;
import java.util.Optional;

/**
 * A recommender's answer in the book's schema: an optional list of item ids, 0 to max_num_recs long,
 * without duplicates ({@code items} is empty — "None" — when nothing could be recommended), plus the trace
 * of every stage. It keeps the catalog snapshot it was computed on so ids and titles resolve consistently.
 */
public record Recommendation(String recommender, Optional<List<ScoredItem>> items, Trace trace, Catalog catalog) {

    /** The item ids, or empty for None. */
    public Optional<List<String>> itemIds() {
        return items.map(list -> list.stream().map(scored -> catalog.item(scored.index()).id()).toList());
    }

    public boolean isNone() {
        return items.isEmpty();
    }
}
