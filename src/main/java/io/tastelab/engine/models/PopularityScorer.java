package io.tastelab.engine.models;

import io.tastelab.engine.interactions.InteractionMatrix;
import io.tastelab.engine.interactions.InteractionPopularity;

/**
 * Most popular: every user gets the items by how many training users interacted with them. Knows every
 * user (it is itself the cold-start fallback). Immutable.
 */
public final class PopularityScorer implements ItemScorer {

    private final long[] counts;

    private PopularityScorer(long[] counts) {
        this.counts = counts;
    }

    public static PopularityScorer fit(InteractionMatrix train) {
        return new PopularityScorer(InteractionPopularity.distinctUsersPerItem(train));
    }

    /** Distinct training users per item. */
    public long[] counts() {
        return counts.clone();
    }

    @Override
    public int itemCount() {
        return counts.length;
    }

    @Override
    public boolean knows(int user) {
        return true;
    }

    @Override
    public void score(int user, float[] scores) {
        for (int i = 0; i < counts.length; i++) {
            scores[i] = counts[i];
        }
    }

    @Override
    public String scoreMeaning() {
        return "number of training users who interacted with the item";
    }
}
