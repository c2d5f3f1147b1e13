package io.tastelab.engine.recommenders;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.pipeline.CandidateSet;
import io.tastelab.engine.pipeline.Ranker;
import io.tastelab.engine.pipeline.Ranking;
import io.tastelab.engine.pipeline.RecommendationRequest;
import io.tastelab.engine.pipeline.ScoredItem;

import java.util.ArrayList;
import java.util.List;

/**
 * Ranks by popularity count, highest first, ties broken by id (ascending, numeric when all ids are integers). Selects the top {@code depth}
 * with bounded heaps ({@link TopK}), so the cost is O(n log depth) at worst, never a full sort of the catalog.
 */
public final class MostPopularRanker implements Ranker {

    @Override
    public Ranking rank(Catalog catalog, CandidateSet candidates, RecommendationRequest request, int depth) {
        int[] top = TopK.select(catalog.popularityView(), candidates, catalog::compareIds, depth);
        List<ScoredItem> order = new ArrayList<>(top.length);
        for (int index : top) {
            order.add(new ScoredItem(index, catalog.popularity(index)));
        }
        return new Ranking(order, depth >= candidates.size());
    }

    @Override
    public String scoreMeaning() {
        return "popularity count";
    }
}
