package io.tastelab.ui.recommend;


/**
 * One recommended item as the output table shows it.
 *
 * @param inOtherList    when two recommenders are compared, where the item stands in the other list ("#3 in als, 2
 *                       places lower", "not in als"); empty otherwise
 * @param inOtherCompact the same in a narrow column whose header names the other list ("#3, 2 lower", "not there")
 */
public record ResultRow(int rank, String id, String title, double score, String why, String inOtherList, String inOtherCompact) {

    public ResultRow(int rank, String id, String title, double score, String why) {
        this(rank, id, title, score, why, "", "");
    }

    /** The score as people read it: whole numbers without ".0". */
    public String scoreText() {
        return io.tastelab.engine.format.Counts.score(score);
    }

    /** Whether the other compared list has this item too. */
    public boolean inBoth() {
        return inOtherList.startsWith("#");
    }

    /** {@link #comparedRank} for a column headed by the other list's name: "#4, 3 lower", "#3, same", "not there". */
    static String comparedRankCompact(int rank, Integer otherRank) {
        if (otherRank == null) {
            return "not there";
        }
        int lower = otherRank - rank;
        return "#" + otherRank + ", " + (lower == 0 ? "same" : Math.abs(lower) + (lower > 0 ? " lower" : " higher"));
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
