package io.tastelab.spark;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * After {@code mvn -Pspark package}, target/ holds two jars that must not be mixed up: the Spark application
 * (Spark provided, its main class in the manifest, no class path of its own) and the desktop app, whose
 * Class-Path names the libraries in target/lib. The Spark profile once rebuilt the desktop jar with its own
 * dependency versions, so {@code java -jar target/tastelab.jar} looked for jars that target/lib does not hold.
 */
class BuiltJarsIT {

    private static final Path TARGET = Path.of("target").toAbsolutePath();

    @Test
    void theSparkJarIsASparkApplicationWithSparkProvided() throws IOException {
        Path jar = TARGET.resolve("tastelab-spark.jar");
        assertThat(jar).as("built by mvn -Pspark package").isRegularFile();
        try (JarFile file = new JarFile(jar.toFile())) {
            Attributes manifest = file.getManifest().getMainAttributes();
            assertThat(manifest.getValue(Attributes.Name.MAIN_CLASS)).isEqualTo(SparkMain.class.getName());
            assertThat(manifest.getValue(Attributes.Name.CLASS_PATH)).as("Class-Path of the Spark jar").isNullOrEmpty();
            List<String> names = file.stream().map(JarEntry::getName).toList();
            assertThat(names).contains("io/tastelab/spark/SparkMain.class", "io/tastelab/engine/evaluation/Metrics.class",
                    "picocli/CommandLine.class");
            assertThat(names).as("Spark and Scala are provided by the cluster; the GUI and ND4J are the desktop app's")
                    .noneMatch(name -> name.startsWith("org/apache/spark/") || name.startsWith("scala/")
                            || name.startsWith("javafx/") || name.startsWith("org/nd4j/") || name.startsWith("io/tastelab/ui/"));
        }
    }

    @Test
    void theDesktopJarStillStartsFromItsOwnLibraries() throws IOException {
        Path jar = TARGET.resolve("tastelab.jar");
        Path lib = TARGET.resolve("lib");
        assumeTrue(Files.exists(jar) || Files.isDirectory(lib),
                "no desktop build in target/ (mvn package, then mvn -Pspark package; .ci/run does both)");
        assertThat(jar).as("the desktop jar beside target/lib").isRegularFile();
        try (JarFile file = new JarFile(jar.toFile())) {
            Attributes manifest = file.getManifest().getMainAttributes();
            assertThat(manifest.getValue(Attributes.Name.MAIN_CLASS)).isEqualTo("io.tastelab.app.JavaVersionCheck");
            List<String> classPath = Arrays.stream(manifest.getValue(Attributes.Name.CLASS_PATH).trim().split(" +")).toList();
            assertThat(classPath).as("the desktop jar's Class-Path").isNotEmpty()
                    .allMatch(entry -> entry.startsWith("lib/"))
                    .anyMatch(entry -> entry.startsWith("lib/javafx-controls-"))
                    .noneMatch(entry -> entry.contains("spark-") || entry.contains("scala-library"));
            assertThat(classPath).as("every Class-Path entry is a jar in target/lib")
                    .allMatch(entry -> Files.isRegularFile(TARGET.resolve(entry)));
            assertThat(file.stream().map(JarEntry::getName)).as("the desktop jar holds no Spark job classes")
                    .contains("io/tastelab/app/Main.class")
                    .noneMatch(name -> name.startsWith("io/tastelab/spark/"));
        }
    }
}
