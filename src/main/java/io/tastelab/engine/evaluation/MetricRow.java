package io.tastelab.engine.evaluation;

/**
 * One recommender's scores at one k, averaged over the evaluated users (those with test items).
 *
 * @param coverage       distinct recommended items over all candidate items (items seen in training)
 * @param popularityBias mean training popularity (users who interacted) of the recommended items
 * @param users          how many users were evaluated
 * @param coldStartUsers how many of them the model did not know and served the popularity fallback
 * @param rmse           root mean squared error of predicted test ratings; NaN for rankers that predict no ratings
 * @param mae            mean absolute error of predicted test ratings; NaN likewise
 */
public record MetricRow(String recommender, int k, double precision, double recall, double ndcg, double map,
                        double mrr, double hitRate, double coverage, double popularityBias, int users,
                        int coldStartUsers, double rmse, double mae) {
}
