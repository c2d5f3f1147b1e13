package io.tastelab.ui.playground;

import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Python colouring for the editor: keywords, builtins, strings, numbers, comments and IPython magics. */
final class PythonHighlighter {

    private static final String KEYWORDS = String.join("|", List.of("and", "as", "break", "continue", "def", "elif", "else",
            "for", "from", "global", "if", "import", "in", "is", "lambda", "not", "or", "pass", "return", "while",
            "True", "False", "None"));
    private static final String BUILTINS = String.join("|", List.of("print", "len", "range", "list", "tuple", "int",
            "float", "str", "bool", "abs", "min", "max", "sum", "type", "timeit"));
    private static final Pattern TOKENS = Pattern.compile(
            "(?<COMMENT>#[^\n]*)"
                    + "|(?<STRING>[rRbBfF]?(\"\"\"[\\s\\S]*?\"\"\"|'''[\\s\\S]*?'''|\"([^\"\\\\\n]|\\\\.)*\"?|'([^'\\\\\n]|\\\\.)*'?))"
                    + "|(?<MAGIC>^%[a-z]+)"
                    + "|(?<KEYWORD>\\b(" + KEYWORDS + ")\\b)"
                    + "|(?<BUILTIN>\\b(" + BUILTINS + ")\\b(?=\\s*\\())"
                    + "|(?<NUMBER>\\b(0[xX][0-9a-fA-F_]+|\\d[\\d_]*(\\.\\d*)?([eE][+-]?\\d+)?j?|\\.\\d+([eE][+-]?\\d+)?)\\b)"
                    + "|(?<DEFNAME>(?<=\\bdef\\s)\\w+)",
            Pattern.MULTILINE);

    private PythonHighlighter() {
    }

    /** Style classes for every character of {@code text}: {@code py-keyword}, {@code py-string}, ... */
    static StyleSpans<Collection<String>> styles(String text) {
        Matcher matcher = TOKENS.matcher(text);
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int last = 0;
        while (matcher.find()) {
            String style = matcher.group("COMMENT") != null ? "py-comment"
                    : matcher.group("STRING") != null ? "py-string"
                    : matcher.group("MAGIC") != null ? "py-magic"
                    : matcher.group("KEYWORD") != null ? "py-keyword"
                    : matcher.group("BUILTIN") != null ? "py-builtin"
                    : matcher.group("NUMBER") != null ? "py-number"
                    : "py-defname";
            spans.add(List.of(), matcher.start() - last);
            spans.add(List.of(style), matcher.end() - matcher.start());
            last = matcher.end();
        }
        spans.add(List.of(), text.length() - last);
        return spans.create();
    }

    /** The style class at {@code offset}, for tests. */
    static String styleAt(String text, int offset) {
        int start = 0;
        for (var span : styles(text)) {
            if (offset < start + span.getLength()) {
                return span.getStyle().isEmpty() ? "" : span.getStyle().iterator().next();
            }
            start += span.getLength();
        }
        return "";
    }
}
