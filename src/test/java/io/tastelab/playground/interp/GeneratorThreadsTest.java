package io.tastelab.playground.interp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What CPython's table cannot show about generators: each suspended body holds a thread, and those threads end when
 * the generator is dropped or the session closes; a body stays inside the cell's step budget, stops on Cancel, and
 * counts towards the recursion limit.
 */
class GeneratorThreadsTest {

    private static final String NATURALS = "def naturals():\n    i = 0\n    while True:\n        yield i\n        i += 1\n";

    private final Interpreter interpreter = new Interpreter(ModuleProvider.none());

    @AfterEach
    void closeSession() {
        interpreter.close();
    }

    private String printed(String cell) {
        CellResult result = interpreter.runCell(cell);
        assertThat(result.error()).as("error of %s", cell).isEmpty();
        return result.stdout();
    }

    @Test
    void aGeneratorGoesOnInALaterCell() {
        printed(NATURALS + "g = naturals()\nprint(next(g))");
        assertThat(printed("print(next(g), next(g))")).isEqualTo("1 2\n");
        assertThat(interpreter.liveGenerators()).isEqualTo(1);
    }

    @Test
    void closingTheSessionEndsSuspendedGenerators() {
        printed(NATURALS + "gs = [naturals() for _ in range(5)]\nfor g in gs:\n    next(g)\nunstarted = naturals()");
        assertThat(interpreter.liveGenerators()).isEqualTo(5);
        interpreter.close();
        assertThat(interpreter.liveGenerators()).isZero();
        assertThat(generatorThreads()).isZero();
    }

    @Test
    void droppedGeneratorsEndTheirThreads() throws InterruptedException {
        printed(NATURALS + "for _ in range(50):\n    g = naturals()\n    next(g)\ndel g");
        assertThat(interpreter.liveGenerators()).isEqualTo(50);
        for (int attempt = 0; attempt < 100 && interpreter.liveGenerators() > 0; attempt++) {
            System.gc();
            Thread.sleep(50);
            printed("pass"); // each statement ends the generators the collector found dropped
        }
        assertThat(interpreter.liveGenerators()).isZero();
    }

    @Test
    void manyDroppedGeneratorsDoNotRunIntoTheLimit() {
        // more than the suspended limit, each dropped at once: the collector finds them before the limit refuses
        printed(NATURALS + "total = 0\nfor _ in range(" + (Interpreter.MAX_SUSPENDED_GENERATORS + 200)
                + "):\n    total += next(naturals())\nprint(total)");
        interpreter.close();
    }

    @Test
    void tooManySuspendedGeneratorsIsAMemoryError() {
        PlaygroundError error = interpreter.runCell(NATURALS + "kept = []\nfor _ in range("
                + (Interpreter.MAX_SUSPENDED_GENERATORS + 1) + "):\n    g = naturals()\n    next(g)\n    kept.append(g)")
                .error().orElseThrow();
        assertThat(error.headline()).isEqualTo("MemoryError: more than " + Interpreter.MAX_SUSPENDED_GENERATORS
                + " generators are suspended at once, the playground's limit");
        interpreter.close();
        assertThat(generatorThreads()).isZero();
    }

    @Test
    void aBodyThatNeverYieldsRunsOutOfSteps() {
        Interpreter limited = new Interpreter(ModuleProvider.none(), InterpreterLimits.defaults().withMaxSteps(50_000),
                System::nanoTime);
        PlaygroundError error = limited.runCell("def gen():\n    i = 0\n    while True:\n        i += 1\n"
                + "        if i < 0:\n            yield i\nnext(gen())").error().orElseThrow();
        assertThat(error.type()).isEqualTo("TimeoutError");
        assertThat(limited.runCell("print(sum(x for x in range(3)))").stdout()).isEqualTo("3\n");
    }

    @Test
    void cancelStopsAGeneratorBody() throws InterruptedException {
        Thread canceller = new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException ignored) {
                return;
            }
            interpreter.cancel();
        });
        canceller.start();
        PlaygroundError error = interpreter.runCell("def gen():\n    while True:\n        pass\n    yield 1\n"
                + "for x in gen():\n    print(x)").error().orElseThrow();
        canceller.join();
        assertThat(error.headline()).isEqualTo("KeyboardInterrupt");
        assertThat(printed("print('next cell')")).isEqualTo("next cell\n");
    }

    @Test
    void nestedGeneratorsCountTowardsTheRecursionLimit() {
        Interpreter shallow = new Interpreter(ModuleProvider.none(),
                InterpreterLimits.defaults().withMaxRecursionDepth(100), System::nanoTime);
        PlaygroundError error = shallow.runCell("def down(n):\n    yield n\n    yield from down(n + 1)\n"
                + "for x in down(0):\n    pass").error().orElseThrow();
        assertThat(error.headline()).isEqualTo("RecursionError: maximum recursion depth exceeded");
        shallow.close();
        assertThat(shallow.runCell("def two():\n    yield 1\n    yield 2\nprint(list(two()))").stdout())
                .isEqualTo("[1, 2]\n");
    }

    /** The generator threads still alive, once those that were told to end have had a moment to. */
    private static long generatorThreads() {
        long alive = 0;
        for (int attempt = 0; attempt < 100; attempt++) {
            alive = Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> thread.getName().startsWith("playground-generator") && thread.isAlive())
                    .count();
            if (alive == 0) {
                break;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return alive;
    }
}
