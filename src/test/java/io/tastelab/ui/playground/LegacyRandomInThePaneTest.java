package io.tastelab.ui.playground;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The pane's kernel draws NumPy's legacy numbers, and each pane's kernel has its own global generator. */
class LegacyRandomInThePaneTest {

    @Test
    void aSeededCellShowsNumpysNumbersAndTheirGrid() {
        PlaygroundKernel kernel = new PlaygroundKernel(ArrayBridge.standard());
        PlaygroundKernel.CellRun run = kernel.run("import numpy as np\nnp.random.seed(0)\nnp.random.random(3)");
        assertThat(run.result().result().orElseThrow().repr()).isEqualTo("array([0.5488135 , 0.71518937, 0.60276338])");
        assertThat(run.picture()).isInstanceOf(Picture.ArrayPicture.class);
    }

    @Test
    void aNewKernelStartsUnseeded() {
        String draw = "import numpy as np\nnp.random.randint(0, 2**62, size=3).tolist()";
        String first = new PlaygroundKernel(ArrayBridge.standard()).run(draw).result().result().orElseThrow().repr();
        String second = new PlaygroundKernel(ArrayBridge.standard()).run(draw).result().result().orElseThrow().repr();
        assertThat(first).isNotEqualTo(second);
    }
}
