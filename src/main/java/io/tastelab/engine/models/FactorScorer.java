package io.tastelab.engine.models;

/**
 * A trained factor model: score(u, i) = global + userBias[u] + itemBias[i] + x_u · y_i (biases absent for
 * ALS). Factors are row-major {@code float[]} arrays, f values per row. Immutable after training.
 */
public final class FactorScorer implements ItemScorer {

    private final float[] userFactors;
    private final float[] itemFactors;
    private final int factors;
    private final int itemCount;
    private final float globalMean;
    private final float[] userBias;
    private final float[] itemBias;
    private final boolean[] known;
    private final boolean ratings;
    private final String meaning;

    FactorScorer(float[] userFactors, float[] itemFactors, int factors, float globalMean, float[] userBias,
                 float[] itemBias, boolean[] known, boolean ratings, String meaning) {
        this.userFactors = userFactors;
        this.itemFactors = itemFactors;
        this.factors = factors;
        this.itemCount = itemFactors.length / factors;
        this.globalMean = globalMean;
        this.userBias = userBias;
        this.itemBias = itemBias;
        this.known = known;
        this.ratings = ratings;
        this.meaning = meaning;
    }

    public int factors() {
        return factors;
    }

    /** A copy of the user factors, row-major (users × factors). */
    public float[] userFactors() {
        return userFactors.clone();
    }

    /** A copy of the item factors, row-major (items × factors). */
    public float[] itemFactors() {
        return itemFactors.clone();
    }

    @Override
    public int itemCount() {
        return itemCount;
    }

    @Override
    public boolean knows(int user) {
        return user >= 0 && user < known.length && known[user];
    }

    @Override
    public void score(int user, float[] scores) {
        int f = factors;
        int base = user * f;
        float offset = globalMean + (userBias == null ? 0 : userBias[user]);
        for (int i = 0; i < itemCount; i++) {
            int row = i * f;
            float sum = 0;
            for (int k = 0; k < f; k++) {
                sum += userFactors[base + k] * itemFactors[row + k];
            }
            scores[i] = offset + (itemBias == null ? 0 : itemBias[i]) + sum;
        }
    }

    @Override
    public float predict(int user, int item) {
        float offset = globalMean + (userBias == null ? 0 : userBias[user]) + (itemBias == null ? 0 : itemBias[item]);
        return offset + (float) SmallDense.dot(userFactors, user, itemFactors, item, factors);
    }

    @Override
    public boolean predictsRatings() {
        return ratings;
    }

    @Override
    public String scoreMeaning() {
        return meaning;
    }
}
