package io.tastelab.cli;

import io.tastelab.engine.models.RecommenderKind;

import java.util.Iterator;
import java.util.List;

/** The registry's recommender names, for picocli's {@code ${COMPLETION-CANDIDATES}} in help texts. */
final class RecommenderNames implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return RecommenderKind.names().iterator();
    }

    /** Only those offline evaluation can score. */
    static final class Evaluable implements Iterable<String> {

        static final List<String> NAMES = RecommenderKind.evaluableKinds().stream().map(RecommenderKind::cliName).toList();

        @Override
        public Iterator<String> iterator() {
            return NAMES.iterator();
        }
    }
}
