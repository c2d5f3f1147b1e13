package io.tastelab.engine.recommenders;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.pipeline.CandidateSet;
import io.tastelab.engine.pipeline.Ranker;
import io.tastelab.engine.pipeline.Ranking;
import io.tastelab.engine.pipeline.RecommendationRequest;
import io.tastelab.engine.pipeline.ScoredItem;
import io.tastelab.engine.random.SeededDraws;

import java.util.List;

/**
 * The book's trivial ranker: picks one candidate uniformly at random from the request's seed, and
 * nothing else. Whether that one item can be served is the server's business, so an unavailable pick
 * leads to no recommendation at all.
 */
public final class RandomPickRanker implements Ranker {

    @Override
    public Ranking rank(Catalog catalog, CandidateSet candidates, RecommendationRequest request, int depth) {
        if (candidates.size() == 0) {
            return new Ranking(List.of(), true);
        }
        int position = new SeededDraws(request.seed()).pick(candidates.size());
        return new Ranking(List.of(new ScoredItem(candidates.indexAt(position), 1.0)), true);
    }

    @Override
    public String scoreMeaning() {
        return "1.0 for the randomly picked item (seeded)";
    }
}
