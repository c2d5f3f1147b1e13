package io.tastelab.app;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where ND4J's native libraries unpack: a writable per-user cache folder, since an installed app's own folder
 * is read-only. Set before ND4J (JavaCPP) first loads; an explicit {@code -Dorg.bytedeco.javacpp.cachedir} wins.
 */
final class NativeCache {

    static final String PROPERTY = "org.bytedeco.javacpp.cachedir";

    private NativeCache() {
    }

    static void configure() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, folder(System.getProperty("os.name"), System.getenv(), System.getProperty("user.home")).toString());
        }
    }

    /** The per-user cache folder for this OS, e.g. ~/.cache/tastelab/javacpp on Linux. */
    static Path folder(String osName, java.util.Map<String, String> environment, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String localAppData = environment.get("LOCALAPPDATA");
            Path base = localAppData != null ? Path.of(localAppData) : Path.of(userHome, "AppData", "Local");
            return base.resolve("TasteLab").resolve("javacpp");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Caches", "TasteLab", "javacpp");
        }
        String xdg = environment.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".cache");
        return base.resolve("tastelab").resolve("javacpp");
    }
}
