package io.tastelab.ui.recommend;

import java.util.Locale;

/**
 * One recommended item as the output table shows it.
 *
 * @param inOtherList when two recommenders are compared, where the item stands in the other list ("#3 in als, 2
 *                    places lower", "not in als"); empty otherwise
 */
public record ResultRow(int rank, String id, String title, double score, String why, String inOtherList) {

    public ResultRow(int rank, String id, String title, double score, String why) {
        this(rank, id, title, score, why, "");
    }

    /** The score as people read it: whole numbers without ".0". */
    public String scoreText() {
        return score == Math.rint(score) && Math.abs(score) < 1e15 ? String.format(Locale.ROOT, "%.0f", score)
                : String.format(Locale.ROOT, "%.4f", score);
    }

    /** Whether the other compared list has this item too. */
    public boolean inBoth() {
        return inOtherList.startsWith("#");
    }

    /** Where an item at {@code rank} here stands in {@code other}'s list ({@code otherRank} null when absent). */
    static String comparedRank(int rank, Integer otherRank, String other) {
        if (otherRank == null) {
            return "not in " + other;
        }
        int lower = otherRank - rank;
        String shift = lower == 0 ? "same place" : Math.abs(lower) + (Math.abs(lower) == 1 ? " place " : " places ")
                + (lower > 0 ? "lower" : "higher");
        return "#" + otherRank + " in " + other + ", " + shift;
    }
}
