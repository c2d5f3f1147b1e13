package io.tastelab.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The house's shape: the engine knows nothing of the screen, and ND4J stays behind the array facade. */
class LayerRulesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.tastelab");
    }

    @Test
    void engineImportsNeitherJavafxNorTheUi() {
        noClasses().that().resideInAnyPackage("io.tastelab.engine..", "io.tastelab.array..", "io.tastelab.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.tastelab.ui..", "org.controlsfx..", "atlantafx..")
                .check(classes);
    }

    @Test
    void onlyTheArrayLayersNd4jPackageImportsNd4j() {
        noClasses().that().resideOutsideOfPackage("io.tastelab.array.nd4j..")
                .should().dependOnClassesThat().resideInAnyPackage("org.nd4j..", "org.bytedeco..")
                .check(classes);
    }

    @Test
    void viewModelsNeverTouchNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(classes);
    }

    @Test
    void engineDoesNotDependOnTheCli() {
        noClasses().that().resideInAPackage("io.tastelab.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("io.tastelab.cli..", "io.tastelab.app..")
                .check(classes);
    }
}
