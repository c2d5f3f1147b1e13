package io.tastelab.playground.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {

    private static List<String> kinds(String source) {
        return Lexer.tokenize(source).stream()
                .map(t -> switch (t.type()) {
                    case NAME, KEYWORD, OPERATOR, INT, FLOAT -> t.text();
                    case STRING -> "STR:" + t.value();
                    case MAGIC -> "%" + t.text();
                    default -> t.type().name();
                })
                .toList();
    }

    @Test
    void indentationBecomesIndentAndDedentTokens() {
        assertThat(kinds("def f(x):\n    return x\ny = 1\n")).containsExactly(
                "def", "f", "(", "x", ")", ":", "NEWLINE", "INDENT", "return", "x", "NEWLINE", "DEDENT",
                "y", "=", "1", "NEWLINE", "END");
    }

    @Test
    void blankAndCommentLinesProduceNoTokensAndDoNotChangeIndentation() {
        assertThat(kinds("def f():\n    a = 1\n\n  # a comment at another indent\n    return a  # trailing\n"))
                .containsExactly("def", "f", "(", ")", ":", "NEWLINE", "INDENT", "a", "=", "1", "NEWLINE",
                        "return", "a", "NEWLINE", "DEDENT", "END");
    }

    @Test
    void lineBreaksInsideBracketsJoinLines() {
        assertThat(kinds("x = f(1,\n      2)\n")).containsExactly("x", "=", "f", "(", "1", ",", "2", ")", "NEWLINE", "END");
    }

    @Test
    void backslashJoinsLines() {
        assertThat(kinds("x = 1 + \\\n    2\n")).containsExactly("x", "=", "1", "+", "2", "NEWLINE", "END");
    }

    @Test
    void sourceWithoutFinalNewlineStillEndsWithNewlineToken() {
        assertThat(kinds("x")).containsExactly("x", "NEWLINE", "END");
    }

    @Test
    void numbersIncludeExponentsUnderscoresAndRadixPrefixes() {
        List<Token> tokens = Lexer.tokenize("1e-3 1_000 0x_ff 0b101 0o17 .5 5. 1_0.2_5e1_0 123456789012345678901234567890");
        assertThat(tokens.subList(0, 9)).extracting(Token::value).containsExactly(
                1e-3, 1000L, 255L, 5L, 15L, 0.5, 5.0, 10.25e10, new BigInteger("123456789012345678901234567890"));
        assertThat(tokens.get(0).type()).isEqualTo(TokenType.FLOAT);
        assertThat(tokens.get(1).type()).isEqualTo(TokenType.INT);
    }

    @Test
    void stringsDecodeEscapesInBothQuoteStyles() {
        assertThat(kinds("'a\\'b' \"c\\\"d\\n\" 'tab\\there' r'\\n' '\\x41\\u00e9' '''multi\nline'''"))
                .containsExactly("STR:a'b", "STR:c\"d\n", "STR:tab\there", "STR:\\n", "STR:Aé", "STR:multi\nline",
                        "NEWLINE", "END");
    }

    @Test
    void operatorsAreLongestMatch() {
        assertThat(kinds("a ** b // c @ d != e <= f >= g == h ... x[...]")).containsExactly(
                "a", "**", "b", "//", "c", "@", "d", "!=", "e", "<=", "f", ">=", "g", "==", "h", "...",
                "x", "[", "...", "]", "NEWLINE", "END");
    }

    @Test
    void percentAtLineStartIsAMagicButModuloElsewhere() {
        assertThat(kinds("%timeit f(x)\ny = a % b\n")).containsExactly(
                "%timeit", "f", "(", "x", ")", "NEWLINE", "y", "=", "a", "%", "b", "NEWLINE", "END");
    }

    @Test
    void magicAtTheVeryEndOfTheInputIsAToken() {
        assertThat(kinds("%timeit")).containsExactly("%timeit", "NEWLINE", "END");
    }

    @Test
    void tokensCarryOneBasedLineAndColumn() {
        Token y = Lexer.tokenize("x = 1\n  \ny = (2 +\n 3)\n").stream()
                .filter(t -> t.text().equals("y")).findFirst().orElseThrow();
        assertThat(y.span()).isEqualTo(new SourceSpan(3, 1, 3, 2));
    }

    @Test
    void keywordsAreSeparateFromNames() {
        List<Token> tokens = Lexer.tokenize("import jax as j");
        assertThat(tokens).extracting(Token::type).startsWith(
                TokenType.KEYWORD, TokenType.NAME, TokenType.KEYWORD, TokenType.NAME);
    }

    @Test
    void unterminatedStringIsASyntaxErrorAtTheQuote() {
        assertThatThrownBy(() -> Lexer.tokenize("x = 'abc\n"))
                .isInstanceOfSatisfying(PlaygroundSyntaxError.class, e -> {
                    assertThat(e.pythonMessage()).isEqualTo("unterminated string literal (detected at line 1)");
                    assertThat(e.column()).isEqualTo(5);
                });
    }
}
