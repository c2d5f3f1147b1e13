package io.tastelab.ui.playground;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tastelab.ui.task.DirectBackgroundTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PlaygroundViewModelTest {

    private final PlaygroundViewModel model =
            new PlaygroundViewModel(new DirectBackgroundTasks(), new PlaygroundKernel(ArrayBridge.standard()));

    private void run(String code) {
        model.codeProperty().set(code);
        model.run();
    }

    record SliceCase(int[] shape, String index, long[] selected, int[] resultShape) {
        @Override
        public String toString() {
            return Arrays.toString(shape) + " [" + index + "]";
        }
    }

    static Stream<SliceCase> sliceCases() throws IOException {
        try (InputStream in = PlaygroundViewModelTest.class.getResourceAsStream("/playground/slice_selection_cases.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<SliceCase> cases = new ArrayList<>();
            for (JsonNode c : root.get("cases")) {
                cases.add(new SliceCase(ints(c.get("shape")), c.get("index").asText(),
                        longs(c.get("selected")), ints(c.get("result_shape"))));
            }
            return cases.stream();
        }
    }

    private static int[] ints(JsonNode node) {
        int[] values = new int[node.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = node.get(i).asInt();
        }
        return values;
    }

    private static long[] longs(JsonNode node) {
        long[] values = new long[node.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = node.get(i).asLong();
        }
        return values;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sliceCases")
    void highlightedCellsAreWhatNumpySelects(SliceCase c) {
        // given x = arange(size).reshape(shape); when x[index] runs
        long size = Arrays.stream(c.shape()).asLongStream().reduce(1, (a, b) -> a * b);
        run("import numpy as np\nx = np.arange(" + size + ").reshape(" + Arrays.toString(c.shape()) + ")\nx[" + c.index() + "]");
        // then the picture highlights exactly NumPy's selection, in result order, beside the result
        assertThat(model.pictureProperty().get()).isInstanceOf(Picture.SlicePicture.class);
        Picture.SlicePicture slice = (Picture.SlicePicture) model.pictureProperty().get();
        assertThat(model.highlightedCells()).containsExactly(c.selected());
        assertThat(slice.result().shape()).containsExactly(c.resultShape());
        assertThat(slice.source().shape()).containsExactly(c.shape());
    }

    @Test
    void slicingStepsResolveStartStopAndStrideAfterClampingAndNegatives() {
        run("import numpy as np\nx = np.arange(20).reshape(4, 5)\nx[-1:0:-2, 5:-6:-2]");
        Picture.SlicePicture slice = (Picture.SlicePicture) model.pictureProperty().get();
        assertThat(slice.steps()).hasSize(2);
        assertThat(slice.steps().get(0).resolution()).isEqualTo("axis 0: start 3, stop 0, stride -2 (keeps 2 of 4)");
        assertThat(slice.steps().get(1).resolution()).isEqualTo("axis 1: start 4, stop -1, stride -2 (keeps 3 of 5)");
        // stepping back to the first component highlights whole rows 3 and 1
        model.previousSliceStep();
        assertThat(model.highlightedCells()).containsExactly(15, 16, 17, 18, 19, 5, 6, 7, 8, 9);
        model.nextSliceStep();
        assertThat(model.highlightedCells()).containsExactly(19, 17, 15, 9, 7, 5);
    }

    @Test
    void advancedIndexingIsMarkedAsGatheringInOrder() {
        run("import numpy as np\nx = np.arange(6)\nx[[4, 1, 4]]");
        Picture.SlicePicture slice = (Picture.SlicePicture) model.pictureProperty().get();
        assertThat(slice.advanced()).isTrue();
        assertThat(model.highlightedCells()).containsExactly(4, 1, 4);
    }

    @Test
    void broadcastPictureStretchesEachOperandToTheResultShape() {
        run("import jax.numpy as jnp\nx = jnp.ones((3, 1))\ny = jnp.arange(3)\nx + y");
        Picture.BroadcastPicture picture = (Picture.BroadcastPicture) model.pictureProperty().get();
        assertThat(picture.failed()).isFalse();
        assertThat(picture.resultShape()).containsExactly(3, 3);
        Picture.Operand x = picture.operands().get(0);
        Picture.Operand y = picture.operands().get(1);
        assertThat(x.stretched().shape()).containsExactly(3, 3);
        assertThat(y.stretched().shape()).containsExactly(3, 3);
        assertThat(x.stretched().isStretchedAxis(0)).isFalse();
        assertThat(x.stretched().isStretchedAxis(1)).isTrue();
        assertThat(y.stretched().isStretchedAxis(0)).isTrue();
        assertThat(y.stretched().isGhost(0, 2)).isFalse();
        assertThat(y.stretched().isGhost(1, 2)).isTrue();
        assertThat(y.stretched().value(2, 1)).isEqualTo(1.0);
    }

    @Test
    void broadcastPictureOfTheBookStretchesTheRowVectorDownTheRows() {
        run(lesson("broadcasting").code());
        Picture.BroadcastPicture picture = (Picture.BroadcastPicture) model.pictureProperty().get();
        assertThat(picture.operands().get(0).shape()).containsExactly(1, 3);
        assertThat(picture.operands().get(0).stretched().isStretchedAxis(0)).isTrue();
        assertThat(picture.result().text(2, 2)).isEqualTo("18.0");
    }

    @Test
    void jitLessonTimesTheTracingFirstCallAndShowsTheJittedAnswerIsTheEagerOne() {
        run(lesson("jit").code());
        assertThat(model.outputs()).anySatisfy(entry -> assertThat(entry.text()).isEqualTo("True"));
        assertThat(model.outputs()).noneSatisfy(entry -> assertThat(entry.text()).contains("Error"));
        // the chart says which first call traced: the jitted one, whose first call is inside its %timeit
        Picture.TimingPicture picture = (Picture.TimingPicture) model.pictureProperty().get();
        assertThat(picture.bars()).extracting(Picture.TimingBar::label)
                .containsExactly("my_function(x).block_until_ready()", "fast(x).block_until_ready()");
        assertThat(picture.bars()).extracting(Picture.TimingBar::tracedOnFirstCall).containsExactly(false, true);
        assertThat(picture.note()).contains("The first call of fast(x).block_until_ready() traced and compiled");
    }

    @Test
    void aFirstCallAfterAnEarlierCallDoesNotClaimToTrace() {
        // given a jitted function already called (traced) in an earlier cell
        run("import jax\nimport jax.numpy as jnp\nf = jax.jit(lambda v: v * 2)\nx = jnp.ones(3)\nf(x)");
        // when it is timed
        run("%timeit -n 2 -r 2 f(x)");
        Picture.TimingPicture picture = (Picture.TimingPicture) model.pictureProperty().get();
        assertThat(picture.bars().getFirst().tracedOnFirstCall()).isFalse();
        assertThat(picture.note()).contains("No first call here traced");
        // and a new input shape traces again, on the timed first call
        run("%timeit -n 2 -r 2 f(jnp.ones(4))");
        assertThat(((Picture.TimingPicture) model.pictureProperty().get()).bars().getFirst().tracedOnFirstCall()).isTrue();
    }

    @Test
    void gradLessonTrainsTheFactorsAndDrawsTheFallingLossBesideBothMatrices() {
        run(lesson("grad").code());
        assertThat(model.outputs()).noneSatisfy(entry -> assertThat(entry.kind()).isEqualTo(OutputEntry.Kind.ERROR));
        Picture.RowPicture row = (Picture.RowPicture) model.pictureProperty().get();
        assertThat(row.parts()).extracting(Picture::title).containsExactly("losses", "R", "U @ V.T");
        List<Double> losses = ((Picture.LinePicture) row.parts().get(0)).values();
        assertThat(losses).hasSize(150);
        for (int i = 1; i < losses.size(); i++) {
            assertThat(losses.get(i)).as("loss after step %d", i).isLessThan(losses.get(i - 1));
        }
        assertThat(losses.getLast()).isLessThan(losses.getFirst() / 10);
        ArrayGrid observed = ((Picture.ArrayPicture) row.parts().get(1)).grid();
        ArrayGrid learned = ((Picture.ArrayPicture) row.parts().get(2)).grid();
        assertThat(learned.shape()).containsExactly(5, 4);
        for (int user = 0; user < 5; user++) {
            for (int item = 0; item < 4; item++) {
                if (observed.value(user, item) > 0) {
                    assertThat(learned.value(user, item)).as("rating of user %d for item %d", user, item)
                            .isCloseTo(observed.value(user, item), org.assertj.core.data.Offset.offset(1.5));
                }
            }
        }
        // The same code with a learning rate of 0 learns nothing: the loss stays where it started.
        run(lesson("grad").code().replace("learning_rate = 0.1", "learning_rate = 0.0"));
        List<Double> flat = ((Picture.LinePicture) ((Picture.RowPicture) model.pictureProperty().get()).parts()
                .get(0)).values();
        assertThat(flat.getLast()).isEqualTo(flat.getFirst()).isEqualTo(losses.getFirst());
    }

    @Test
    void aListOfNumbersIsALineAndATupleOfPicturesARow() {
        run("import jax.numpy as jnp\nxs = [1.0, 4, jnp.float32(2.5)]\nxs");
        assertThat(((Picture.LinePicture) model.pictureProperty().get()).values()).containsExactly(1.0, 4.0, 2.5);
        run("xs, jnp.eye(2)");
        assertThat(((Picture.RowPicture) model.pictureProperty().get()).parts()).hasSize(2);
        Picture row = model.pictureProperty().get();
        run("['a', 'b']"); // not numbers: nothing to draw, so the row stays, marked as In [2]'s
        assertThat(model.pictureProperty().get()).isSameAs(row);
        assertThat(model.pictureNoteProperty().get()).startsWith("In [3] has nothing to draw").endsWith("In [2].");
        run("xs, 'label'"); // one element without a picture: no row
        assertThat(model.pictureProperty().get()).isSameAs(row);
        assertThat(model.pictureNoteProperty().get()).startsWith("In [4] has nothing to draw");
    }

    @Test
    void scalarOperandStretchesToEveryCell() {
        run("import numpy as np\nx = np.arange(4).reshape(2, 2)\nx * 10");
        Picture.BroadcastPicture picture = (Picture.BroadcastPicture) model.pictureProperty().get();
        assertThat(picture.operands().get(1).shape()).isEmpty();
        assertThat(picture.operands().get(1).stretched().isGhost(1, 1)).isTrue();
        assertThat(picture.operands().get(1).stretched().isGhost(0, 0)).isFalse();
    }

    @Test
    void incompatibleShapesMarkTheFailingDimensionBesideNumpysMessage() {
        run("import numpy as np\na = np.ones((2, 3, 4))\nb = np.ones((3, 5))\na + b");
        Picture.BroadcastPicture picture = (Picture.BroadcastPicture) model.pictureProperty().get();
        assertThat(picture.failed()).isTrue();
        assertThat(picture.alignedLength()).isEqualTo(3);
        assertThat(picture.failingAxis()).isEqualTo(2);
        assertThat(picture.message()).contains("operands could not be broadcast together with shapes (2,3,4) (3,5)");
        assertThat(model.errorLineProperty().get()).isEqualTo(4);
    }

    @Test
    void atUpdateShowsOldAndNewWithTheChangedCellsMarked() {
        run(lesson("immutability").code());
        Picture.UpdatePicture picture = (Picture.UpdatePicture) model.pictureProperty().get();
        assertThat(picture.before().text(0, 0)).isEqualTo("1");
        assertThat(picture.after().text(2, 1)).isEqualTo("1");
        assertThat(picture.before().text(2, 1)).isEqualTo("8");
        assertThat(picture.marked()).containsExactlyInAnyOrder(0L, 1L, 2L, 6L, 7L, 8L);
    }

    @Test
    void assigningIntoAJaxArrayExplainsImmutability() {
        run("import jax.numpy as jnp\nx = jnp.arange(4)\nx[1] = 5");
        assertThat(model.outputs()).anySatisfy(entry -> {
            assertThat(entry.kind()).isEqualTo(OutputEntry.Kind.NOTE);
            assertThat(entry.text()).contains("immutable");
        });
        Picture.UpdatePicture picture = (Picture.UpdatePicture) model.pictureProperty().get();
        assertThat(picture.after()).isNull();
        assertThat(picture.marked()).containsExactly(1L);
        assertThat(picture.note()).contains(".at[");
    }

    @Test
    void errorsMarkTheirLineOffsetByTheSelection() {
        model.codeProperty().set("a = 1\nb = 2\nc = d + 1");
        model.runSelection("c = d + 1", 3);
        assertThat(model.errorLineProperty().get()).isEqualTo(3);
        assertThat(model.outputs().getLast().text()).contains("NameError: name 'd' is not defined").contains("^");
    }

    @Test
    void syntaxErrorsShowPythonsCaret() {
        run("x = (1, 2");
        OutputEntry error = model.outputs().getLast();
        assertThat(error.kind()).isEqualTo(OutputEntry.Kind.ERROR);
        assertThat(error.text()).contains("SyntaxError").contains("^");
        assertThat(model.errorLineProperty().get()).isEqualTo(1);
    }

    @Test
    void outputsReadLikeANotebook() {
        run("print('hi')\n1 + 1");
        assertThat(model.outputs()).extracting(OutputEntry::kind)
                .containsExactly(OutputEntry.Kind.INPUT, OutputEntry.Kind.STDOUT, OutputEntry.Kind.RESULT);
        assertThat(model.outputs().getLast().text()).isEqualTo("2");
    }

    @Test
    void historyWalksBackAndForthThroughRunCells() {
        run("1");
        run("2");
        model.codeProperty().set("draft");
        model.historyPrevious();
        assertThat(model.codeProperty().get()).isEqualTo("2");
        model.historyPrevious();
        assertThat(model.codeProperty().get()).isEqualTo("1");
        model.historyNext();
        assertThat(model.codeProperty().get()).isEqualTo("2");
        model.historyNext();
        assertThat(model.codeProperty().get()).isEmpty();
    }

    @Test
    void aWeaklyTypedArraySaysSoInItsLabel() {
        run("import jax.numpy as jnp\ny = jnp.array([1, 2], dtype=jnp.int8) + 2.5\ny");
        Picture.ArrayPicture picture = (Picture.ArrayPicture) model.pictureProperty().get();
        assertThat(picture.grid().label()).isEqualTo("(2,) float32 weak");
        run("import jax.numpy as jnp\ny = jnp.array([1, 2], dtype=jnp.int8) + 2\ny");
        assertThat(((Picture.ArrayPicture) model.pictureProperty().get()).grid().label()).isEqualTo("(2,) int8");
    }

    @Test
    void aLargeArrayIsSummarizedToItsCorners() {
        run("import numpy as np\nnp.arange(1000000).reshape(1000, 1000)");
        Picture.ArrayPicture picture = (Picture.ArrayPicture) model.pictureProperty().get();
        assertThat(picture.grid().label()).isEqualTo("(1000, 1000) int64");
        assertThat(picture.grid().positions(0)).containsExactly(0, 1, 2, 3, 4, -990, 995, 996, 997, 998, 999);
        assertThat(ArrayGrid.hiddenCount(1000)).isEqualTo(990);
        assertThat(picture.grid().max()).isEqualTo(999999.0);
    }

    @Test
    void randomKeysAreDrawnAsATreeWithTheReusedKeyFlagged() {
        run("from jax import random\nkey = random.PRNGKey(0)\nkey, subkey = random.split(key)\n"
                + "a = random.uniform(subkey, (2,))\nrandom.uniform(subkey, (2, 2))");
        Picture.KeyTreePicture picture = (Picture.KeyTreePicture) model.pictureProperty().get();
        assertThat(picture.treeOrder()).extracting(k -> k.origin()).containsExactly("PRNGKey(0)", "split[0]", "split[1]");
        assertThat(picture.keys().getFirst().word0()).isZero();
        assertThat(picture.keys().get(2).reused()).isTrue();
        assertThat(picture.keys().get(2).uses()).containsExactly("uniform", "uniform");
        assertThat(picture.depth(picture.keys().get(2))).isEqualTo(1);
        assertThat(picture.result().shape()).containsExactly(2, 2);
        // the numbers each draw gave are credited to the key: the same key twice, the same first numbers
        String numbers = picture.numbers().get(2);
        assertThat(numbers).startsWith("uniform: [").contains("; uniform: [");
        String first = numbers.substring("uniform: [".length(), numbers.indexOf(','));
        assertThat(numbers.split("; ")[1]).startsWith("uniform: [" + first);
    }

    @Test
    void numbersThatArePrintedAreCreditedToTheirKey() {
        run(lesson("random").code());
        Picture.KeyTreePicture picture = (Picture.KeyTreePicture) model.pictureProperty().get();
        var normalKey = picture.keys().stream().filter(k -> k.uses().contains("normal")).findFirst().orElseThrow();
        assertThat(picture.numbers().get(normalKey.id())).startsWith("normal: [-2.44");
        var uniformKey = picture.keys().stream().filter(k -> k.uses().contains("uniform")).findFirst().orElseThrow();
        assertThat(picture.numbers().get(uniformKey.id())).startsWith("uniform: [0.1043, 0.344").endsWith("(3, 3)");
    }

    @Test
    void timeitDrawsFirstCallAgainstSteadyState() {
        run("import jax\nimport jax.numpy as jnp\nf = jax.jit(lambda v: v * 2)\nx = jnp.ones(3)\n"
                + "%timeit -n 2 -r 2 x * 2\n%timeit -n 2 -r 2 f(x)");
        Picture.TimingPicture picture = (Picture.TimingPicture) model.pictureProperty().get();
        assertThat(picture.bars()).extracting(Picture.TimingBar::label).containsExactly("x * 2", "f(x)");
        assertThat(picture.bars()).allSatisfy(bar -> assertThat(bar.firstCallSeconds()).isPositive());
        assertThat(model.outputs()).filteredOn(e -> e.kind() == OutputEntry.Kind.TIMING).hasSize(2)
                .allSatisfy(e -> assertThat(e.text()).contains("per loop"));
        // the report is not shown a second time as printed output
        assertThat(model.outputs()).filteredOn(e -> e.kind() == OutputEntry.Kind.STDOUT)
                .noneSatisfy(e -> assertThat(e.text()).contains("per loop"));
    }

    @Test
    void cancelStopsALongCellWithAKeyboardInterrupt() throws Exception {
        Thread canceller = Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
            model.cancel();
        });
        long started = System.nanoTime();
        run("import numpy as np\n%timeit -n 100000000 -r 7 np.ones(3).sum()");
        canceller.join();
        assertThat((System.nanoTime() - started) / 1e9).isLessThan(10);
        assertThat(model.outputs().getLast().text()).contains("KeyboardInterrupt");
        assertThat(model.runningProperty().get()).isFalse();
    }

    @Test
    void aCellCancelledBeforeItStartsEndsTheRunAndNeverRuns() {
        io.tastelab.ui.task.HeldBackgroundTasks tasks = new io.tastelab.ui.task.HeldBackgroundTasks();
        PlaygroundViewModel held = new PlaygroundViewModel(tasks, new PlaygroundKernel(ArrayBridge.standard()));
        // given: a cell waiting for a task thread (both busy elsewhere)
        held.codeProperty().set("x = 1\nx");
        held.run();
        assertThat(held.runningProperty().get()).isTrue();
        // when: the status bar's Cancel cancels it, and later the thread would have come free
        tasks.currentProperty().get().cancel();
        tasks.runPending();
        // then: the pane is idle, says the cell was interrupted, and the cell did not run
        assertThat(held.runningProperty().get()).isFalse();
        assertThat(held.outputs().getLast().text()).startsWith("KeyboardInterrupt");
        assertThat(held.outputs()).noneSatisfy(e -> assertThat(e.kind()).isEqualTo(OutputEntry.Kind.RESULT));
        held.codeProperty().set("x");
        held.run();
        tasks.runPending();
        assertThat(held.outputs().getLast().text()).contains("NameError: name 'x' is not defined");
    }

    @Test
    void aSliceOfALargeArrayKeepsTheSelectedRowsVisible() {
        run("import numpy as np\nx = np.arange(1000000).reshape(1000, 1000)\nx[::250, -3:]");
        Picture.SlicePicture slice = (Picture.SlicePicture) model.pictureProperty().get();
        assertThat(slice.source().positions(0))
                .containsExactly(0, 1, 2, 3, 4, -245, 250, -249, 500, -249, 750, -244, 995, 996, 997, 998, 999);
        assertThat(slice.source().positions(1)).containsExactly(0, 1, 2, 3, 4, -990, 995, 996, 997, 998, 999);
        assertThat(model.highlightedCells()).hasSize(12);
    }

    static Lesson lesson(String id) {
        return Lesson.all().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void onlyTheLastStatementOfACellIsItsOut() {
        // the IPython rule: In [n] has at most one Out[n], the value of the cell's last statement
        run("1 + 1\n2 + 2");
        assertThat(model.outputs()).filteredOn(e -> e.kind() == OutputEntry.Kind.RESULT)
                .containsExactly(new OutputEntry(1, OutputEntry.Kind.RESULT, "4"));
        // a cell ending in an assignment or an error has no Out, even after a bare expression
        run("3 + 3\ny = 1");
        run("5 + 5\nmissing");
        assertThat(model.outputs()).filteredOn(e -> e.kind() == OutputEntry.Kind.RESULT).hasSize(1);
    }

    @Test
    void aPictureWiderThanThePaneScalesDownToFitButStaysReadable() {
        assertThat(PlaygroundViewModel.pictureScale(500, 800, true)).isEqualTo(1.0);
        assertThat(PlaygroundViewModel.pictureScale(1000, 800, true)).isEqualTo(0.8);
        assertThat(PlaygroundViewModel.pictureScale(4000, 800, true)).isEqualTo(PlaygroundViewModel.MIN_PICTURE_SCALE);
        assertThat(PlaygroundViewModel.pictureScale(1000, 800, false)).isEqualTo(1.0);
        assertThat(PlaygroundViewModel.pictureScale(1000, 0, true)).isEqualTo(1.0);
    }

    @Test
    void theEditorCountsAsEditedOnlyForTextNeitherLoadedNorRun() {
        assertThat(model.editorHasUnrunEdits()).as("the starter").isFalse();
        model.codeProperty().set("x = 1");
        assertThat(model.editorHasUnrunEdits()).isTrue();
        model.run();
        assertThat(model.editorHasUnrunEdits()).as("after it ran").isFalse();
        model.codeProperty().set("   \n");
        assertThat(model.editorHasUnrunEdits()).as("blank").isFalse();
        model.runLesson(lesson("broadcasting"));
        assertThat(model.editorHasUnrunEdits()).as("a lesson").isFalse();
    }

    @Test
    void theKeyTreeFlagsAReuseAcrossCellsAndLeavesOutKeysNoVariableHolds() {
        String firstCell = "from jax import random\nkey = random.PRNGKey(0)\nkey, subkey = random.split(key)\n"
                + "random.normal(subkey, (2,))";
        run(firstCell);
        // when a later cell draws from the same subkey: one key, used in two cells
        run("random.uniform(subkey, (2,))");
        Picture.KeyTreePicture picture = (Picture.KeyTreePicture) model.pictureProperty().get();
        var subkey = picture.keys().stream().filter(k -> picture.holders().getOrDefault(k.id(), List.of()).contains("subkey"))
                .findFirst().orElseThrow();
        assertThat(subkey.uses()).containsExactly("normal", "uniform");
        assertThat(subkey.useLocations()).containsExactly("In [1]", "In [2]");
        assertThat(subkey.reused()).isTrue();
        // when the first cell runs again, its seed makes the same keys: no copies, and the repeated draw is flagged
        run(firstCell);
        Picture.KeyTreePicture again = (Picture.KeyTreePicture) model.pictureProperty().get();
        assertThat(again.keys()).hasSize(3);
        assertThat(again.keys()).extracting(k -> k.uses().size()).containsExactly(2, 0, 3);
        assertThat(again.keys().get(2).reused()).isTrue();
        // when a new seed replaces both variables, the old seed's keys are no longer drawn as current
        run("key = random.PRNGKey(1)\nkey, subkey = random.split(key)\nrandom.normal(subkey, (2,))");
        Picture.KeyTreePicture reseeded = (Picture.KeyTreePicture) model.pictureProperty().get();
        assertThat(reseeded.treeOrder()).extracting(k -> k.origin()).containsExactly("PRNGKey(1)", "split[0]", "split[1]");
        assertThat(reseeded.hiddenCount()).isEqualTo(3);
        assertThat(reseeded.holders().values()).containsExactlyInAnyOrder(List.of("key"), List.of("subkey"));
    }
}
