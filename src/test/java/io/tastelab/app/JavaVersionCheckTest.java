package io.tastelab.app;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar's version check: it reads old and new version strings, and its class file runs on Java 8. */
class JavaVersionCheckTest {

    @Test
    void readsTheFeatureReleaseOfOldAndNewVersionStrings() {
        assertThat(JavaVersionCheck.feature("1.8")).isEqualTo(8);
        assertThat(JavaVersionCheck.feature("17")).isEqualTo(17);
        assertThat(JavaVersionCheck.feature("25")).isEqualTo(25);
        assertThat(JavaVersionCheck.feature("26-ea")).isEqualTo(26);
        assertThat(JavaVersionCheck.feature("")).isZero();
    }

    @Test
    void saysWhichJavaItNeedsAndHowToGetIt() {
        assertThat(JavaVersionCheck.message(17, "/usr/lib/jvm/java-17"))
                .startsWith("TasteLab needs Java 25 (found 17 at /usr/lib/jvm/java-17).")
                .contains("/path/to/jdk-25/bin/java -jar tastelab.jar");
    }

    @Test
    void itsClassFileIsForJava8SoAnOldJvmCanRunIt() throws Exception {
        try (var in = JavaVersionCheck.class.getResourceAsStream("JavaVersionCheck.class")) {
            byte[] header = in.readNBytes(8);
            int major = ((header[6] & 0xff) << 8) | (header[7] & 0xff);
            assertThat(major).as("class file major version").isEqualTo(52);
        }
    }
}
