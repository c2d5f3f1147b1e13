package io.tastelab.playground.lang;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Turns a cell's source into Python tokens: names, keywords, numbers, strings, operators, and the
 * layout tokens NEWLINE, INDENT and DEDENT that Python derives from line breaks and indentation.
 *
 * <p>Follows Python's tokenizer: comments run to the end of the line; line breaks inside brackets and after a
 * backslash join lines; blank and comment-only lines produce nothing; a tab advances indentation to the next
 * multiple of eight. An IPython line magic ({@code %timeit ...}) at the start of a logical line becomes a
 * {@link TokenType#MAGIC} token followed by the ordinary tokens of the rest of the line.
 *
 * <p>The whole cell is tokenized before parsing, so a bracket that is never closed is reported at the bracket,
 * whatever follows it. Stateless and thread-safe: {@link #tokenize(String)} may be called from any thread.
 */
public final class Lexer {

    /** Python's keywords: all of them, so that {@code class = 1} fails as it does in Python. */
    public static final Set<String> KEYWORDS = Set.of(
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
            "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
            "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");

    /** Python allows 200 nested brackets; so do we, and it bounds the parser's recursion. */
    public static final int MAX_BRACKET_DEPTH = 200;

    private static final String[] THREE_CHAR_OPERATORS = {"**=", "//=", ">>=", "<<=", "..."};
    private static final String[] TWO_CHAR_OPERATORS = {
        "**", "//", "==", "!=", "<=", ">=", "+=", "-=", "*=", "/=", "%=", "@=", "&=", "|=", "^=", "->", "<<", ">>", ":="
    };
    private static final String ONE_CHAR_OPERATORS = "+-*/%@<>=,:.()[]{};&|^~";

    private record OpenBracket(char bracket, SourceSpan span) {
    }

    private final String source;
    private final String[] lines;
    private final List<Token> tokens = new ArrayList<>();
    private final Deque<Integer> indentation = new ArrayDeque<>();
    private final Deque<OpenBracket> brackets = new ArrayDeque<>();
    private int position;
    /** The line number of the source's first line (1 for a cell; later for a statement read from a script). */
    private final int firstLine;
    private int line;
    private int lineStart;

    private Lexer(String source, int firstLine) {
        this.source = normalizeLineBreaks(source);
        this.lines = this.source.split("\n", -1);
        this.firstLine = firstLine;
        this.line = firstLine;
        indentation.push(0);
    }

    /**
     * The tokens of {@code source}, ending with NEWLINE (if the source has any statement), the DEDENTs that
     * close open blocks, and END.
     *
     * @throws PlaygroundSyntaxError for anything Python's tokenizer rejects: unterminated strings, unclosed or
     *                               mismatched brackets, bad indentation, malformed numbers, stray characters
     */
    public static List<Token> tokenize(String source) {
        return tokenize(source, 1);
    }

    /** The tokens of {@code source} whose first line is line {@code firstLine} of a longer text. */
    public static List<Token> tokenize(String source, int firstLine) {
        Lexer lexer = new Lexer(source, firstLine);
        lexer.run();
        return List.copyOf(lexer.tokens);
    }

    /** Converts {@code \r\n} and lone {@code \r} to {@code \n}, as Python's universal newlines do. */
    public static String normalizeLineBreaks(String source) {
        if (source.indexOf('\r') < 0) {
            return source;
        }
        return source.replace("\r\n", "\n").replace('\r', '\n');
    }

    private void run() {
        boolean atLineStart = true;
        while (position < source.length()) {
            if (atLineStart && brackets.isEmpty()) {
                atLineStart = false;
                if (!startLogicalLine()) {
                    atLineStart = true;
                    continue;
                }
                if (position >= source.length()) {
                    break; // a magic's name ended the input
                }
            }
            char c = source.charAt(position);
            if (c == ' ' || c == '\t' || c == '\f') {
                position++;
            } else if (c == '#') {
                skipComment();
            } else if (c == '\\') {
                lineContinuation();
            } else if (c == '\n') {
                if (brackets.isEmpty()) {
                    add(TokenType.NEWLINE, "", null, position, position + 1);
                    atLineStart = true;
                }
                newLine();
            } else if (isDigit(c) || (c == '.' && position + 1 < source.length() && isDigit(source.charAt(position + 1)))) {
                number();
            } else if (c == '_' || Character.isUnicodeIdentifierStart(c)) {
                nameOrPrefixedString();
            } else if (c == '\'' || c == '"') {
                string(position, false, false);
            } else {
                operator(c);
            }
        }
        SourceSpan end = spanOf(position, position);
        if (!brackets.isEmpty()) {
            // Python reports the innermost bracket that is still open.
            OpenBracket open = brackets.peek();
            throw error("'" + open.bracket() + "' was never closed", open.span());
        }
        if (!tokens.isEmpty() && tokens.getLast().type() != TokenType.NEWLINE
                && tokens.getLast().type() != TokenType.DEDENT && tokens.getLast().type() != TokenType.INDENT) {
            tokens.add(new Token(TokenType.NEWLINE, "", null, end));
        }
        while (indentation.size() > 1) {
            indentation.pop();
            tokens.add(new Token(TokenType.DEDENT, "", null, end));
        }
        tokens.add(new Token(TokenType.END, "", null, end));
    }

    /**
     * Measures the indentation at the start of a physical line and emits INDENT/DEDENT. Returns false if the line
     * is blank or a comment (it is then consumed), true if it holds tokens.
     */
    private boolean startLogicalLine() {
        int width = 0;
        int scan = position;
        while (scan < source.length()) {
            char c = source.charAt(scan);
            if (c == ' ') {
                width++;
            } else if (c == '\t') {
                width = (width / 8 + 1) * 8;
            } else if (c == '\f') {
                width = 0;
            } else {
                break;
            }
            scan++;
        }
        if (scan >= source.length() || source.charAt(scan) == '\n' || source.charAt(scan) == '#') {
            position = scan;
            if (position < source.length() && source.charAt(position) == '#') {
                skipComment();
            }
            if (position < source.length()) {
                newLine();
            }
            return false;
        }
        position = scan;
        int current = indentation.peek();
        if (width > current) {
            indentation.push(width);
            add(TokenType.INDENT, "", null, lineStart, position);
        } else if (width < current) {
            while (width < indentation.peek()) {
                indentation.pop();
                add(TokenType.DEDENT, "", null, position, position);
            }
            if (width != indentation.peek()) {
                throw new PlaygroundSyntaxError(PlaygroundSyntaxError.INDENTATION_ERROR,
                        "unindent does not match any outer indentation level", spanOf(position, position + 1),
                        currentLine());
            }
        }
        if (source.charAt(position) == '%') {
            magic();
        }
        return true;
    }

    private void magic() {
        int start = position;
        position++;
        if (position < source.length() && source.charAt(position) == '%') {
            throw error("cell magics (%%) are not supported; use a line magic such as %timeit",
                    spanOf(start, start + 2));
        }
        int nameStart = position;
        while (position < source.length() && (Character.isLetterOrDigit(source.charAt(position))
                || source.charAt(position) == '_')) {
            position++;
        }
        if (nameStart == position) {
            throw error("invalid syntax", spanOf(start, start + 1));
        }
        add(TokenType.MAGIC, source.substring(nameStart, position), null, start, position);
    }

    private void skipComment() {
        while (position < source.length() && source.charAt(position) != '\n') {
            position++;
        }
    }

    private void lineContinuation() {
        int start = position;
        position++;
        if (position < source.length() && source.charAt(position) == '\n') {
            newLine();
            return;
        }
        if (position >= source.length()) {
            throw error("unexpected EOF while parsing", spanOf(start, start + 1));
        }
        throw error("unexpected character after line continuation character", spanOf(start, start + 1));
    }

    private void newLine() {
        position++;
        line++;
        lineStart = position;
    }

    private void number() {
        int start = position;
        if (source.charAt(position) == '0' && position + 1 < source.length()
                && "xXoObB".indexOf(source.charAt(position + 1)) >= 0) {
            char prefix = Character.toLowerCase(source.charAt(position + 1));
            int radix = prefix == 'x' ? 16 : prefix == 'o' ? 8 : 2;
            position += 2;
            String digits = digitRun(radix, start, true);
            String kind = radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary";
            if (digits.isEmpty() || (position < source.length() && isIdentifierPart(source.charAt(position)))) {
                throw error("invalid " + kind + " literal", spanOf(start, Math.max(position, start + 1)));
            }
            addNumber(TokenType.INT, start, new BigInteger(digits, radix));
            return;
        }
        boolean isFloat = false;
        String integerPart = source.charAt(position) == '.' ? "" : digitRun(10, start, false);
        StringBuilder literal = new StringBuilder(integerPart);
        if (position < source.length() && source.charAt(position) == '.') {
            isFloat = true;
            position++;
            literal.append('.');
            if (position < source.length() && isDigit(source.charAt(position))) {
                literal.append(digitRun(10, start, false));
            }
        }
        if (position < source.length() && (source.charAt(position) == 'e' || source.charAt(position) == 'E')) {
            int exponentStart = position;
            position++;
            StringBuilder exponent = new StringBuilder("e");
            if (position < source.length() && (source.charAt(position) == '+' || source.charAt(position) == '-')) {
                exponent.append(source.charAt(position));
                position++;
            }
            if (position >= source.length() || !isDigit(source.charAt(position))) {
                throw error("invalid decimal literal", spanOf(start, exponentStart));
            }
            exponent.append(digitRun(10, start, false));
            literal.append(exponent);
            isFloat = true;
        }
        if (position < source.length() && (source.charAt(position) == 'j' || source.charAt(position) == 'J')) {
            position++;
            if (position < source.length() && isIdentifierPart(source.charAt(position))) {
                throw error("invalid imaginary literal", spanOf(position - 1, position));
            }
            addNumber(TokenType.IMAGINARY, start, Double.parseDouble(literal.toString()));
            return;
        }
        if (position < source.length() && isIdentifierPart(source.charAt(position))) {
            throw error("invalid decimal literal", spanOf(start, start + 1));
        }
        if (isFloat) {
            addNumber(TokenType.FLOAT, start, Double.parseDouble(literal.toString()));
            return;
        }
        if (integerPart.length() > 1 && integerPart.charAt(0) == '0' && !integerPart.chars().allMatch(ch -> ch == '0')) {
            throw error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    spanOf(start, start + 1));
        }
        if (integerPart.length() > MAX_INT_DIGITS) {
            // CPython 3.11+ refuses to convert a decimal literal this long (and BigInteger's parse is quadratic).
            throw error("Exceeds the limit (" + MAX_INT_DIGITS + " digits) for integer string conversion: value has "
                    + integerPart.length() + " digits; use sys.set_int_max_str_digits() to increase the limit - "
                    + "Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
                    spanOf(start, position));
        }
        addNumber(TokenType.INT, start, new BigInteger(integerPart));
    }

    /** CPython's default {@code sys.get_int_max_str_digits()}. */
    private static final int MAX_INT_DIGITS = 4300;

    /** Reads digits of {@code radix} with single underscores between them; returns the digits alone. */
    private String digitRun(int radix, int literalStart, boolean underscoreFirst) {
        StringBuilder digits = new StringBuilder();
        boolean lastWasUnderscore = false;
        boolean allowUnderscore = underscoreFirst;
        while (position < source.length()) {
            char c = source.charAt(position);
            if (c == '_') {
                if (!allowUnderscore || lastWasUnderscore) {
                    throw error("invalid " + radixName(radix) + " literal", spanOf(position, position + 1));
                }
                lastWasUnderscore = true;
            } else if (Character.digit(c, radix) >= 0 && c < 128) {
                digits.append(c);
                lastWasUnderscore = false;
                allowUnderscore = true;
            } else {
                break;
            }
            position++;
        }
        if (lastWasUnderscore) {
            throw error("invalid " + radixName(radix) + " literal", spanOf(position - 1, position));
        }
        return digits.toString();
    }

    private static String radixName(int radix) {
        return switch (radix) {
            case 16 -> "hexadecimal";
            case 8 -> "octal";
            case 2 -> "binary";
            default -> "decimal";
        };
    }

    private void addNumber(TokenType type, int start, Object value) {
        Object stored = value;
        if (value instanceof BigInteger big && big.bitLength() < 64) {
            stored = big.longValue();
        }
        add(type, source.substring(start, position), stored, start, position);
    }

    private void nameOrPrefixedString() {
        int start = position;
        while (position < source.length() && isIdentifierPart(source.charAt(position))) {
            position++;
        }
        String name = source.substring(start, position);
        if (position < source.length() && (source.charAt(position) == '\'' || source.charAt(position) == '"')
                && name.length() <= 2) {
            String prefix = name.toLowerCase();
            switch (prefix) {
                case "r", "u" -> {
                    string(start, prefix.equals("r"), false);
                    return;
                }
                case "f", "rf", "fr" -> {
                    string(start, prefix.contains("r"), true);
                    return;
                }
                case "b", "rb", "br" -> {
                    bytesLiteral(start, prefix.contains("r"));
                    return;
                }
                default -> {
                    // an ordinary name followed by a string: the parser reports it
                }
            }
        }
        add(KEYWORDS.contains(name) ? TokenType.KEYWORD : TokenType.NAME, name, null, start, position);
    }

    /**
     * {@code b"..."}: read as a string (the escapes {@code \x..} and octal give bytes 0 to 255), then each char is one
     * byte; Python allows only ASCII characters typed in a bytes literal.
     */
    private void bytesLiteral(int start, boolean raw) {
        string(start, raw, false);
        Token read = tokens.removeLast();
        String text = (String) read.value();
        if (!read.text().chars().allMatch(c -> c < 0x80) || !text.chars().allMatch(c -> c <= 0xFF)) {
            throw error("bytes can only contain ASCII literal characters", read.span());
        }
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < text.length(); i++) {
            bytes[i] = (byte) text.charAt(i);
        }
        tokens.add(new Token(TokenType.BYTES, read.text(), bytes, read.span()));
    }

    private void string(int start, boolean raw, boolean formatted) {
        char quote = source.charAt(position);
        boolean triple = position + 2 < source.length() && source.charAt(position + 1) == quote
                && source.charAt(position + 2) == quote;
        int startLine = line;
        int startLineStart = lineStart;
        SourceSpan stringStart = new SourceSpan(startLine, start - startLineStart + 1, startLine,
                start - startLineStart + 2);
        position += triple ? 3 : 1;
        StringBuilder value = new StringBuilder();
        List<FStringPart> parts = new ArrayList<>();
        while (true) {
            if (position >= source.length() || (!triple && source.charAt(position) == '\n')) {
                String what = triple ? "unterminated triple-quoted string literal" : "unterminated string literal";
                int detectedAt = triple ? line : startLine;
                if (triple && position >= source.length() && source.endsWith("\n") && line > startLine) {
                    detectedAt--; // Python counts the last line that has text
                }
                SourceSpan at = new SourceSpan(startLine, start - startLineStart + 1, startLine, start - startLineStart + 1);
                throw new PlaygroundSyntaxError(PlaygroundSyntaxError.SYNTAX_ERROR,
                        what + " (detected at line " + detectedAt + ")", at, lines[startLine - firstLine]);
            }
            char c = source.charAt(position);
            if (c == quote && (!triple || (position + 2 < source.length() && source.charAt(position + 1) == quote
                    && source.charAt(position + 2) == quote))) {
                position += triple ? 3 : 1;
                break;
            }
            if (formatted && (c == '{' || c == '}')) {
                if (position + 1 < source.length() && source.charAt(position + 1) == c) {
                    value.append(c);
                    position += 2;
                    continue;
                }
                if (c == '}') {
                    throw error("f-string: single '}' is not allowed", spanOf(position, position + 1));
                }
                if (!value.isEmpty()) {
                    parts.add(new FStringPart.Literal(value.toString()));
                    value.setLength(0);
                }
                replacementField(quote, triple, parts);
                continue;
            }
            if (c == '\\') {
                position++;
                if (position >= source.length()) {
                    continue;
                }
                char escaped = source.charAt(position);
                if (raw) {
                    value.append('\\').append(escaped);
                    if (escaped == '\n') {
                        newLineInString();
                    } else {
                        position++;
                    }
                    continue;
                }
                position++;
                switch (escaped) {
                    case '\n' -> {
                        position--;
                        newLineInString();
                    }
                    case '\\' -> value.append('\\');
                    case '\'' -> value.append('\'');
                    case '"' -> value.append('"');
                    case 'n' -> value.append('\n');
                    case 't' -> value.append('\t');
                    case 'r' -> value.append('\r');
                    case 'a' -> value.append('\u0007');
                    case 'b' -> value.append('\b');
                    case 'f' -> value.append('\f');
                    case 'v' -> value.append('\u000b');
                    case 'x' -> value.appendCodePoint(hexEscape(2, stringStart));
                    case 'u' -> value.appendCodePoint(hexEscape(4, stringStart));
                    case 'U' -> value.appendCodePoint(hexEscape(8, stringStart));
                    default -> {
                        if (escaped >= '0' && escaped <= '7') {
                            int code = escaped - '0';
                            for (int i = 0; i < 2 && position < source.length()
                                    && source.charAt(position) >= '0' && source.charAt(position) <= '7'; i++) {
                                code = code * 8 + (source.charAt(position) - '0');
                                position++;
                            }
                            value.append((char) code);
                        } else {
                            // Python keeps unknown escapes as they are (with a warning).
                            value.append('\\').append(escaped);
                        }
                    }
                }
                continue;
            }
            if (c == '\n') {
                value.append('\n');
                newLineInString();
                continue;
            }
            value.append(c);
            position++;
        }
        SourceSpan span = new SourceSpan(startLine, start - startLineStart + 1, line, position - lineStart + 1);
        if (formatted) {
            if (!value.isEmpty()) {
                parts.add(new FStringPart.Literal(value.toString()));
            }
            tokens.add(new Token(TokenType.FSTRING, source.substring(start, position), List.copyOf(parts), span));
            return;
        }
        tokens.add(new Token(TokenType.STRING, source.substring(start, position), value.toString(), span));
    }

    /**
     * Reads an f-string replacement field from its opening brace: the expression (up to a top-level {@code !},
     * {@code :}, {@code =} or {@code }}), then an optional conversion and format spec.
     */
    private void replacementField(char quote, boolean triple, List<FStringPart> parts) {
        int open = position;
        SourceSpan openSpan = spanOf(open, open + 1);
        position++;
        int expressionStart = position;
        int expressionLine = line;
        int expressionColumn = position - lineStart + 1;
        int depth = 0;
        while (true) {
            if (position >= source.length() || source.charAt(position) == quote && !triple
                    || (!triple && source.charAt(position) == '\n')) {
                throw error("f-string: expecting '}'", openSpan);
            }
            char c = source.charAt(position);
            if (c == '\\') {
                throw error("f-string expression part cannot include a backslash", spanOf(position, position + 1));
            }
            if (c == '#') {
                throw error("f-string expression part cannot include '#'", spanOf(position, position + 1));
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == '}' || c == ':' || (c == '!' && peekIs(position + 1, '=') == false)
                    || (c == '=' && isDebugEquals(position)))) {
                break;
            } else if (c == '\'' || c == '"') {
                if (c == quote) {
                    throw error("f-string: expecting '}'", openSpan);
                }
                int close = source.indexOf(c, position + 1);
                if (close < 0) {
                    throw error("f-string: expecting '}'", openSpan);
                }
                position = close;
            } else if (c == '\n') {
                position++;
                line++;
                lineStart = position;
                continue;
            }
            position++;
        }
        String expression = source.substring(expressionStart, position);
        if (expression.isBlank()) {
            throw error("f-string: empty expression not allowed", spanOf(position, position + 1));
        }
        String conversion = "";
        String formatSpec = "";
        String debugText = null;
        if (source.charAt(position) == '=') {
            position++;
            while (position < source.length() && source.charAt(position) == ' ') {
                position++;
            }
            debugText = source.substring(expressionStart, position);
        }
        if (position < source.length() && source.charAt(position) == '!') {
            char kind = position + 1 < source.length() ? source.charAt(position + 1) : ' ';
            if (kind != 'r' && kind != 's' && kind != 'a') {
                throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'",
                        spanOf(position, position + 1));
            }
            conversion = String.valueOf(kind);
            position += 2;
        }
        if (position < source.length() && source.charAt(position) == ':') {
            position++;
            int specStart = position;
            while (position < source.length() && source.charAt(position) != '}') {
                char c = source.charAt(position);
                if (c == '{') {
                    throw error("nested replacement fields in f-string format specs are not supported in the "
                            + "playground", spanOf(position, position + 1));
                }
                if (c == '\n' || c == quote && !triple) {
                    throw error("f-string: expecting '}'", openSpan);
                }
                position++;
            }
            formatSpec = source.substring(specStart, position);
        }
        if (position >= source.length() || source.charAt(position) != '}') {
            throw error("f-string: expecting '}'", openSpan);
        }
        position++;
        if (debugText != null) {
            parts.add(new FStringPart.Literal(debugText));
            if (conversion.isEmpty() && formatSpec.isEmpty()) {
                conversion = "r";
            }
        }
        parts.add(new FStringPart.Field(expression, expressionLine, expressionColumn, conversion, formatSpec));
    }

    private boolean peekIs(int at, char expected) {
        return at < source.length() && source.charAt(at) == expected;
    }

    /** True for the {@code =} of a self-documenting field {@code {x=}}, not for {@code ==}, {@code <=} and such. */
    private boolean isDebugEquals(int at) {
        if (peekIs(at + 1, '=')) {
            return false;
        }
        char before = at > 0 ? source.charAt(at - 1) : ' ';
        if ("=!<>".indexOf(before) >= 0) {
            return false;
        }
        int next = at + 1;
        while (next < source.length() && source.charAt(next) == ' ') {
            next++;
        }
        return next < source.length() && "}!:".indexOf(source.charAt(next)) >= 0;
    }

    private void newLineInString() {
        position++;
        line++;
        lineStart = position;
    }

    private int hexEscape(int digits, SourceSpan literalStart) {
        char escape = source.charAt(position - 1);
        if (position + digits > source.length()) {
            throw error("(unicode error) truncated \\" + escape + " escape", literalStart);
        }
        String hex = source.substring(position, position + digits);
        for (int i = 0; i < hex.length(); i++) {
            if (Character.digit(hex.charAt(i), 16) < 0 || hex.charAt(i) > 127) {
                throw error("(unicode error) truncated \\" + escape + " escape", literalStart);
            }
        }
        long code = Long.parseLong(hex, 16);
        if (code > Character.MAX_CODE_POINT) {
            throw error("(unicode error) illegal Unicode character", literalStart);
        }
        position += digits;
        return (int) code;
    }

    private void operator(char c) {
        int start = position;
        for (String op : THREE_CHAR_OPERATORS) {
            if (source.startsWith(op, position)) {
                position += 3;
                add(TokenType.OPERATOR, op, null, start, position);
                return;
            }
        }
        for (String op : TWO_CHAR_OPERATORS) {
            if (source.startsWith(op, position)) {
                position += 2;
                add(TokenType.OPERATOR, op, null, start, position);
                return;
            }
        }
        if (ONE_CHAR_OPERATORS.indexOf(c) < 0) {
            if (c == '!' || c == '$' || c == '?' || c == '`') {
                throw error("invalid syntax", spanOf(start, start + 1));
            }
            int codePoint = source.codePointAt(position);
            throw error("invalid character '" + Character.toString(codePoint) + "' (U+"
                    + String.format("%04X", codePoint) + ")", spanOf(start, start + 1));
        }
        position++;
        SourceSpan span = spanOf(start, position);
        switch (c) {
            case '(', '[', '{' -> {
                if (brackets.size() >= MAX_BRACKET_DEPTH) {
                    throw error("too many nested parentheses", span);
                }
                brackets.push(new OpenBracket(c, span));
            }
            case ')', ']', '}' -> {
                if (brackets.isEmpty()) {
                    throw error("unmatched '" + c + "'", span);
                }
                OpenBracket open = brackets.pop();
                if (closing(open.bracket()) != c) {
                    String where = open.span().line() == line ? ""
                            : " on line " + open.span().line();
                    throw error("closing parenthesis '" + c + "' does not match opening parenthesis '"
                            + open.bracket() + "'" + where, span);
                }
            }
            default -> {
                // an operator or delimiter without nesting
            }
        }
        tokens.add(new Token(TokenType.OPERATOR, String.valueOf(c), null, span));
    }

    private static char closing(char open) {
        return switch (open) {
            case '(' -> ')';
            case '[' -> ']';
            default -> '}';
        };
    }

    private void add(TokenType type, String text, Object value, int start, int end) {
        tokens.add(new Token(type, text, value, spanOf(start, end)));
    }

    /** The span from {@code start} to {@code end} on the current line (clamped to it). */
    private SourceSpan spanOf(int start, int end) {
        int column = Math.max(1, start - lineStart + 1);
        return new SourceSpan(line, column, line, Math.max(column, end - lineStart + 1));
    }

    private String currentLine() {
        return lines[Math.min(line - firstLine + 1, lines.length) - 1];
    }

    private PlaygroundSyntaxError error(String message, SourceSpan span) {
        int index = span.line() - firstLine;
        String text = index >= 0 && index < lines.length ? lines[index] : "";
        return new PlaygroundSyntaxError(PlaygroundSyntaxError.SYNTAX_ERROR, message, span, text);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Python's identifier characters (Unicode XID, roughly); unlike Java's, no currency symbols. */
    private static boolean isIdentifierPart(char c) {
        return c == '_' || (Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
    }
}
