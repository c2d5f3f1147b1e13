package io.tastelab.engine.pipeline;

import io.tastelab.engine.catalog.Catalog;

/** First stage: knows the collection of recommendable items and gathers the candidates for a request. */
public interface Collector {

    CandidateSet collect(Catalog catalog, RecommendationRequest request);

    /** One line for the trace, e.g. "all 220 items in the catalog". */
    String describe(CandidateSet collected);
}
