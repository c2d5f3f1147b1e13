package io.tastelab.engine.models;

import io.tastelab.engine.catalog.Catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Trained recommenders kept for reuse: one per (data, recommender, hyper-parameters, seed), so asking again for
 * another user or another list length does not train again. {@code data} names the interactions a model was trained
 * on and is compared with {@code equals} — the UI passes the loaded interactions object itself, so new interactions
 * (an import, another workspace) never hit an old model; {@link #clear()} drops them all when the workspace changes.
 * Keeps the {@value #CAPACITY} most recently used. Thread-safe; training runs outside the lock.
 */
public final class TrainedModels {

    /** How many trained models are kept at most. */
    public static final int CAPACITY = 8;

    /** A trained recommender and the catalog snapshot whose item indices it uses. */
    public record Entry(TrainedRecommender trained, Catalog catalog) {
    }

    /** What a model is trained from; two equal keys give the same model. */
    public record Key(Object data, RecommenderKind kind, Map<String, String> params, long seed) {
        public Key {
            params = Map.copyOf(params);
        }
    }

    private final Map<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, TrainedModels.Entry> eldest) {
            return size() > CAPACITY;
        }
    };
    private long trainings;

    /** The kept model for {@code key}, if any. */
    public synchronized Optional<Entry> find(Key key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** The kept model for {@code key}, or a new one from {@code training} (run on the calling thread), then kept. */
    public Entry obtain(Key key, Supplier<Entry> training) {
        Optional<Entry> kept = find(key);
        if (kept.isPresent()) {
            return kept.get();
        }
        Entry trained = training.get();
        synchronized (this) {
            trainings++;
            entries.put(key, trained);
        }
        return trained;
    }

    /** How many models were trained through {@link #obtain} (not served from the cache). */
    public synchronized long trainings() {
        return trainings;
    }

    public synchronized int size() {
        return entries.size();
    }

    /** Forgets every model (the workspace or its interactions changed). */
    public synchronized void clear() {
        entries.clear();
    }
}
