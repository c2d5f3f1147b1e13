package io.tastelab.app;

import java.lang.reflect.InvocationTargetException;

/**
 * The jar's Main-Class: checks that the JVM is new enough, then hands over to {@link Main}. Compiled for Java 8
 * (its own compiler execution in pom.xml) and reaching {@code Main} only by reflection, so that an old
 * {@code java -jar tastelab.jar} prints what to do instead of an {@code UnsupportedClassVersionError}.
 * Keep it to Java 8's API.
 */
public final class JavaVersionCheck {

    static final int REQUIRED = 25;

    private JavaVersionCheck() {
    }

    public static void main(String[] args) throws Throwable {
        int found = feature(System.getProperty("java.specification.version", "0"));
        if (found < REQUIRED) {
            System.err.println(message(found, System.getProperty("java.home", "?")));
            System.exit(1);
        }
        try {
            Class.forName("io.tastelab.app.Main").getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause(); // Main's own failure, not the reflection's wrapper
        }
    }

    /** The feature release of a {@code java.specification.version}: "1.8" is 8, "17" is 17; unknown is 0. */
    static int feature(String specificationVersion) {
        String version = specificationVersion.startsWith("1.") ? specificationVersion.substring(2) : specificationVersion;
        int end = 0;
        while (end < version.length() && Character.isDigit(version.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(version.substring(0, end));
    }

    static String message(int found, String javaHome) {
        return "TasteLab needs Java " + REQUIRED + " (found " + found + " at " + javaHome + ").\n"
                + "Install a Java " + REQUIRED + " runtime (for example Eclipse Temurin " + REQUIRED + ") and start TasteLab with it:\n"
                + "    /path/to/jdk-" + REQUIRED + "/bin/java -jar tastelab.jar\n"
                + "or set JAVA_HOME to it and put $JAVA_HOME/bin first on your PATH. "
                + "The installers (installer/) bring their own Java.";
    }
}
