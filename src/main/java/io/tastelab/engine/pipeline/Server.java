package io.tastelab.engine.pipeline;

import io.tastelab.engine.catalog.Catalog;

/** Last stage: enforces the output schema and the business rules on a ranking. */
public interface Server {

    ServedList serve(Catalog catalog, Ranking ranking, RecommendationRequest request);
}
