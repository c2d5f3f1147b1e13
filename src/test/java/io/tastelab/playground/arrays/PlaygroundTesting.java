package io.tastelab.playground.arrays;

import static org.assertj.core.api.Assertions.assertThat;

import io.tastelab.array.NdArray;
import io.tastelab.playground.interp.CellResult;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.Value;
import io.tastelab.playground.session.PlaygroundSession;

/** Helpers for running playground code in tests. */
final class PlaygroundTesting {

    private PlaygroundTesting() {
    }

    /** Runs {@code code} and returns the last statement's value; fails on any error. */
    static Value eval(PlaygroundSession session, String code) {
        CellResult result = session.runCell(code);
        result.error().ifPresent(error -> {
            throw new AssertionError("cell raised:\n" + error.render() + "\ncode:\n" + code);
        });
        return result.result().orElseThrow(() -> new AssertionError("no value shown for:\n" + code));
    }

    static Value eval(String code) {
        return eval(new PlaygroundSession(), code);
    }

    static String repr(String code) {
        return eval(code).repr();
    }

    static NdArray array(PlaygroundSession session, String code) {
        Value value = eval(session, code);
        assertThat(value).isInstanceOf(ArrayValue.class);
        return ((ArrayValue) value).array();
    }

    /** Runs {@code code} and returns the error it raised; fails if it raised none. */
    static PlaygroundError error(PlaygroundSession session, String code) {
        return session.runCell(code).error().orElseThrow(() -> new AssertionError("no error from:\n" + code));
    }

    static PlaygroundError error(String code) {
        return error(new PlaygroundSession(), code);
    }
}
