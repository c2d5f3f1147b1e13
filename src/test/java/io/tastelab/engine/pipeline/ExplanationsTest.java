package io.tastelab.engine.pipeline;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExplanationsTest {

    @Test
    void removalCountsAreWordsInTheRulesOrderWithGroupedNumbers() {
        List<ServedList.Removal> removals = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            removals.add(new ServedList.Removal(new ScoredItem(i, 1.0), ServerRule.SEEN));
        }
        removals.add(new ServedList.Removal(new ScoredItem(5000, 1.0), ServerRule.CAP));
        removals.add(new ServedList.Removal(new ScoredItem(5001, 1.0), ServerRule.UNAVAILABLE));

        // In the rules' order (the order the server applies them), whatever order the removals came in.
        assertThat(Explanations.removalCounts(removals))
                .isEqualTo("1 item is unavailable, 1,200 already seen by the user, 1 beyond max_num_recs");
        assertThat(Explanations.removalCounts(List.of())).isEmpty();
    }
}
