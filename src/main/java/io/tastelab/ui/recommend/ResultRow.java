package io.tastelab.ui.recommend;

/** One recommended item as the output table shows it. */
public record ResultRow(int rank, String id, String title, double score, String why) {

    /** The score as people read it: whole numbers without ".0". */
    public String scoreText() {
        return score == Math.rint(score) && Math.abs(score) < 1e15 ? String.format("%.0f", score) : String.format("%.4f", score);
    }
}
