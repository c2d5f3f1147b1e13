package io.tastelab.engine.models;

/** Hears the training loss after each epoch or iteration (for the live loss curve). Called on the training thread. */
@FunctionalInterface
public interface TrainingListener {

    /**
     * @param model     the recommender's name, e.g. "als"
     * @param iteration 1-based iteration or epoch
     * @param loss      the objective after it (lower is better); its meaning depends on the model
     */
    void onIteration(String model, int iteration, double loss);

    TrainingListener NONE = (model, iteration, loss) -> { };
}
