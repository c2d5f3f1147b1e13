package io.tastelab.array;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Only the ND4J package touches ND4J; the array layer knows nothing of the screen. */
class ArrayLayeringTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.tastelab");

    @Test
    void onlyTheNd4jPackageImportsNd4j() {
        noClasses().that().resideOutsideOfPackage("io.tastelab.array.nd4j..")
                .should().dependOnClassesThat().resideInAPackage("org.nd4j..")
                .check(CLASSES);
    }

    @Test
    void theArrayLayerDoesNotUseJavaFx() {
        noClasses().that().resideInAPackage("io.tastelab.array..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(CLASSES);
    }
}
