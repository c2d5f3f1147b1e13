package io.tastelab.engine.models;

/**
 * A trained factor model: score(u, i) = global + userBias[u] + itemBias[i] + x_u · y_i (biases absent for
 * ALS). Factors are row-major {@code float[]} arrays, f values per row. Immutable after training.
 */
public final class FactorScorer implements ItemScorer {

    /** Items per tile of {@link #scoreBlock}: a tile's factors (64 × 512 floats) stay in cache while the block's users pass. */
    private static final int ITEM_TILE = 512;

    private final float[] userFactors;
    private final float[] itemFactors;
    /** The item factors transposed (factors × items), so that block scoring runs along items. */
    private final float[] itemFactorsByFactor;
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
        this.itemFactorsByFactor = new float[itemFactors.length];
        for (int i = 0; i < itemCount; i++) {
            for (int k = 0; k < factors; k++) {
                itemFactorsByFactor[k * itemCount + i] = itemFactors[i * factors + k];
            }
        }
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

    /**
     * Scores a block of users a tile of items at a time, so each tile of item factors is read from cache by every
     * user of the block. Each score adds its products in the same order as {@link #score} (k = 0, 1, ...), so the
     * numbers are bit for bit the same; the loop along items is one the JIT turns into vector instructions.
     */
    @Override
    public void scoreBlock(int[] users, int count, float[][] scores) {
        int f = factors;
        for (int start = 0; start < itemCount; start += ITEM_TILE) {
            int end = Math.min(itemCount, start + ITEM_TILE);
            for (int b = 0; b < count; b++) {
                float[] out = scores[b];
                int user = users[b];
                int base = user * f;
                java.util.Arrays.fill(out, start, end, 0f);
                for (int k = 0; k < f; k++) {
                    float xk = userFactors[base + k];
                    int row = k * itemCount;
                    for (int i = start; i < end; i++) {
                        out[i] += xk * itemFactorsByFactor[row + i];
                    }
                }
                float offset = globalMean + (userBias == null ? 0 : userBias[user]);
                for (int i = start; i < end; i++) {
                    out[i] = offset + (itemBias == null ? 0 : itemBias[i]) + out[i];
                }
            }
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
