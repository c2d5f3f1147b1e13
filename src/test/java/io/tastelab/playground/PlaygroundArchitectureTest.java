package io.tastelab.playground;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The language front end stays a plain-Java library: grammar apart from evaluation, no GUI, no ND4J. */
class PlaygroundArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.tastelab.playground.lang", "io.tastelab.playground.interp",
                    "io.tastelab.playground.arrays", "io.tastelab.playground.session");

    @Test
    void grammarKnowsNothingOfEvaluation() {
        noClasses().that().resideInAPackage("..playground.lang..")
                .should().dependOnClassesThat().resideInAPackage("..playground.interp..")
                .check(CLASSES);
    }

    @Test
    void languageAndInterpreterUseNeitherJavaFxNorNd4j() {
        noClasses().that().resideInAnyPackage("..playground.lang..", "..playground.interp..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.nd4j..", "org.bytedeco..")
                .check(CLASSES);
    }

    @Test
    void arrayBindingsUseTheArrayFacadeNotNd4jOrTheScreen() {
        noClasses().that().resideInAnyPackage("..playground.arrays..", "..playground.session..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.nd4j..", "org.bytedeco..",
                        "io.tastelab.ui..", "io.tastelab.array.nd4j..")
                .check(CLASSES);
    }

    @Test
    void theInterpreterKnowsNothingOfArrays() {
        noClasses().that().resideInAnyPackage("..playground.lang..", "..playground.interp..")
                .should().dependOnClassesThat().resideInAnyPackage("io.tastelab.array..", "..playground.arrays..",
                        "..playground.session..")
                .check(CLASSES);
    }
}
