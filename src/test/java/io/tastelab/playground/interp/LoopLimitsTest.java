package io.tastelab.playground.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Loops and comprehensions stay inside the cell's step and time budget and stop on Cancel. */
class LoopLimitsTest {

    private static Interpreter withSteps(long steps) {
        return new Interpreter(ModuleProvider.none(), InterpreterLimits.defaults().withMaxSteps(steps), System::nanoTime);
    }

    @Test
    void anEndlessWhileLoopRunsOutOfSteps() {
        PlaygroundError error = withSteps(100_000).runCell("n = 0\nwhile True:\n    pass\n").error().orElseThrow();
        assertThat(error.type()).isEqualTo("TimeoutError");
        assertThat(error.line()).isEqualTo(2);
    }

    @Test
    void aHugeRangeIsIteratedLazilyUntilTheStepLimit() {
        Interpreter interpreter = withSteps(100_000);
        PlaygroundError error = interpreter.runCell("for i in range(10**15):\n    pass\n").error().orElseThrow();
        assertThat(error.type()).isEqualTo("TimeoutError");
        CellResult early = interpreter.runCell("for i in range(10**15):\n    if i == 5:\n        break\ni");
        assertThat(early.result().orElseThrow().repr()).isEqualTo("5");
    }

    @Test
    void comprehensionsCountTheirIterations() {
        PlaygroundError error = withSteps(100_000).runCell("xs = [i for i in range(10**12)]").error().orElseThrow();
        assertThat(error.type()).isEqualTo("TimeoutError");
        PlaygroundError generator = withSteps(100_000).runCell("s = sum(i for i in range(10**12))")
                .error().orElseThrow();
        assertThat(generator.type()).isEqualTo("TimeoutError");
    }

    @Test
    void aListThatGrowsWhileALoopReadsItStopsAtALimit() {
        PlaygroundError error = withSteps(1_000_000).runCell("xs = [0]\nfor x in xs:\n    xs.append(x + 1)\n")
                .error().orElseThrow();
        assertThat(error.type()).isIn("TimeoutError", "MemoryError");
    }

    @Test
    void noExceptClauseCatchesTheLimitsOrCancel() throws InterruptedException {
        PlaygroundError error = withSteps(100_000).runCell("try:\n    while True:\n        pass\nexcept:\n    print('caught')\n")
                .error().orElseThrow();
        assertThat(error.type()).isEqualTo("TimeoutError");
        Interpreter interpreter = new Interpreter(ModuleProvider.none());
        Thread canceller = new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException ignored) {
                return;
            }
            interpreter.cancel();
        });
        canceller.start();
        CellResult cancelled = interpreter.runCell(
                "while True:\n    try:\n        while True:\n            pass\n    except BaseException:\n        pass\n");
        canceller.join();
        assertThat(cancelled.error().orElseThrow().headline()).isEqualTo("KeyboardInterrupt");
    }

    @Test
    void aSlowLoopRunsOutOfTime() {
        Interpreter limited = new Interpreter(ModuleProvider.none(),
                InterpreterLimits.defaults().withMaxDuration(Duration.ofSeconds(5)), new InterpreterTest.FakeClock(1_000_000L));
        PlaygroundError error = limited.runCell("x = 0\nwhile True:\n    x += 1\n").error().orElseThrow();
        assertThat(error.headline()).isEqualTo("TimeoutError: the cell ran longer than 5 s, the playground's limit");
    }

    @Test
    void cancelStopsARunningLoopAndTheSessionGoesOn() throws InterruptedException {
        Interpreter interpreter = new Interpreter(ModuleProvider.none());
        Thread canceller = new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException ignored) {
                return;
            }
            interpreter.cancel();
        });
        canceller.start();
        PlaygroundError error = interpreter.runCell("x = 0\nwhile True:\n    x += 1\n").error().orElseThrow();
        canceller.join();
        assertThat(error.headline()).isEqualTo("KeyboardInterrupt");
        assertThat(interpreter.runCell("x > 0").result().orElseThrow().repr()).isEqualTo("True");
        assertThat(interpreter.runCell("[i * i for i in range(4)]").result().orElseThrow().repr())
                .isEqualTo("[0, 1, 4, 9]");
    }

    @Test
    void loopErrorsPointAtTheFailingLineInsideTheBody() {
        PlaygroundError error = new Interpreter(ModuleProvider.none())
                .runCell("total = 0\nfor i in range(3):\n    total += 10 // (1 - i)\n").error().orElseThrow();
        assertThat(error.headline()).isEqualTo("ZeroDivisionError: integer division or modulo by zero");
        assertThat(error.line()).isEqualTo(3);
        assertThat(error.render()).contains("    total += 10 // (1 - i)\n").contains("^");
    }
}
