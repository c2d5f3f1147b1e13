package io.tastelab.engine.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tastelab.engine.interactions.InteractionMatrix;
import io.tastelab.engine.models.PopularityScorer;
import io.tastelab.engine.task.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The whole protocol against an independent NumPy implementation (src/test/python/metrics_reference.py):
 * leave-last-out with tied timestamps, shuffled integer ids, most-popular with tied counts, every metric at k = 1, 5, 10.
 */
class MetricsAgainstNumpyTest {

    private static JsonNode fixture;
    private static Split split;
    private static List<MetricRow> rows;

    @BeforeAll
    static void evaluateTheFixture() throws Exception {
        try (InputStream in = MetricsAgainstNumpyTest.class.getResourceAsStream("/evaluation/metrics_reference.json")) {
            fixture = new ObjectMapper().readTree(in);
        }
        String[] itemIds = new ObjectMapper().convertValue(fixture.get("item_ids"), String[].class);
        int[] users = new ObjectMapper().convertValue(fixture.get("users"), int[].class);
        int[] items = new ObjectMapper().convertValue(fixture.get("items"), int[].class);
        long[] timestamps = new ObjectMapper().convertValue(fixture.get("timestamps"), long[].class);
        String[] userIds = new String[fixture.get("user_count").asInt()];
        for (int u = 0; u < userIds.length; u++) {
            userIds[u] = "u" + u;
        }
        float[] values = new float[users.length];
        java.util.Arrays.fill(values, 1f);
        InteractionMatrix matrix = InteractionMatrix.fromCoordinates(userIds, itemIds.length, users, items, values, timestamps, null,
                users.length);
        ItemOrder order = ItemOrder.of(itemIds);
        split = Splits.leaveLastOut(matrix, order, 1);
        rows = Evaluator.evaluate("most-popular", PopularityScorer.fit(split.train()), split, order, new int[] {1, 5, 10}, Progress.NONE);
    }

    @Test
    void leaveLastOutPicksTheSameTestItemsAsNumpy() {
        fixture.get("test_items").properties().forEach(entry -> {
            int user = Integer.parseInt(entry.getKey());
            assertThat(split.testItems()[user]).as("user " + user).containsExactly(entry.getValue().get(0).asInt());
        });
        assertThat(split.testUserCount()).isEqualTo(fixture.get("test_items").size());
    }

    @Test
    void everyMetricAtEveryKMatchesNumpy() {
        for (int r = 0; r < 3; r++) {
            JsonNode expected = fixture.get("results").get(r);
            MetricRow row = rows.get(r);
            assertThat(row.k()).isEqualTo(expected.get("k").asInt());
            assertThat(row.users()).isEqualTo(expected.get("users").asInt());
            String at = "@" + row.k();
            assertThat(row.precision()).as("precision" + at).isCloseTo(expected.get("precision").asDouble(), within(1e-12));
            assertThat(row.recall()).as("recall" + at).isCloseTo(expected.get("recall").asDouble(), within(1e-12));
            assertThat(row.ndcg()).as("ndcg" + at).isCloseTo(expected.get("ndcg").asDouble(), within(1e-12));
            assertThat(row.map()).as("map" + at).isCloseTo(expected.get("map").asDouble(), within(1e-12));
            assertThat(row.mrr()).as("mrr" + at).isCloseTo(expected.get("mrr").asDouble(), within(1e-12));
            assertThat(row.hitRate()).as("hit_rate" + at).isCloseTo(expected.get("hit_rate").asDouble(), within(1e-12));
            assertThat(row.coverage()).as("coverage" + at).isCloseTo(expected.get("coverage").asDouble(), within(1e-12));
            assertThat(row.popularityBias()).as("popularity_bias" + at).isCloseTo(expected.get("popularity_bias").asDouble(), within(1e-9));
        }
    }
}
