package io.tastelab.engine.evaluation;

import io.tastelab.engine.interactions.InteractionMatrix;

/**
 * Interactions divided into what a model may learn from and what it is judged on.
 *
 * <p>The candidates for a user are every item seen in training ({@link #candidateItems()}) minus the user's own
 * training items. Users indexed as in {@link #train()}; a user with no test items is not evaluated.
 * Immutable by convention (the arrays are not copied; nobody writes them after the split is made).
 *
 * @param description    the split in words, e.g. "leave-last-1-out by timestamp"
 * @param train          training interactions, one entry per (user, item)
 * @param testItems      per user, the held-out item indices (empty when the user is not evaluated)
 * @param testValues     per user, the held-out values aligned with {@code testItems} (ratings, for RMSE/MAE)
 * @param candidateItems per item, whether it was seen in training (and so can be recommended)
 */
public record Split(String description, InteractionMatrix train, int[][] testItems, float[][] testValues,
                    boolean[] candidateItems) {

    /** The same split with another description. */
    public Split describedAs(String newDescription) {
        return new Split(newDescription, train, testItems, testValues, candidateItems);
    }

    /** Users with at least one test item. */
    public int testUserCount() {
        int count = 0;
        for (int[] items : testItems) {
            if (items.length > 0) {
                count++;
            }
        }
        return count;
    }

    /** Total number of held-out interactions. */
    public long testInteractionCount() {
        long count = 0;
        for (int[] items : testItems) {
            count += items.length;
        }
        return count;
    }
}
