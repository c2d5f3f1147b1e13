package io.tastelab.ui.recommend;

/** One recommended item as the output table shows it. */
public record ResultRow(int rank, String id, String title, double score, String why) {
}
