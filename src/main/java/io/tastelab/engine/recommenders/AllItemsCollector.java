package io.tastelab.engine.recommenders;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.pipeline.CandidateSet;
import io.tastelab.engine.pipeline.Collector;
import io.tastelab.engine.pipeline.RecommendationRequest;

/** Collects the whole catalog; the server's rules decide what may be shown. */
public final class AllItemsCollector implements Collector {

    @Override
    public CandidateSet collect(Catalog catalog, RecommendationRequest request) {
        return CandidateSet.all(catalog.size());
    }

    @Override
    public String describe(CandidateSet collected) {
        return "all " + io.tastelab.engine.format.Counts.of(collected.size(), "item") + " in the catalog";
    }
}
