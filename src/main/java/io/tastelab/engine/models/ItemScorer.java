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
