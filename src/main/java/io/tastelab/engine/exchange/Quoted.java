package io.tastelab.engine.exchange;

/**
 * A field from a file as an error message shows it: in quotes, control characters visible ({@code \u0000}), and at
 * most {@value #MAX_SHOWN} characters of it, so a 50 MB field does not become a 50 MB message.
 */
public final class Quoted {

    /** How many characters of a field a message shows at most. */
    public static final int MAX_SHOWN = 80;

    private Quoted() {
    }

    /** {@code 'text'}, or {@code 'the first 80 characters…' (123456 characters)}. */
    public static String of(String text) {
        if (text == null) {
            return "''";
        }
        boolean cut = text.length() > MAX_SHOWN;
        String shown = cut ? text.substring(0, Character.isHighSurrogate(text.charAt(MAX_SHOWN - 1)) ? MAX_SHOWN - 1 : MAX_SHOWN) : text;
        StringBuilder out = new StringBuilder(shown.length() + 32).append('\'');
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                out.append(switch (c) {
                    case '\t' -> "\\t";
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    default -> String.format("\\u%04X", (int) c);
                });
            } else {
                out.append(c);
            }
        }
        out.append(cut ? "…'" : "'");
        if (cut) {
            out.append(" (").append(String.format(java.util.Locale.ROOT, "%,d", text.length())).append(" characters)");
        }
        return out.toString();
    }
}
