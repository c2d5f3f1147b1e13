package io.tastelab;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** Tests that compute their expected values with the installed NumPy, in the same run, ask here whether it is there. */
public final class NumpyReference {
    private static volatile Boolean available;

    private NumpyReference() {
    }

    /** Whether {@code python3 -c 'import numpy'} succeeds (checked once per test JVM). */
    public static boolean available() {
        Boolean known = available;
        if (known == null) {
            known = check();
            available = known;
        }
        return known;
    }

    private static boolean check() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import numpy").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
