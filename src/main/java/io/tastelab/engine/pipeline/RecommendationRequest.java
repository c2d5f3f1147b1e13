package io.tastelab.engine.pipeline;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a client asks a recommender for: an optional user, an optional category (the context filter),
 * at most {@code maxNumRecs} items, items to leave out, and the seed for any randomness.
 * Immutable.
 */
public record RecommendationRequest(Optional<String> user, Optional<String> category, int maxNumRecs,
                                    Set<String> excluded, long seed) {

    public static final long DEFAULT_SEED = 0;

    public RecommendationRequest {
        if (maxNumRecs < 0) {
            throw new InvalidRequestException("max_num_recs must be 0 or more, got " + maxNumRecs);
        }
        user = user == null ? Optional.empty() : user.filter(u -> !u.isBlank());
        category = category == null ? Optional.empty() : category.map(String::strip).filter(c -> !c.isEmpty());
        excluded = excluded == null ? Set.of() : java.util.Collections.unmodifiableSet(new LinkedHashSet<>(excluded));
    }

    /** A request for the top {@code maxNumRecs} items with no user, context or exclusions. */
    public static RecommendationRequest top(int maxNumRecs) {
        return new RecommendationRequest(Optional.empty(), Optional.empty(), maxNumRecs, Set.of(), DEFAULT_SEED);
    }

    public RecommendationRequest withCategory(String newCategory) {
        return new RecommendationRequest(user, Optional.ofNullable(newCategory), maxNumRecs, excluded, seed);
    }

    public RecommendationRequest withExcluded(Set<String> newExcluded) {
        return new RecommendationRequest(user, category, maxNumRecs, newExcluded, seed);
    }

    public RecommendationRequest withSeed(long newSeed) {
        return new RecommendationRequest(user, category, maxNumRecs, excluded, newSeed);
    }

    public RecommendationRequest withMaxNumRecs(int newMax) {
        return new RecommendationRequest(user, category, newMax, excluded, seed);
    }
}
