package io.tastelab.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NativeCacheFolderTest {

    private static Path folder(String os, Map<String, String> env, String home) {
        return NativeCache.folder(os, env, home);
    }

    @Test
    void nativesUnpackIntoAPerUserCacheOnEachOs() {
        assertThat(folder("Linux", Map.of(), "/home/ann")).isEqualTo(Path.of("/home/ann/.cache/tastelab/javacpp"));
        assertThat(folder("Linux", Map.of("XDG_CACHE_HOME", "/tmp/c"), "/home/ann")).isEqualTo(Path.of("/tmp/c/tastelab/javacpp"));
        assertThat(folder("Mac OS X", Map.of(), "/Users/ann")).isEqualTo(Path.of("/Users/ann/Library/Caches/TasteLab/javacpp"));
        assertThat(folder("Windows 11", Map.of("LOCALAPPDATA", "C:\\Users\\ann\\AppData\\Local"), "C:\\Users\\ann").toString())
                .endsWith("TasteLab" + java.io.File.separator + "javacpp");
    }
}
