package io.tastelab.playground.interp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What the CPython table (PythonLanguageTableTest) can't show about user classes: their special methods run inside
 * the cell's budget and Cancel, a shown object's repr is taken while the cell runs (the GUI shows it later, on
 * another thread), and {@code with} restores state however its body ends.
 */
class UserClassesTest {

    private static Interpreter withSteps(long steps) {
        return new Interpreter(ModuleProvider.none(), InterpreterLimits.defaults().withMaxSteps(steps), System::nanoTime);
    }

    @Test
    void anEndlessReprStopsAtTheStepLimitInsteadOfHangingTheDisplay() {
        CellResult result = withSteps(100_000).runCell(
                "class Forever:\n    def __repr__(self):\n        while True:\n            pass\nForever()");
        assertThat(result.error().orElseThrow().type()).isEqualTo("TimeoutError");
        assertThat(result.result()).isEmpty();
    }

    @Test
    void aShownObjectKeepsTheReprItHadWhenTheCellRan() {
        Interpreter interpreter = new Interpreter(ModuleProvider.none());
        CellResult shown = interpreter.runCell("class C:\n    label = 'first'\n    def __repr__(self):\n"
                + "        return C.label\n[C(), (C(), 1), {'k': C()}]");
        interpreter.runCell("C.label = 'second'");
        Value value = shown.result().orElseThrow();
        assertThat(value.repr()).isEqualTo("[first, (first, 1), {'k': first}]");
        assertThat(NotebookDisplay.format(value)).isEqualTo("[first, (first, 1), {'k': first}]");
    }

    @Test
    void cancelStopsAMethodLoopAndTheSessionGoesOn() throws InterruptedException {
        Interpreter interpreter = new Interpreter(ModuleProvider.none());
        interpreter.runCell("class Spinner:\n    def spin(self):\n        while True:\n            pass\n");
        Thread canceller = new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException ignored) {
                return;
            }
            interpreter.cancel();
        });
        canceller.start();
        CellResult cancelled = interpreter.runCell("Spinner().spin()");
        canceller.join();
        assertThat(cancelled.error().orElseThrow().headline()).isEqualTo("KeyboardInterrupt");
        assertThat(interpreter.runCell("type(Spinner()).__name__").result().orElseThrow().repr()).isEqualTo("'Spinner'");
    }

    @Test
    void deepRecursionThroughMethodsIsARecursionError() {
        CellResult result = new Interpreter(ModuleProvider.none()).runCell(
                "class R:\n    def down(self, n):\n        return self.down(n + 1)\nR().down(0)");
        assertThat(result.error().orElseThrow().type()).isEqualTo("RecursionError");
    }

    @Test
    void aLimitInsideWithStopsTheCellWithoutRunningMoreUserCode() {
        Interpreter interpreter = withSteps(100_000);
        CellResult result = interpreter.runCell("log = []\nclass CM:\n    def __enter__(self):\n        return self\n"
                + "    def __exit__(self, *a):\n        log.append('exit')\nwith CM():\n    while True:\n        pass\n");
        assertThat(result.error().orElseThrow().type()).isEqualTo("TimeoutError");
        assertThat(interpreter.runCell("log").result().orElseThrow().repr()).isEqualTo("[]");
    }

    @Test
    void unsupportedBasesAndKeywordsSaySo() {
        Interpreter interpreter = new Interpreter(ModuleProvider.none());
        assertThat(interpreter.runCell("class S(set):\n    pass").error().orElseThrow().headline())
                .isEqualTo("TypeError: the playground's classes can't derive from <class 'set'>; they derive from "
                        + "classes made with 'class', object, str, int, float, tuple, list, dict, exception types or "
                        + "typing.NamedTuple");
        assertThat(interpreter.runCell("import math\nclass M(math):\n    pass").error().orElseThrow().headline())
                .isEqualTo("TypeError: the playground's classes derive from classes made with 'class', object, str, "
                        + "int, float, tuple, list, dict, exception types or typing.NamedTuple, not from "
                        + "<module 'math'>");
        assertThat(interpreter.runCell("class M(metaclass=type):\n    pass").error().orElseThrow().headline())
                .isEqualTo("TypeError: class keyword arguments (metaclass=) are not supported in the playground");
    }
}
