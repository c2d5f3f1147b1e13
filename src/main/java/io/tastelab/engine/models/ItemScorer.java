package io.tastelab.engine.models;

/**
 * A trained model: scores every item for a user (higher is better). Implementations are immutable after
 * training and thread-safe, so one model serves many requests and the evaluator's threads at once.
 */
public interface ItemScorer {

    int itemCount();

    /**
     * Whether the model knows anything about this user (a user index of the training matrix with at least
     * one training interaction). Unknown users get the popularity fallback from whoever serves them.
     */
    boolean knows(int user);

    /** Writes a score for every item index into {@code scores} (length {@link #itemCount()}). */
    void score(int user, float[] scores);

    /**
     * Scores the first {@code count} of {@code users} at once, user {@code users[b]} into {@code scores[b]}: the
     * same numbers as {@link #score} for each, but a model may share work across the block (a factor model reads
     * its item factors once per block instead of once per user).
     */
    default void scoreBlock(int[] users, int count, float[][] scores) {
        for (int b = 0; b < count; b++) {
            score(users[b], scores[b]);
        }
    }

    /** Whether {@link #predict} gives ratings on the data's scale (so RMSE and MAE mean something). */
    default boolean predictsRatings() {
        return false;
    }

    /** The predicted rating of one item; only meaningful when {@link #predictsRatings()}. */
    default float predict(int user, int item) {
        float[] scores = new float[itemCount()];
        score(user, scores);
        return scores[item];
    }

    /** What the score means, for the trace and the UI. */
    String scoreMeaning();
}
