package io.tastelab.playground.lang;

import java.util.List;

/**
 * Decides, as Python's interactive prompt does, whether the lines typed so far form a complete statement or the
 * REPL should read more: an open bracket, an unfinished triple-quoted string, a trailing backslash, or a
 * {@code def}, {@code class}, {@code if}, {@code for}, {@code while}, {@code try} or {@code with} whose block has not yet ended with a blank line. Stateless and thread-safe.
 */
public final class ReplInput {

    private static final java.util.Set<String> COMPOUND = java.util.Set.of("def", "class", "if", "for", "while", "try", "with");

    private ReplInput() {
    }

    /**
     * True if {@code text} needs more lines before it can be run; false if it is complete or has a syntax error
     * that more lines cannot fix (running it then reports that error).
     */
    public static boolean isIncomplete(String text) {
        String source = Lexer.normalizeLineBreaks(text);
        List<Token> tokens;
        try {
            tokens = Lexer.tokenize(source);
        } catch (PlaygroundSyntaxError error) {
            String message = error.pythonMessage();
            return message.endsWith("was never closed") || message.startsWith("unterminated triple-quoted")
                    || message.equals("unexpected EOF while parsing");
        }
        // A decorator line starts a compound statement too: the decorated def follows.
        boolean compound = !tokens.isEmpty() && (COMPOUND.contains(tokens.getFirst().text())
                && tokens.getFirst().type() == TokenType.KEYWORD || tokens.getFirst().isOperator("@"));
        if (compound) {
            // As in Python's REPL, a block ends only at a blank line.
            return !(source.endsWith("\n\n") || source.matches("(?s).*\\n[ \\t]*\\n[ \\t]*"));
        }
        try {
            Parser.parse(source);
            return false;
        } catch (PlaygroundSyntaxError error) {
            return error.pythonMessage().startsWith("expected an indented block");
        }
    }
}
