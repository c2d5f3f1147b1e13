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

    /**
     * What the score means for this request; a personalized ranker says here when it served a user it does
     * not know with a fallback (e.g. "cold-start user: popularity fallback").
     */
    default String scoreMeaning(RecommendationRequest request) {
        return scoreMeaning();
    }
}
