package io.tastelab.playground.interp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Python's modules that the interpreter provides itself: each is named where an import fails, and has help. */
class StandardModulesTest {

    private final Interpreter interpreter = new Interpreter(ModuleProvider.none());

    @ParameterizedTest
    @ValueSource(strings = {"itertools", "operator", "collections", "random"})
    void aFailedImportNamesTheModule(String module) {
        PlaygroundError error = interpreter.runCell("import nosuchmodule").error().orElseThrow();
        assertThat(error.note().orElseThrow()).contains("import " + module);
        assertThat(interpreter.runCell("import " + module).error()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"itertools", "operator", "collections", "random"})
    void helpPointsAtPythonsDocumentation(String module) {
        CellResult result = interpreter.runCell("import " + module + "\nhelp(" + module + ")");
        assertThat(result.stdout()).isEqualTo("Help on module <module '" + module + "'>:\n\n    The playground does not "
                + "bundle Python's documentation of it: see https://docs.python.org/3.11/library/" + module
                + ".html\n\n");
    }
}
