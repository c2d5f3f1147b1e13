package io.tastelab.engine.models;

/**
 * Hyper-parameters of the models trained by stochastic gradient descent (biased MF, BPR); each model reads
 * them under its own name ({@code mf.factors}, {@code bpr.learning-rate}, ...) with its own defaults.
 */
public record SgdSettings(int factors, int epochs, double learningRate, double regularization) {

    public SgdSettings {
        if (factors < 1 || epochs < 0 || !(learningRate > 0) || regularization < 0) {
            throw new IllegalArgumentException("needs factors ≥ 1, epochs ≥ 0, learning-rate > 0, regularization ≥ 0");
        }
    }

    /** Reads {@code <model>.factors}, {@code .epochs}, {@code .learning-rate}, {@code .regularization}. */
    static SgdSettings from(ModelParams params, String model, SgdSettings defaults) {
        int factors = params.intValue(model, "factors", defaults.factors());
        int epochs = params.intValue(model, "epochs", defaults.epochs());
        double learningRate = params.doubleValue(model, "learning-rate", defaults.learningRate());
        double regularization = params.doubleValue(model, "regularization", defaults.regularization());
        try {
            return new SgdSettings(factors, epochs, learningRate, regularization);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(model + " " + e.getMessage(), e);
        }
    }
}
