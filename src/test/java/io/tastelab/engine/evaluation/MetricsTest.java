package io.tastelab.engine.evaluation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Each metric on a list whose answer is worked out by hand in the comments. */
class MetricsTest {

    // Ranked 5, 3, 8, 1; relevant {1, 3, 9}: hits at ranks 2 and 4.
    private static final int[] RANKED = {5, 3, 8, 1};
    private static final int[] RELEVANT = {1, 3, 9};

    @Test
    void precisionCountsHitsOverK() {
        assertThat(Metrics.precision(RANKED, RELEVANT, 4)).isEqualTo(0.5);
        assertThat(Metrics.precision(RANKED, RELEVANT, 2)).isEqualTo(0.5);
        assertThat(Metrics.precision(RANKED, RELEVANT, 1)).isEqualTo(0.0);
    }

    @Test
    void precisionDoesNotExcuseShortLists() {
        // One hit in a list of 2 asked at k = 10: 1/10.
        assertThat(Metrics.precision(new int[] {3, 5}, RELEVANT, 10)).isEqualTo(0.1);
    }

    @Test
    void recallCountsHitsOverRelevant() {
        assertThat(Metrics.recall(RANKED, RELEVANT, 4)).isEqualTo(2.0 / 3);
        assertThat(Metrics.recall(RANKED, RELEVANT, 2)).isEqualTo(1.0 / 3);
    }

    @Test
    void hitRateIsOneWhenAnyRelevantItemIsInTopK() {
        assertThat(Metrics.hitRate(RANKED, RELEVANT, 1)).isEqualTo(0.0);
        assertThat(Metrics.hitRate(RANKED, RELEVANT, 2)).isEqualTo(1.0);
    }

    @Test
    void reciprocalRankOfFirstHit() {
        assertThat(Metrics.reciprocalRank(RANKED, RELEVANT, 4)).isEqualTo(0.5);
        assertThat(Metrics.reciprocalRank(RANKED, RELEVANT, 1)).isEqualTo(0.0);
    }

    @Test
    void averagePrecisionDividesByMinOfRelevantAndK() {
        // k = 4: (1/2 + 2/4) / min(3, 4) = 1/3.
        assertThat(Metrics.averagePrecision(RANKED, RELEVANT, 4)).isCloseTo(1.0 / 3, within(1e-12));
        // k = 2: (1/2) / min(3, 2) = 1/4.
        assertThat(Metrics.averagePrecision(RANKED, RELEVANT, 2)).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void ndcgIsBinaryWithLogTwoDiscountAndIdealOverMinOfRelevantAndK() {
        // DCG@4 = 1/log2(3) + 1/log2(5) = 1.061606; IDCG@4 = 1 + 1/log2(3) + 1/log2(4) = 2.130930.
        assertThat(Metrics.ndcg(RANKED, RELEVANT, 4)).isCloseTo(0.4981887, within(1e-6));
        // DCG@2 = 1/log2(3) = 0.630930; IDCG@2 = 1 + 0.630930.
        assertThat(Metrics.ndcg(RANKED, RELEVANT, 2)).isCloseTo(0.3868528, within(1e-6));
    }

    @Test
    void singleTestItemNdcgIsOneOverLogOfRankPlusOne() {
        assertThat(Metrics.ndcg(new int[] {4, 7, 9}, new int[] {9}, 10)).isCloseTo(0.5, within(1e-12));
        assertThat(Metrics.ndcg(new int[] {9}, new int[] {9}, 10)).isEqualTo(1.0);
    }
}
