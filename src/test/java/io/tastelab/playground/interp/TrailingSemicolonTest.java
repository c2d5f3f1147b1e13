package io.tastelab.playground.interp;

import static org.assertj.core.api.Assertions.assertThat;

import io.tastelab.playground.session.PlaygroundSession;
import org.junit.jupiter.api.Test;

/** IPython's rule that a cell ending with ';' shows no value (JAX's pages end cells with `f(1.0);`). */
class TrailingSemicolonTest {

    private final PlaygroundSession session = new PlaygroundSession();

    @Test
    void aFinalSemicolonHidesTheValueButNotWhatWasPrinted() {
        CellResult quiet = session.runCell("def f(x):\n  print('ran')\n  return x\nf(1.0);");
        assertThat(quiet.stdout()).isEqualTo("ran\n");
        assertThat(quiet.result()).isEmpty();
        assertThat(session.runCell("1 + 1;  # the comment after it does not count").result()).isEmpty();
    }

    @Test
    void otherCellsStillShowTheirValue() {
        assertThat(session.runCell("1 + 1").result().map(Value::repr)).contains("2");
        assertThat(session.runCell("x = 1; x").result().map(Value::repr)).contains("1");
        assertThat(session.runCell("'a;'").result().map(Value::repr)).contains("'a;'");
        assertThat(session.runCell("'#'  # ends with ;").result().map(Value::repr)).contains("'#'");
    }
}
