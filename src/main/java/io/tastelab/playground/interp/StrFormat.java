package io.tastelab.playground.interp;

import java.math.BigInteger;

/** Python's {@code str.format}: {@code {}}, {@code {0}}, {@code {name}}, with {@code !r}/{@code !s} and a format spec. */
final class StrFormat {

    private StrFormat() {
    }

    static String format(String template, Arguments arguments) {
        StringBuilder out = new StringBuilder();
        int automatic = 0;
        boolean usedManual = false;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '}') {
                if (i + 1 < template.length() && template.charAt(i + 1) == '}') {
                    out.append('}');
                    i++;
                    continue;
                }
                throw PlaygroundError.valueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                out.append(c);
                continue;
            }
            if (i + 1 < template.length() && template.charAt(i + 1) == '{') {
                out.append('{');
                i++;
                continue;
            }
            int close = template.indexOf('}', i + 1);
            if (close < 0) {
                throw PlaygroundError.valueError("Single '{' encountered in format string");
            }
            String field = template.substring(i + 1, close);
            if (field.contains("{")) {
                throw PlaygroundError.valueError("nested replacement fields are not supported in the playground");
            }
            String spec = "";
            int colon = field.indexOf(':');
            if (colon >= 0) {
                spec = field.substring(colon + 1);
                field = field.substring(0, colon);
            }
            String conversion = "";
            int bang = field.indexOf('!');
            if (bang >= 0) {
                conversion = field.substring(bang + 1);
                field = field.substring(0, bang);
                if (!conversion.equals("r") && !conversion.equals("s") && !conversion.equals("a")) {
                    throw PlaygroundError.valueError("Unknown conversion specifier " + conversion);
                }
            }
            Value value;
            if (field.isEmpty()) {
                if (usedManual) {
                    throw PlaygroundError.valueError(
                            "cannot switch from manual field specification to automatic field numbering");
                }
                value = positional(arguments, automatic++);
            } else if (field.chars().allMatch(Character::isDigit)) {
                if (automatic > 0) {
                    throw PlaygroundError.valueError(
                            "cannot switch from automatic field numbering to manual field specification");
                }
                usedManual = true;
                value = positional(arguments, new BigInteger(field).min(BigInteger.valueOf(Integer.MAX_VALUE)).intValue());
            } else {
                value = arguments.keywords().get(field);
                if (value == null) {
                    throw PlaygroundError.of("KeyError", "'" + field + "'");
                }
            }
            Value converted = switch (conversion) {
                case "r", "a" -> new StrValue(value.repr());
                case "s" -> new StrValue(value.str());
                default -> value;
            };
            out.append(FormatSpec.format(converted, spec));
            i = close;
        }
        return out.toString();
    }

    private static Value positional(Arguments arguments, int index) {
        if (index >= arguments.size()) {
            throw PlaygroundError.indexError("Replacement index " + index + " out of range for positional args tuple");
        }
        return arguments.get(index);
    }
}
