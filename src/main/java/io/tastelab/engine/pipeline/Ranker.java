package io.tastelab.engine.pipeline;

import io.tastelab.engine.catalog.Catalog;

/** Second stage: orders the collected candidates with a model of the user and context. */
public interface Ranker {

    /**
     * Returns at most {@code depth} candidates, best first. The server asks again with a larger depth
     * when its rules removed too many, so a ranker should not compute more than it is asked for.
     */
    Ranking rank(Catalog catalog, CandidateSet candidates, RecommendationRequest request, int depth);

    /** What the score means, for the trace and the UI (e.g. "popularity count"). */
    String scoreMeaning();
}
