package io.tastelab.playground.lang;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A recursive-descent parser for the playground's Python subset, producing the syntax tree of {@link Stmt} and
 * {@link Expr} records. It knows nothing of evaluation.
 *
 * <p>Precedence and associativity are Python's: {@code **} is right-associative and binds tighter than a unary
 * minus on its left ({@code -2**2} is {@code -(2**2)}), comparisons chain ({@code a < b < c}), {@code not} binds
 * looser than comparisons. Supported statements: imports, assignment (chained, unpacking, subscript and attribute
 * targets, starred targets), augmented assignment, expression statements, {@code def} with defaults,
 * {@code *args}, keyword-only parameters and {@code **kwargs}, {@code return}, {@code if}/{@code elif}/{@code else},
 * {@code for} and {@code while} loops with {@code break}, {@code continue} and {@code else}, {@code global},
 * {@code assert}, {@code pass}, and the IPython magic {@code %timeit}; list, dict and set displays, comprehensions
 * and generator expressions, {@code class} (with decorators and bases), {@code with}, {@code try}, annotated
 * assignments and {@code nonlocal}. {@code async} and {@code await} are reported as not supported.
 *
 * <p>Whatever the input, {@link #parse(String)} returns a {@link Module} or throws {@link PlaygroundSyntaxError};
 * nesting is bounded so that deep input gives a syntax error, not a stack overflow. Stateless and thread-safe.
 */
public final class Parser {

    /** How deeply expressions and blocks may nest before the parser refuses with a syntax error. */
    public static final int MAX_NESTING = 1000;
    /** Python's limit on indentation levels. */
    public static final int MAX_BLOCK_DEPTH = 100;

    private static final Map<String, BinaryOperator> AUGMENTED = Map.ofEntries(
            Map.entry("+=", BinaryOperator.ADD), Map.entry("-=", BinaryOperator.SUBTRACT),
            Map.entry("*=", BinaryOperator.MULTIPLY), Map.entry("/=", BinaryOperator.TRUE_DIVIDE),
            Map.entry("//=", BinaryOperator.FLOOR_DIVIDE), Map.entry("%=", BinaryOperator.MODULO),
            Map.entry("**=", BinaryOperator.POWER), Map.entry("@=", BinaryOperator.MATMUL),
            Map.entry("<<=", BinaryOperator.LEFT_SHIFT), Map.entry(">>=", BinaryOperator.RIGHT_SHIFT),
            Map.entry("&=", BinaryOperator.BIT_AND), Map.entry("|=", BinaryOperator.BIT_OR),
            Map.entry("^=", BinaryOperator.BIT_XOR));

    private static final Set<String> UNSUPPORTED_STATEMENTS = Set.of(
            "except", "finally", "async", "await");

    private final String[] lines;
    /** The line number of {@code lines[0]}. */
    private final int firstLine;
    private final List<Token> tokens;
    private int index;
    private int nesting;
    private int functionDepth;
    private int blockDepth;
    /** Loops around the current statement inside the innermost function (or the cell). */
    private int loopDepth;

    private Parser(String source, List<Token> tokens, int firstLine) {
        this.lines = source.split("\n", -1);
        this.firstLine = firstLine;
        this.tokens = tokens;
    }

    /**
     * Parses a cell.
     *
     * @throws PlaygroundSyntaxError if the source is not valid in the playground's Python subset
     */
    public static Module parse(String source) {
        return parse(source, 1);
    }

    /**
     * Parses a piece of a longer text whose first line is line {@code firstLine} there, giving positions in the
     * text's lines (so a script is read statement by statement in time linear in its length).
     */
    public static Module parse(String source, int firstLine) {
        // On a deep stack, so that MAX_NESTING and not the caller's thread decides how deep input may nest.
        return DeepStack.call(() -> parseHere(source, firstLine), () -> { });
    }

    private static Module parseHere(String source, int firstLine) {
        String normalized = Lexer.normalizeLineBreaks(source);
        Parser parser = new Parser(normalized, Lexer.tokenize(normalized, firstLine), firstLine);
        try {
            return parser.module();
        } catch (StackOverflowError overflow) {
            // A safety net only: MAX_NESTING keeps the parser far inside the deep stack.
            Token at = parser.peek();
            throw parser.error("expression is too deeply nested", at.span());
        }
    }

    /**
     * Parses a single expression, such as {@code x[::2, None]}.
     *
     * @throws PlaygroundSyntaxError if the source is not exactly one expression
     */
    public static Expr parseExpression(String source) {
        Module module = parse(source);
        if (module.body().size() != 1 || !(module.body().getFirst() instanceof Stmt.ExprStatement statement)) {
            SourceSpan span = module.body().isEmpty() ? SourceSpan.at(1, 1) : module.body().getFirst().span();
            throw new PlaygroundSyntaxError(PlaygroundSyntaxError.SYNTAX_ERROR, "expected an expression", span,
                    SourceExcerpt.lineOf(Lexer.normalizeLineBreaks(source), span.line()));
        }
        return statement.value();
    }

    // ---------------------------------------------------------------- statements

    private Module module() {
        List<Stmt> body = new ArrayList<>();
        while (!at(TokenType.END)) {
            if (at(TokenType.NEWLINE)) {
                advance();
                continue;
            }
            if (at(TokenType.INDENT)) {
                throw unexpectedIndent();
            }
            if (at(TokenType.DEDENT)) {
                advance();
                continue;
            }
            statement(body);
        }
        SourceSpan span = body.isEmpty() ? SourceSpan.at(1, 1)
                : SourceSpan.between(body.getFirst().span(), body.getLast().span());
        return new Module(body, span);
    }

    private PlaygroundSyntaxError unexpectedIndent() {
        Token indent = advance();
        // Python puts the caret on the last character of the indentation.
        SourceSpan span = SourceSpan.at(indent.span().line(), Math.max(1, indent.span().endColumn() - 1));
        return new PlaygroundSyntaxError(PlaygroundSyntaxError.INDENTATION_ERROR, "unexpected indent", span,
                lineText(span.line()));
    }

    /** Parses one line's statements (or a compound statement) and adds them to {@code body}. */
    private void statement(List<Stmt> body) {
        Token token = peek();
        if (token.isKeyword("def")) {
            body.add(functionDef());
            return;
        }
        if (token.isOperator("@")) {
            decoratedDefinition(body);
            return;
        }
        if (token.isKeyword("if")) {
            body.add(ifStatement());
            return;
        }
        if (token.isKeyword("for")) {
            body.add(forStatement());
            return;
        }
        if (token.isKeyword("while")) {
            body.add(whileStatement());
            return;
        }
        if (token.isKeyword("try")) {
            body.add(tryStatement());
            return;
        }
        if (token.isKeyword("class")) {
            body.add(classDef());
            return;
        }
        if (token.isKeyword("with")) {
            body.add(withStatement());
            return;
        }
        if (token.type() == TokenType.KEYWORD && UNSUPPORTED_STATEMENTS.contains(token.text())) {
            throw error("'" + token.text() + "' statements are not supported in the playground", token.span());
        }
        if (token.type() == TokenType.MAGIC) {
            body.add(magic());
            return;
        }
        body.add(simpleStatement());
        while (acceptOperator(";")) {
            if (at(TokenType.NEWLINE)) {
                break;
            }
            body.add(simpleStatement());
        }
        expectNewline();
    }

    private void expectNewline() {
        if (at(TokenType.NEWLINE)) {
            advance();
            return;
        }
        if (at(TokenType.END) || at(TokenType.DEDENT)) {
            return;
        }
        throw invalidSyntax(peek());
    }

    private Stmt simpleStatement() {
        Token token = peek();
        if (token.isKeyword("import")) {
            return importStatement();
        }
        if (token.isKeyword("from")) {
            return importFrom();
        }
        if (token.isKeyword("return")) {
            advance();
            Expr value = null;
            if (!at(TokenType.NEWLINE) && !at(TokenType.END) && !peek().isOperator(";")) {
                value = starTestList();
            }
            SourceSpan span = value == null ? token.span() : SourceSpan.between(token.span(), value.span());
            if (functionDepth == 0) {
                throw error("'return' outside function", span);
            }
            return new Stmt.Return(value, span);
        }
        if (token.isKeyword("pass")) {
            advance();
            return new Stmt.Pass(token.span());
        }
        if (token.isKeyword("break") || token.isKeyword("continue")) {
            advance();
            if (loopDepth == 0) {
                throw error(token.text().equals("break") ? "'break' outside loop"
                        : "'continue' not properly in loop", token.span());
            }
            return token.text().equals("break") ? new Stmt.Break(token.span()) : new Stmt.Continue(token.span());
        }
        if (token.isKeyword("raise")) {
            advance();
            if (at(TokenType.NEWLINE) || at(TokenType.END) || peek().isOperator(";")) {
                return new Stmt.Raise(null, token.span());
            }
            Expr exception = test();
            if (peek().isKeyword("from")) {
                advance();
                test(); // the cause: evaluated by Python, shown only in the traceback's chain; ignored here
            }
            return new Stmt.Raise(exception, SourceSpan.between(token.span(), exception.span()));
        }
        if (token.isKeyword("del")) {
            advance();
            List<Expr> targets = new ArrayList<>();
            do {
                if (at(TokenType.NEWLINE) || at(TokenType.END) || peek().isOperator(";")) {
                    break;
                }
                Expr target = bitOr();
                checkDeletable(target);
                targets.add(target);
            } while (acceptOperator(","));
            if (targets.isEmpty()) {
                throw invalidSyntax(peek());
            }
            return new Stmt.Delete(targets, SourceSpan.between(token.span(), targets.getLast().span()));
        }
        if (token.isKeyword("global") || token.isKeyword("nonlocal")) {
            advance();
            List<String> names = new ArrayList<>();
            Token last;
            do {
                last = expectName();
                names.add(last.text());
            } while (acceptOperator(","));
            SourceSpan span = SourceSpan.between(token.span(), last.span());
            if (token.isKeyword("global")) {
                return new Stmt.Global(names, span);
            }
            if (functionDepth == 0) {
                throw error("nonlocal declaration not allowed at module level", span);
            }
            return new Stmt.Nonlocal(names, span);
        }
        if (token.isKeyword("assert")) {
            advance();
            Expr test = test();
            Expr message = acceptOperator(",") ? test() : null;
            return new Stmt.Assert(test, message,
                    SourceSpan.between(token.span(), (message != null ? message : test).span()));
        }
        if (token.type() == TokenType.KEYWORD && UNSUPPORTED_STATEMENTS.contains(token.text())) {
            throw error("'" + token.text() + "' statements are not supported in the playground", token.span());
        }
        return expressionStatement();
    }

    private Stmt expressionStatement() {
        Expr first = starTestList();
        if (peek().isOperator("=")) {
            List<Expr> chain = new ArrayList<>();
            chain.add(first);
            while (acceptOperator("=")) {
                if (at(TokenType.NEWLINE) || at(TokenType.END)) {
                    throw invalidSyntax(peek());
                }
                chain.add(starTestList());
            }
            List<Expr> targets = chain.subList(0, chain.size() - 1);
            for (Expr target : targets) {
                checkTarget(target, true);
            }
            Expr value = chain.getLast();
            checkNotStarred(value);
            return new Stmt.Assign(targets, value, SourceSpan.between(first.span(), value.span()));
        }
        Token token = peek();
        if (token.type() == TokenType.OPERATOR && AUGMENTED.containsKey(token.text())) {
            advance();
            String illegal = switch (first) {
                case Expr.Name n -> null;
                case Expr.Attribute a -> null;
                case Expr.Subscript s -> null;
                default -> describe(first);
            };
            if (illegal != null) {
                throw error("'" + illegal + "' is an illegal expression for augmented assignment", first.span());
            }
            Expr value = testList();
            return new Stmt.AugAssign(first, AUGMENTED.get(token.text()), value,
                    SourceSpan.between(first.span(), value.span()));
        }
        if (first instanceof Expr.Name name && (name.id().equals("print") || name.id().equals("exec"))
                && startsExpression(token)) {
            throw error("Missing parentheses in call to '" + name.id() + "'. Did you mean " + name.id() + "(...)?",
                    SourceSpan.between(first.span(), lastTokenOfLine().span()));
        }
        if (token.isOperator(":")) {
            advance();
            String illegal = switch (first) {
                case Expr.Name n -> null;
                case Expr.Attribute a -> null;
                case Expr.Subscript s -> null;
                case Expr.TupleExpr t -> "only single target (not tuple) can be annotated";
                case Expr.ListExpr l -> "only single target (not list) can be annotated";
                default -> "illegal target for annotation";
            };
            if (illegal != null) {
                throw error(illegal, first.span());
            }
            Expr annotation = test();
            Expr value = acceptOperator("=") ? starTestList() : null;
            return new Stmt.AnnAssign(first, annotation, value,
                    SourceSpan.between(first.span(), (value != null ? value : annotation).span()));
        }
        checkNotStarred(first);
        return new Stmt.ExprStatement(first, first.span());
    }

    private Token lastTokenOfLine() {
        int scan = index;
        while (scan + 1 < tokens.size() && tokens.get(scan + 1).type() != TokenType.NEWLINE
                && tokens.get(scan + 1).type() != TokenType.END) {
            scan++;
        }
        return tokens.get(scan);
    }

    /** Python's {@code cannot delete literal} and kin for what {@code del} can't remove. */
    private void checkDeletable(Expr target) {
        switch (target) {
            case Expr.Name name -> {
                // deletable
            }
            case Expr.Attribute attribute -> {
                // deletable
            }
            case Expr.Subscript subscript -> {
                // deletable
            }
            case Expr.TupleExpr tuple -> tuple.elements().forEach(this::checkDeletable);
            case Expr.ListExpr list -> list.elements().forEach(this::checkDeletable);
            default -> throw error("cannot delete " + describe(target), target.span());
        }
    }

    /** A lone {@code *x} is not a value. */
    private void checkNotStarred(Expr value) {
        if (value instanceof Expr.Starred starred) {
            throw error("can't use starred expression here", starred.span());
        }
    }

    /**
     * Checks an assignment or loop target: assignable, with at most one starred name per tuple or list and none
     * on its own.
     */
    private void checkTarget(Expr target, boolean topLevel) {
        if (target instanceof Expr.Starred starred) {
            throw error("starred assignment target must be in a list or tuple", starred.span());
        }
        checkAssignable(target, topLevel);
    }

    /** Checks that {@code target} can be assigned to, with Python's messages when it can't. */
    private void checkAssignable(Expr target, boolean topLevel) {
        String suffix = topLevel ? " here. Maybe you meant '==' instead of '='?" : "";
        switch (target) {
            case Expr.Name name -> {
                // assignable
            }
            case Expr.Attribute attribute -> {
                // assignable
            }
            case Expr.Subscript subscript -> {
                // assignable
            }
            case Expr.TupleExpr tuple -> checkElements(tuple.elements(), topLevel, tuple.span());
            case Expr.ListExpr list -> checkElements(list.elements(), topLevel, list.span());
            case Expr.Constant constant when constant.value() == null || constant.value() instanceof Boolean ->
                    throw error("cannot assign to " + (constant.value() == null ? "None" : constant.value().equals(true)
                            ? "True" : "False"), target.span());
            case Expr.IfExp ifExp -> throw error("cannot assign to conditional expression", target.span());
            default -> throw error("cannot assign to " + describe(target) + suffix, target.span());
        }
    }

    private void checkElements(List<Expr> elements, boolean topLevel, SourceSpan whole) {
        boolean starred = false;
        for (Expr element : elements) {
            if (element instanceof Expr.Starred star) {
                if (starred) {
                    throw error("multiple starred expressions in assignment", whole);
                }
                starred = true;
                checkAssignable(star.value(), topLevel);
            } else {
                checkAssignable(element, topLevel);
            }
        }
    }

    /** Python's word for an expression kind in error messages. */
    private static String describe(Expr expr) {
        return switch (expr) {
            case Expr.Constant c -> "literal";
            case Expr.EllipsisLiteral e -> "ellipsis";
            case Expr.Call c -> "function call";
            case Expr.Compare c -> "comparison";
            case Expr.IfExp i -> "conditional expression";
            case Expr.TupleExpr t -> "tuple";
            case Expr.ListExpr l -> "list";
            case Expr.DictExpr d -> "dict literal";
            case Expr.SetExpr s -> "set display";
            case Expr.Comprehension c -> switch (c.kind()) {
                case LIST -> "list comprehension";
                case SET -> "set comprehension";
                case DICT -> "dict comprehension";
                case GENERATOR -> "generator expression";
            };
            case Expr.BinOp b -> "expression";
            case Expr.ImaginaryLiteral i -> "literal";
            case Expr.Lambda l -> "lambda";
            case Expr.Yield y -> "yield expression";
            case Expr.Name n -> "name";
            case Expr.Attribute a -> "attribute";
            case Expr.Subscript s -> "subscript";
            default -> "expression";
        };
    }

    private Stmt importStatement() {
        Token start = advance();
        List<Alias> names = new ArrayList<>();
        do {
            names.add(alias(true));
        } while (acceptOperator(","));
        return new Stmt.Import(names, SourceSpan.between(start.span(), names.getLast().span()));
    }

    private Stmt importFrom() {
        Token start = advance();
        Token first = peek();
        if (first.isOperator(".") || first.isOperator("...")) {
            throw error("relative imports are not supported in the playground", first.span());
        }
        String module = dottedName();
        if (!peek().isKeyword("import")) {
            throw invalidSyntax(peek());
        }
        advance();
        boolean parenthesized = acceptOperator("(");
        List<Alias> names = new ArrayList<>();
        if (peek().isOperator("*")) {
            throw error("'from ... import *' is not supported in the playground", peek().span());
        }
        do {
            if (parenthesized && peek().isOperator(")")) {
                break;
            }
            names.add(alias(false));
        } while (acceptOperator(","));
        Token end = names.isEmpty() ? peek() : null;
        if (parenthesized) {
            end = expectOperator(")");
        }
        if (names.isEmpty()) {
            throw invalidSyntax(end);
        }
        return new Stmt.ImportFrom(module, names, SourceSpan.between(start.span(),
                end != null ? end.span() : names.getLast().span()));
    }

    private Alias alias(boolean dotted) {
        Token first = peek();
        String name = dotted ? dottedName() : expectName().text();
        Token last = previous();
        String asName = null;
        if (peek().isKeyword("as")) {
            advance();
            last = expectName();
            asName = last.text();
        }
        return new Alias(name, asName, SourceSpan.between(first.span(), last.span()));
    }

    private String dottedName() {
        StringBuilder name = new StringBuilder(expectName().text());
        while (acceptOperator(".")) {
            name.append('.').append(expectName().text());
        }
        return name.toString();
    }

    /**
     * {@code @d1 / @d2 / def f(...)} (or a class): a {@link Stmt.Decorated}, which evaluates the decorators before
     * the definition and binds {@code f = d1(d2(f))}, as Python does.
     */
    private void decoratedDefinition(List<Stmt> body) {
        List<Expr> decorators = new ArrayList<>();
        while (peek().isOperator("@")) {
            advance();
            decorators.add(test());
            if (!at(TokenType.NEWLINE)) {
                throw invalidSyntax(peek());
            }
            advance();
        }
        Token token = peek();
        if (token.type() == TokenType.KEYWORD && UNSUPPORTED_STATEMENTS.contains(token.text())) {
            throw error("'" + token.text() + "' statements are not supported in the playground", token.span());
        }
        if (!token.isKeyword("def") && !token.isKeyword("class")) {
            throw invalidSyntax(token);
        }
        Stmt def = token.isKeyword("def") ? functionDef() : classDef();
        String name = def instanceof Stmt.FunctionDef function ? function.name() : ((Stmt.ClassDef) def).name();
        // The statement spans decorators and definition, so a block's span still runs from its first to last line.
        body.add(new Stmt.Decorated(decorators, def, name, SourceSpan.between(decorators.getFirst().span(), def.span())));
    }

    /** {@code class Name(bases): body}; the body is not a function's (no {@code return}), nor inside a loop. */
    private Stmt classDef() {
        Token keyword = advance();
        Token name = expectName();
        List<Expr> bases = List.of();
        List<Keyword> keywords = List.of();
        if (peek().isOperator("(")) {
            Expr.Call call = (Expr.Call) call(new Expr.Name(name.text(), name.span()));
            bases = call.args();
            keywords = call.keywords();
        }
        Token colon = expectOperator(":");
        int enclosingFunctions = functionDepth;
        int enclosingLoops = loopDepth;
        functionDepth = 0;
        loopDepth = 0;
        List<Stmt> body;
        try {
            body = block(keyword, colon, "class definition", false);
        } finally {
            functionDepth = enclosingFunctions;
            loopDepth = enclosingLoops;
        }
        return new Stmt.ClassDef(name.text(), bases, keywords, body,
                SourceSpan.between(keyword.span(), body.getLast().span()));
    }

    /** {@code with item [as target], ...: body}, also with the items in parentheses (Python 3.10). */
    private Stmt withStatement() {
        Token keyword = advance();
        List<Stmt.WithItem> items = new ArrayList<>();
        do {
            Expr context = test();
            Expr target = null;
            if (peek().isKeyword("as")) {
                advance();
                target = bitOr(); // 'as a, b': the comma starts the next item, as in Python
                checkTarget(target, false);
            }
            items.add(new Stmt.WithItem(context, target));
        } while (acceptOperator(","));
        Token colon = expectOperator(":");
        List<Stmt> body = block(keyword, colon, "'with' statement", false);
        return new Stmt.With(items, body, SourceSpan.between(keyword.span(), body.getLast().span()));
    }

    private Stmt functionDef() {
        Token def = advance();
        Token name = expectName();
        expectOperator("(");
        List<Parameter> params = parameters(")");
        expectOperator(")");
        if (acceptOperator("->")) {
            test(); // a return annotation: ignored
        }
        Token colon = expectOperator(":");
        List<Stmt> body = block(def, colon, "function definition", true);
        return new Stmt.FunctionDef(name.text(), params, body,
                SourceSpan.between(def.span(), body.getLast().span()));
    }

    /**
     * A parameter list up to (not including) {@code closing}: names with optional annotations and defaults,
     * {@code *args} or a bare {@code *} before keyword-only parameters, and {@code **kwargs} last.
     */
    private List<Parameter> parameters(String closing) {
        List<Parameter> params = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean sawDefault = false;
        boolean keywordOnly = false;
        boolean annotations = closing.equals(")");
        Token bareStar = null;
        while (!peek().isOperator(closing)) {
            if (!params.isEmpty() && params.getLast().kind() == Parameter.Kind.VAR_KEYWORD) {
                throw error("arguments cannot follow var-keyword argument", peek().span());
            }
            if (peek().isOperator("/")) {
                throw error("positional-only parameters (/) are not supported in the playground", peek().span());
            }
            Parameter.Kind kind = keywordOnly ? Parameter.Kind.KEYWORD_ONLY : Parameter.Kind.POSITIONAL_OR_KEYWORD;
            Token star = null;
            if (peek().isOperator("*") || peek().isOperator("**")) {
                star = advance();
                if (star.text().equals("*")) {
                    if (keywordOnly) {
                        throw error("* argument may appear only once", star.span());
                    }
                    keywordOnly = true;
                    if (peek().isOperator(",") || peek().isOperator(closing)) {
                        bareStar = star;
                        if (peek().isOperator(closing)) {
                            throw error("named arguments must follow bare *", star.span());
                        }
                        advance();
                        continue;
                    }
                    kind = Parameter.Kind.VAR_POSITIONAL;
                } else {
                    kind = Parameter.Kind.VAR_KEYWORD;
                }
            }
            Token paramName = expectName();
            if (!seen.add(paramName.text())) {
                throw error("duplicate argument '" + paramName.text() + "' in function definition", paramName.span());
            }
            if (annotations && acceptOperator(":")) {
                test(); // an annotation: parsed and ignored, as Python ignores it at run time
            }
            Expr defaultValue = null;
            SourceSpan span = star == null ? paramName.span() : SourceSpan.between(star.span(), paramName.span());
            if (peek().isOperator("=") && star != null) {
                throw error(star.text().equals("*") ? "var-positional argument cannot have default value"
                        : "var-keyword argument cannot have default value", peek().span());
            }
            if (acceptOperator("=")) {
                defaultValue = test();
                span = SourceSpan.between(span, defaultValue.span());
                sawDefault |= kind == Parameter.Kind.POSITIONAL_OR_KEYWORD;
            } else if (sawDefault && kind == Parameter.Kind.POSITIONAL_OR_KEYWORD) {
                throw error("non-default argument follows default argument", paramName.span());
            }
            params.add(new Parameter(paramName.text(), defaultValue, kind, span));
            bareStar = null;
            if (!acceptOperator(",")) {
                break;
            }
        }
        if (bareStar != null) {
            throw error("named arguments must follow bare *", bareStar.span());
        }
        return params;
    }

    /** {@code if test: body} with {@code elif} and {@code else} clauses; an {@code elif} nests as the else branch. */
    private Stmt ifStatement() {
        Token keyword = advance();
        Expr test = test();
        Token colon = expectOperator(":");
        List<Stmt> body = block(keyword, colon, "'" + keyword.text() + "' statement", false);
        List<Stmt> orElse = List.of();
        if (peek().isKeyword("elif")) {
            orElse = List.of(ifStatement());
        } else if (peek().isKeyword("else")) {
            Token elseKeyword = advance();
            Token elseColon = expectOperator(":");
            orElse = block(elseKeyword, elseColon, "'else' statement", false);
        }
        Stmt last = orElse.isEmpty() ? body.getLast() : orElse.getLast();
        return new Stmt.If(test, body, orElse, SourceSpan.between(keyword.span(), last.span()));
    }

    /** {@code try:} with {@code except} clauses, an optional {@code else} and an optional {@code finally}. */
    private Stmt tryStatement() {
        Token keyword = advance();
        Token colon = expectColon();
        List<Stmt> body = block(keyword, colon, "'try' statement", false);
        List<Stmt.ExceptHandler> handlers = new ArrayList<>();
        Stmt.ExceptHandler bare = null;
        while (peek().isKeyword("except")) {
            Token except = advance();
            if (bare != null) {
                throw error("default 'except:' must be last", bare.span());
            }
            Expr type = null;
            String name = null;
            if (!peek().isOperator(":")) {
                type = test();
                if (peek().isOperator(",")) {
                    throw error("multiple exception types must be parenthesized", type.span());
                }
                if (peek().isKeyword("as")) {
                    advance();
                    name = expectName().text();
                }
            }
            Token exceptColon = expectColon();
            List<Stmt> handlerBody = block(except, exceptColon, "'except' statement", false);
            Stmt.ExceptHandler handler = new Stmt.ExceptHandler(type, name, handlerBody,
                    SourceSpan.between(except.span(), handlerBody.getLast().span()));
            if (type == null) {
                bare = handler;
            }
            handlers.add(handler);
        }
        List<Stmt> orElse = List.of();
        if (!handlers.isEmpty() && peek().isKeyword("else")) {
            Token elseKeyword = advance();
            orElse = block(elseKeyword, expectColon(), "'else' statement", false);
        }
        List<Stmt> finalBody = List.of();
        if (peek().isKeyword("finally")) {
            Token finallyKeyword = advance();
            finalBody = block(finallyKeyword, expectColon(), "'finally' statement", false);
        }
        if (handlers.isEmpty() && finalBody.isEmpty()) {
            throw error("expected 'except' or 'finally' block", peek().span());
        }
        Stmt last = !finalBody.isEmpty() ? finalBody.getLast() : !orElse.isEmpty() ? orElse.getLast()
                : handlers.getLast().body().getLast();
        return new Stmt.Try(body, handlers, orElse, finalBody, SourceSpan.between(keyword.span(), last.span()));
    }

    /** {@code for target in iterable: body} with an optional {@code else} clause. */
    private Stmt forStatement() {
        Token keyword = advance();
        Expr target = targetList();
        checkTarget(target, false);
        if (!peek().isKeyword("in")) {
            throw invalidSyntax(peek());
        }
        advance();
        Expr iterable = starTestList();
        checkNotStarred(iterable);
        Token colon = expectColon();
        List<Stmt> body = loopBody(keyword, colon, "'for' statement");
        List<Stmt> orElse = elseClause();
        Stmt last = orElse.isEmpty() ? body.getLast() : orElse.getLast();
        return new Stmt.For(target, iterable, body, orElse, SourceSpan.between(keyword.span(), last.span()));
    }

    /** {@code while test: body} with an optional {@code else} clause. */
    private Stmt whileStatement() {
        Token keyword = advance();
        Expr test = test();
        Token colon = expectColon();
        List<Stmt> body = loopBody(keyword, colon, "'while' statement");
        List<Stmt> orElse = elseClause();
        Stmt last = orElse.isEmpty() ? body.getLast() : orElse.getLast();
        return new Stmt.While(test, body, orElse, SourceSpan.between(keyword.span(), last.span()));
    }

    /** The colon ending a compound statement's header; at the end of the line Python says it is expected. */
    private Token expectColon() {
        if (!peek().isOperator(":") && (at(TokenType.NEWLINE) || at(TokenType.END))) {
            Token last = previous();
            throw error("expected ':'", SourceSpan.at(last.span().endLine(), last.span().endColumn()));
        }
        return expectOperator(":");
    }

    private List<Stmt> loopBody(Token keyword, Token colon, String header) {
        loopDepth++;
        try {
            return block(keyword, colon, header, false);
        } finally {
            loopDepth--;
        }
    }

    private List<Stmt> elseClause() {
        if (!peek().isKeyword("else")) {
            return List.of();
        }
        Token elseKeyword = advance();
        Token elseColon = expectOperator(":");
        return block(elseKeyword, elseColon, "'else' statement", false);
    }

    /**
     * The target of a {@code for} (in a statement or a comprehension): names, attributes, subscripts, starred
     * names, comma-separated, stopping before {@code in}.
     */
    private Expr targetList() {
        Expr first = targetItem();
        if (!peek().isOperator(",")) {
            return first;
        }
        List<Expr> elements = new ArrayList<>(List.of(first));
        SourceSpan end = first.span();
        while (peek().isOperator(",")) {
            end = advance().span();
            if (peek().isKeyword("in") || !startsStarredOrExpression(peek())) {
                break;
            }
            Expr next = targetItem();
            elements.add(next);
            end = next.span();
        }
        return new Expr.TupleExpr(elements, SourceSpan.between(first.span(), end));
    }

    private Expr targetItem() {
        if (peek().isOperator("*")) {
            Token star = advance();
            Expr value = bitOr();
            return new Expr.Starred(value, SourceSpan.between(star.span(), value.span()));
        }
        return bitOr();
    }

    private List<Stmt> block(Token def, Token colon, String header, boolean function) {
        int enclosingLoops = loopDepth;
        if (function) {
            functionDepth++;
            loopDepth = 0; // a loop around a def does not make 'break' in its body legal
        }
        blockDepth++;
        try {
            if (blockDepth > MAX_BLOCK_DEPTH) {
                throw error("too many levels of indentation", def.span());
            }
            List<Stmt> body = new ArrayList<>();
            if (!at(TokenType.NEWLINE)) {
                statement(body);
                return body;
            }
            advance();
            if (!at(TokenType.INDENT)) {
                Token next = peek();
                // At the end of the cell Python points just past the colon; otherwise at the unindented line.
                SourceSpan span = next.type() == TokenType.END || next.type() == TokenType.DEDENT
                        ? SourceSpan.at(colon.span().line(), colon.span().endColumn()) : next.span();
                throw new PlaygroundSyntaxError(PlaygroundSyntaxError.INDENTATION_ERROR,
                        "expected an indented block after " + header + " on line " + def.span().line(),
                        span, lineText(span.line()));
            }
            advance();
            while (!at(TokenType.DEDENT) && !at(TokenType.END)) {
                if (at(TokenType.INDENT)) {
                    throw unexpectedIndent();
                }
                if (at(TokenType.NEWLINE)) {
                    advance();
                    continue;
                }
                statement(body);
            }
            if (at(TokenType.DEDENT)) {
                advance();
            }
            return body;
        } finally {
            if (function) {
                functionDepth--;
            }
            loopDepth = enclosingLoops;
            blockDepth--;
        }
    }

    private Stmt magic() {
        Token magic = advance();
        if (!magic.text().equals("timeit")) {
            throw error("line magic %" + magic.text() + " is not supported; the playground knows %timeit",
                    magic.span());
        }
        int loops = 0;
        int repeats = 0;
        while (peek().isOperator("-") && peekAt(1).type() == TokenType.NAME
                && peekAt(1).text().matches("[nr]\\d*") && adjacent(peek(), peekAt(1))) {
            advance();
            Token option = advance();
            String digits = option.text().substring(1);
            if (digits.isEmpty()) {
                Token count = peek();
                if (count.type() != TokenType.INT || !(count.value() instanceof Long)) {
                    throw error("%timeit -" + option.text() + " needs a positive whole number", count.span());
                }
                advance();
                digits = count.text().replace("_", "");
            }
            int value;
            try {
                value = Integer.parseInt(digits);
            } catch (NumberFormatException tooLarge) {
                value = -1;
            }
            if (value <= 0) {
                throw error("%timeit -" + option.text().charAt(0) + " needs a positive whole number", option.span());
            }
            if (option.text().charAt(0) == 'n') {
                loops = value;
            } else {
                repeats = value;
            }
        }
        if (at(TokenType.NEWLINE) || at(TokenType.END)) {
            throw error("%timeit needs an expression to time, e.g. %timeit f(x)", magic.span());
        }
        Expr expression = testList();
        expectNewline();
        return new Stmt.Timeit(expression, textOf(expression.span()), loops, repeats,
                SourceSpan.between(magic.span(), expression.span()));
    }

    private static boolean adjacent(Token first, Token second) {
        return first.span().line() == second.span().line() && first.span().endColumn() == second.span().column();
    }

    // ---------------------------------------------------------------- expressions

    /** Like {@link #testList()}, where items may also be {@code *iterable}. */
    private Expr starTestList() {
        Expr first = starOrTest();
        if (!peek().isOperator(",")) {
            return first;
        }
        List<Expr> elements = new ArrayList<>();
        elements.add(first);
        Token last = null;
        while (peek().isOperator(",")) {
            last = advance();
            if (!startsStarredOrExpression(peek())) {
                break;
            }
            elements.add(starOrTest());
        }
        SourceSpan end = elements.size() > 1 ? elements.getLast().span() : last.span();
        return new Expr.TupleExpr(elements, SourceSpan.between(first.span(), end));
    }

    /** {@code *expr} or a {@link #test()}. */
    private Expr starOrTest() {
        if (peek().isOperator("*")) {
            Token star = advance();
            Expr value = bitOr();
            return new Expr.Starred(value, SourceSpan.between(star.span(), value.span()));
        }
        return test();
    }

    private static boolean startsStarredOrExpression(Token token) {
        return token.isOperator("*") || startsExpression(token);
    }

    /**
     * The {@code for ... in ... if ...} clauses of a comprehension, the first {@code for} being next. Iterables are
     * or-tests, as in Python's grammar, so {@code x if c else y} needs parentheses there.
     */
    private List<Expr.ComprehensionClause> comprehensionClauses() {
        List<Expr.ComprehensionClause> clauses = new ArrayList<>();
        while (peek().isKeyword("for")) {
            Token keyword = advance();
            if (peek().isKeyword("async")) {
                throw error("asynchronous comprehensions are not supported in the playground", peek().span());
            }
            Expr target = targetList();
            checkTarget(target, false);
            if (!peek().isKeyword("in")) {
                throw invalidSyntax(peek());
            }
            advance();
            Expr iterable = orTest();
            List<Expr> conditions = new ArrayList<>();
            SourceSpan end = iterable.span();
            while (peek().isKeyword("if")) {
                advance();
                Expr condition = orTest();
                conditions.add(condition);
                end = condition.span();
            }
            clauses.add(new Expr.ComprehensionClause(target, iterable, conditions, SourceSpan.between(keyword.span(), end)));
        }
        return clauses;
    }

    private Expr comprehension(Expr.ComprehensionKind kind, Expr element, Expr value, Token open) {
        if (element instanceof Expr.Starred starred) {
            throw error(kind == Expr.ComprehensionKind.DICT ? "dict unpacking cannot be used in dict comprehension"
                    : "iterable unpacking cannot be used in comprehension", starred.span());
        }
        for (Expr part : java.util.Arrays.asList(element, value)) {
            if (part instanceof Expr.Yield yielded) {
                throw error("'yield' inside " + switch (kind) {
                    case LIST -> "list comprehension";
                    case SET -> "set comprehension";
                    case DICT -> "dict comprehension";
                    case GENERATOR -> "generator expression";
                }, yielded.span());
            }
        }
        List<Expr.ComprehensionClause> clauses = comprehensionClauses();
        String closing = switch (kind) {
            case LIST -> "]";
            case SET, DICT -> "}";
            case GENERATOR -> ")";
        };
        Token close = open == null ? null : expectClosing(closing);
        SourceSpan span = close == null ? SourceSpan.between(element.span(), clauses.getLast().span())
                : SourceSpan.between(open.span(), close.span());
        return new Expr.Comprehension(kind, element, value, clauses, span);
    }

    /** {@code test (',' test)* [',']}: a tuple without parentheses when there is a comma. */
    private Expr testList() {
        Expr first = test();
        if (!peek().isOperator(",")) {
            return first;
        }
        List<Expr> elements = new ArrayList<>();
        elements.add(first);
        Token last = null;
        while (peek().isOperator(",")) {
            last = advance();
            if (!startsExpression(peek())) {
                break;
            }
            elements.add(test());
        }
        SourceSpan end = elements.size() > 1 ? elements.getLast().span() : last.span();
        return new Expr.TupleExpr(elements, SourceSpan.between(first.span(), end));
    }

    private Expr test() {
        enter();
        try {
            Token token = peek();
            if (token.isKeyword("lambda")) {
                return lambda();
            }
            if (token.type() == TokenType.NAME && peekAt(1).isOperator(":=")) {
                advance();
                advance();
                Expr value = test();
                return new Expr.NamedExpr(token.text(), value, SourceSpan.between(token.span(), value.span()));
            }
            Expr body = orTest();
            if (peek().isKeyword("if")) {
                advance();
                Expr condition = orTest();
                if (!peek().isKeyword("else")) {
                    throw error("expected 'else' after 'if' expression", peek().span());
                }
                advance();
                Expr orElse = test();
                return new Expr.IfExp(condition, body, orElse, SourceSpan.between(body.span(), orElse.span()));
            }
            return body;
        } finally {
            nesting--;
        }
    }

    /** {@code lambda params: body}. */
    private Expr lambda() {
        Token start = advance();
        List<Parameter> params = parameters(":");
        expectOperator(":");
        Expr body = test();
        return new Expr.Lambda(params, body, SourceSpan.between(start.span(), body.span()));
    }

    private Expr orTest() {
        Expr first = andTest();
        if (!peek().isKeyword("or")) {
            return first;
        }
        List<Expr> values = new ArrayList<>(List.of(first));
        while (peek().isKeyword("or")) {
            advance();
            values.add(andTest());
        }
        return new Expr.BoolOp(BooleanOperator.OR, values, SourceSpan.between(first.span(), values.getLast().span()));
    }

    private Expr andTest() {
        Expr first = notTest();
        if (!peek().isKeyword("and")) {
            return first;
        }
        List<Expr> values = new ArrayList<>(List.of(first));
        while (peek().isKeyword("and")) {
            advance();
            values.add(notTest());
        }
        return new Expr.BoolOp(BooleanOperator.AND, values, SourceSpan.between(first.span(), values.getLast().span()));
    }

    private Expr notTest() {
        Token token = peek();
        if (token.isKeyword("not")) {
            advance();
            enter();
            try {
                Expr operand = notTest();
                return new Expr.UnaryOp(UnaryOperator.NOT, operand, SourceSpan.between(token.span(), operand.span()));
            } finally {
                nesting--;
            }
        }
        return comparison();
    }

    private Expr comparison() {
        Expr left = bitOr();
        List<CompareOperator> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        while (true) {
            CompareOperator op = comparisonOperator();
            if (op == null) {
                break;
            }
            ops.add(op);
            comparators.add(bitOr());
        }
        if (ops.isEmpty()) {
            return left;
        }
        return new Expr.Compare(left, ops, comparators, SourceSpan.between(left.span(), comparators.getLast().span()));
    }

    private CompareOperator comparisonOperator() {
        Token token = peek();
        if (token.type() == TokenType.OPERATOR) {
            CompareOperator op = switch (token.text()) {
                case "==" -> CompareOperator.EQUAL;
                case "!=" -> CompareOperator.NOT_EQUAL;
                case "<" -> CompareOperator.LESS;
                case "<=" -> CompareOperator.LESS_EQUAL;
                case ">" -> CompareOperator.GREATER;
                case ">=" -> CompareOperator.GREATER_EQUAL;
                default -> null;
            };
            if (op != null) {
                advance();
            }
            return op;
        }
        if (token.isKeyword("in")) {
            advance();
            return CompareOperator.IN;
        }
        if (token.isKeyword("is")) {
            advance();
            if (peek().isKeyword("not")) {
                advance();
                return CompareOperator.IS_NOT;
            }
            return CompareOperator.IS;
        }
        if (token.isKeyword("not") && peekAt(1).isKeyword("in")) {
            advance();
            advance();
            return CompareOperator.NOT_IN;
        }
        return null;
    }

    private Expr bitOr() {
        return binaryLevel(0);
    }

    /** The binary operator levels from loosest to tightest; each is left-associative. */
    private static final List<Set<String>> BINARY_LEVELS = List.of(
            Set.of("|"), Set.of("^"), Set.of("&"), Set.of("<<", ">>"), Set.of("+", "-"),
            Set.of("*", "/", "//", "%", "@"));

    private Expr binaryLevel(int level) {
        if (level == BINARY_LEVELS.size()) {
            return factor();
        }
        Expr left = binaryLevel(level + 1);
        Set<String> operators = BINARY_LEVELS.get(level);
        while (peek().type() == TokenType.OPERATOR && operators.contains(peek().text())) {
            Token op = advance();
            Expr right = binaryLevel(level + 1);
            left = new Expr.BinOp(left, BinaryOperator.fromSymbol(op.text()), right,
                    SourceSpan.between(left.span(), right.span()));
        }
        return left;
    }

    private Expr factor() {
        Token token = peek();
        UnaryOperator op = null;
        if (token.isOperator("-")) {
            op = UnaryOperator.NEGATE;
        } else if (token.isOperator("+")) {
            op = UnaryOperator.PLUS;
        } else if (token.isOperator("~")) {
            op = UnaryOperator.INVERT;
        }
        if (op == null) {
            return power();
        }
        advance();
        enter();
        try {
            Expr operand = factor();
            return new Expr.UnaryOp(op, operand, SourceSpan.between(token.span(), operand.span()));
        } finally {
            nesting--;
        }
    }

    private Expr power() {
        Expr base = primary();
        if (peek().isOperator("**")) {
            advance();
            enter();
            try {
                Expr exponent = factor();
                return new Expr.BinOp(base, BinaryOperator.POWER, exponent, SourceSpan.between(base.span(), exponent.span()));
            } finally {
                nesting--;
            }
        }
        return base;
    }

    private Expr primary() {
        Expr expr = atom();
        while (true) {
            Token token = peek();
            if (token.isOperator(".")) {
                advance();
                Token name = peek();
                if (name.type() != TokenType.NAME) {
                    throw invalidSyntax(name);
                }
                advance();
                expr = new Expr.Attribute(expr, name.text(), SourceSpan.between(expr.span(), name.span()));
            } else if (token.isOperator("(")) {
                expr = call(expr);
            } else if (token.isOperator("[")) {
                expr = subscript(expr);
            } else {
                return expr;
            }
        }
    }

    private Expr call(Expr function) {
        advance();
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        Set<String> keywordNames = new HashSet<>();
        boolean sawKeywordUnpacking = false;
        while (!peek().isOperator(")")) {
            Token token = peek();
            if (token.isOperator("**")) {
                advance();
                Expr value = test();
                keywords.add(new Keyword(null, value, SourceSpan.between(token.span(), value.span())));
                sawKeywordUnpacking = true;
            } else if (token.isOperator("*")) {
                Expr starred = starOrTest();
                if (peek().isKeyword("for")) {
                    throw error("iterable unpacking cannot be used in comprehension", starred.span());
                }
                if (sawKeywordUnpacking) {
                    throw error("iterable argument unpacking follows keyword argument unpacking", starred.span());
                }
                args.add(starred);
            } else if (token.type() == TokenType.NAME && peekAt(1).isOperator("=")) {
                advance();
                advance();
                Expr value = test();
                if (!keywordNames.add(token.text())) {
                    throw error("keyword argument repeated: " + token.text(),
                            SourceSpan.between(token.span(), value.span()));
                }
                keywords.add(new Keyword(token.text(), value, SourceSpan.between(token.span(), value.span())));
            } else {
                Expr value = test();
                if (peek().isKeyword("for")) {
                    Expr generator = comprehension(Expr.ComprehensionKind.GENERATOR, value, null, null);
                    if (!args.isEmpty() || !keywords.isEmpty() || !peek().isOperator(")")) {
                        throw error("Generator expression must be parenthesized", generator.span());
                    }
                    value = generator;
                }
                if (peek().isOperator("=")) {
                    throw error("expression cannot contain assignment, perhaps you meant \"==\"?",
                            SourceSpan.between(value.span(), peek().span()));
                }
                if (sawKeywordUnpacking) {
                    throw error("positional argument follows keyword argument unpacking", value.span());
                }
                if (!keywords.isEmpty()) {
                    throw error("positional argument follows keyword argument", value.span());
                }
                args.add(value);
            }
            if (!acceptOperator(",")) {
                break;
            }
        }
        Token close = expectClosing(")");
        return new Expr.Call(function, args, keywords, SourceSpan.between(function.span(), close.span()));
    }

    private Expr subscript(Expr value) {
        advance();
        List<Expr> items = new ArrayList<>();
        boolean trailingComma = false;
        while (true) {
            items.add(subscriptItem());
            if (!acceptOperator(",")) {
                trailingComma = false;
                break;
            }
            trailingComma = true;
            if (peek().isOperator("]")) {
                break;
            }
        }
        Token close = expectClosing("]");
        Expr index = items.size() == 1 && !trailingComma ? items.getFirst()
                : new Expr.TupleExpr(items, SourceSpan.between(items.getFirst().span(),
                        trailingComma ? previousOf(close).span() : items.getLast().span()));
        return new Expr.Subscript(value, index, SourceSpan.between(value.span(), close.span()));
    }

    private Token previousOf(Token token) {
        int position = tokens.indexOf(token);
        return tokens.get(Math.max(0, position - 1));
    }

    private Expr subscriptItem() {
        Token start = peek();
        Expr lower = null;
        if (!start.isOperator(":")) {
            lower = test();
            if (!peek().isOperator(":")) {
                return lower;
            }
        }
        Token colon = advance();
        Expr upper = null;
        Expr step = null;
        SourceSpan end = colon.span();
        if (startsExpression(peek())) {
            upper = test();
            end = upper.span();
        }
        if (peek().isOperator(":")) {
            end = advance().span();
            if (startsExpression(peek())) {
                step = test();
                end = step.span();
            }
        }
        return new Expr.Slice(lower, upper, step, SourceSpan.between(start.span(), end));
    }

    private Expr atom() {
        Token token = peek();
        switch (token.type()) {
            case NAME -> {
                advance();
                return new Expr.Name(token.text(), token.span());
            }
            case INT, FLOAT -> {
                advance();
                return new Expr.Constant(token.value(), token.span());
            }
            case IMAGINARY -> {
                advance();
                return new Expr.ImaginaryLiteral((Double) token.value(), token.span());
            }
            case STRING, FSTRING -> {
                return strings();
            }
            case BYTES -> {
                return bytesLiterals();
            }
            case KEYWORD -> {
                switch (token.text()) {
                    case "True" -> {
                        advance();
                        return new Expr.Constant(Boolean.TRUE, token.span());
                    }
                    case "False" -> {
                        advance();
                        return new Expr.Constant(Boolean.FALSE, token.span());
                    }
                    case "None" -> {
                        advance();
                        return new Expr.Constant(null, token.span());
                    }
                    case "lambda" -> {
                        return lambda();
                    }
                    case "yield" -> {
                        return yieldExpression();
                    }
                    case "await" -> throw error("'await' is not supported in the playground", token.span());
                    default -> throw invalidSyntax(token);
                }
            }
            case OPERATOR -> {
                switch (token.text()) {
                    case "..." -> {
                        advance();
                        return new Expr.EllipsisLiteral(token.span());
                    }
                    case "(" -> {
                        return parenthesized();
                    }
                    case "[" -> {
                        return listDisplay();
                    }
                    case "{" -> {
                        return braceDisplay();
                    }
                    default -> throw invalidSyntax(token);
                }
            }
            default -> throw invalidSyntax(token);
        }
    }

    /** Adjacent string literals join into one; with an f-string among them, into a {@link Expr.FormattedString}. */
    /** Adjacent bytes literals, joined; a str literal beside them is Python's SyntaxError. */
    /** {@code yield}, {@code yield x}, {@code yield a, b} or {@code yield from x}; only inside a function. */
    private Expr yieldExpression() {
        Token keyword = advance();
        Expr value = null;
        boolean delegate = false;
        if (peek().isKeyword("from")) {
            advance();
            delegate = true;
            value = test();
        } else if (startsExpression(peek())) {
            value = starTestList();
        }
        SourceSpan span = value == null ? keyword.span() : SourceSpan.between(keyword.span(), value.span());
        if (functionDepth == 0) {
            throw error("'yield' outside function", span);
        }
        return new Expr.Yield(value, delegate, span);
    }

    private Expr bytesLiterals() {
        Token first = peek();
        Token last = first;
        java.io.ByteArrayOutputStream joined = new java.io.ByteArrayOutputStream();
        while (at(TokenType.BYTES)) {
            last = advance();
            joined.writeBytes((byte[]) last.value());
        }
        if (at(TokenType.STRING) || at(TokenType.FSTRING)) {
            throw error("cannot mix bytes and nonbytes literals", SourceSpan.between(first.span(), peek().span()));
        }
        return new Expr.Constant(joined.toByteArray(), SourceSpan.between(first.span(), last.span()));
    }

    private Expr strings() {
        Token first = peek();
        Token last = first;
        List<Expr> parts = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        boolean formatted = false;
        while (at(TokenType.STRING) || at(TokenType.FSTRING)) {
            last = advance();
            if (last.type() == TokenType.STRING) {
                pending.append((String) last.value());
                continue;
            }
            formatted = true;
            @SuppressWarnings("unchecked")
            List<FStringPart> pieces = (List<FStringPart>) last.value();
            for (FStringPart piece : pieces) {
                switch (piece) {
                    case FStringPart.Literal literal -> pending.append(literal.text());
                    case FStringPart.Field field -> {
                        if (!pending.isEmpty()) {
                            parts.add(new Expr.Constant(pending.toString(), last.span()));
                            pending.setLength(0);
                        }
                        Expr value = fieldExpression(field);
                        parts.add(new Expr.FormattedValue(value, field.conversion(), field.formatSpec(), value.span()));
                    }
                }
            }
        }
        SourceSpan span = SourceSpan.between(first.span(), last.span());
        if (!formatted) {
            return new Expr.Constant(pending.toString(), span);
        }
        if (!pending.isEmpty()) {
            parts.add(new Expr.Constant(pending.toString(), last.span()));
        }
        return new Expr.FormattedString(parts, span);
    }

    /** Parses an f-string field's expression, with positions in the cell's coordinates. */
    private Expr fieldExpression(FStringPart.Field field) {
        List<Token> fieldTokens;
        try {
            // Parenthesized, as Python does, so the expression may span lines; the "(" sits one column early.
            fieldTokens = Lexer.tokenize("(" + field.expression() + ")");
        } catch (PlaygroundSyntaxError error) {
            SourceSpan span = shift(error.span(), field);
            throw new PlaygroundSyntaxError(error.kind(), "f-string: " + error.pythonMessage(), span,
                    lineText(span.line()));
        }
        List<Token> shifted = new ArrayList<>(fieldTokens.size());
        for (Token token : fieldTokens) {
            shifted.add(new Token(token.type(), token.text(), token.value(), shift(token.span(), field)));
        }
        Parser fieldParser = new Parser(String.join("\n", lines), shifted, firstLine);
        fieldParser.nesting = nesting;
        try {
            Expr value = fieldParser.testList();
            if (!fieldParser.at(TokenType.NEWLINE) && !fieldParser.at(TokenType.END)) {
                throw fieldParser.invalidSyntax(fieldParser.peek());
            }
            return value;
        } catch (PlaygroundSyntaxError error) {
            throw new PlaygroundSyntaxError(error.kind(), "f-string: " + error.pythonMessage(), error.span(),
                    error.sourceLine());
        }
    }

    private static SourceSpan shift(SourceSpan span, FStringPart.Field field) {
        int lineShift = field.line() - 1;
        int startColumn = span.line() == 1 ? Math.max(1, span.column() + field.column() - 2) : span.column();
        int endColumn = span.endLine() == 1 ? Math.max(startColumn, span.endColumn() + field.column() - 2)
                : span.endColumn();
        return new SourceSpan(span.line() + lineShift, startColumn, span.endLine() + lineShift, endColumn);
    }

    private Expr parenthesized() {
        Token open = advance();
        if (peek().isOperator(")")) {
            Token close = advance();
            return new Expr.TupleExpr(List.of(), SourceSpan.between(open.span(), close.span()));
        }
        Expr first = starOrTest();
        if (peek().isKeyword("for")) {
            return comprehension(Expr.ComprehensionKind.GENERATOR, first, null, open);
        }
        if (!peek().isOperator(",")) {
            expectClosing(")");
            checkNotStarred(first);
            // A parenthesized expression keeps its own span, as in Python's AST.
            return first;
        }
        List<Expr> elements = new ArrayList<>(List.of(first));
        while (acceptOperator(",")) {
            if (peek().isOperator(")")) {
                break;
            }
            elements.add(starOrTest());
        }
        Token close = expectClosing(")");
        return new Expr.TupleExpr(elements, SourceSpan.between(open.span(), close.span()));
    }

    private Expr listDisplay() {
        Token open = advance();
        List<Expr> elements = new ArrayList<>();
        while (!peek().isOperator("]")) {
            elements.add(starOrTest());
            if (elements.size() == 1 && peek().isKeyword("for")) {
                return comprehension(Expr.ComprehensionKind.LIST, elements.getFirst(), null, open);
            }
            if (!acceptOperator(",")) {
                break;
            }
        }
        Token close = expectClosing("]");
        return new Expr.ListExpr(elements, SourceSpan.between(open.span(), close.span()));
    }

    /** {@code {}}, a dict display {@code {k: v}}, a set display {@code {a, b}}, or their comprehensions. */
    private Expr braceDisplay() {
        Token open = advance();
        if (peek().isOperator("}")) {
            Token close = advance();
            return new Expr.DictExpr(List.of(), List.of(), SourceSpan.between(open.span(), close.span()));
        }
        if (peek().isOperator("**")) {
            throw error("dict unpacking ({**d}) is not supported in the playground; use dict(d) or d | other",
                    peek().span());
        }
        Expr first = starOrTest();
        if (!(first instanceof Expr.Starred) && acceptOperator(":")) {
            Expr firstValue = test();
            if (peek().isKeyword("for")) {
                return comprehension(Expr.ComprehensionKind.DICT, first, firstValue, open);
            }
            List<Expr> keys = new ArrayList<>(List.of(first));
            List<Expr> values = new ArrayList<>(List.of(firstValue));
            while (acceptOperator(",")) {
                if (peek().isOperator("}")) {
                    break;
                }
                if (peek().isOperator("**")) {
                    throw error("dict unpacking ({**d}) is not supported in the playground; use dict(d) or d | other",
                            peek().span());
                }
                keys.add(test());
                expectOperator(":");
                values.add(test());
            }
            Token close = expectClosing("}");
            return new Expr.DictExpr(keys, values, SourceSpan.between(open.span(), close.span()));
        }
        if (peek().isKeyword("for")) {
            return comprehension(Expr.ComprehensionKind.SET, first, null, open);
        }
        List<Expr> elements = new ArrayList<>(List.of(first));
        while (acceptOperator(",")) {
            if (peek().isOperator("}")) {
                break;
            }
            elements.add(starOrTest());
        }
        Token close = expectClosing("}");
        return new Expr.SetExpr(elements, SourceSpan.between(open.span(), close.span()));
    }

    /**
     * Expects a closing bracket. When another expression follows instead, Python's hint applies: two expressions
     * side by side inside brackets usually lack a comma between them.
     */
    private Token expectClosing(String bracket) {
        Token token = peek();
        if (token.isOperator(bracket)) {
            return advance();
        }
        if (startsExpression(token) && !token.isOperator("(") && !token.isOperator("[")
                && !token.isOperator("-") && !token.isOperator("+")) {
            int startIndex = expressionStart(index - 1);
            Expr next;
            try {
                next = test();
            } catch (PlaygroundSyntaxError ignored) {
                throw invalidSyntax(token);
            }
            throw error("invalid syntax. Perhaps you forgot a comma?",
                    SourceSpan.between(tokens.get(startIndex).span(), next.span()));
        }
        throw invalidSyntax(token);
    }

    /** The index of the token that starts the expression ending at {@code endIndex}, scanning back to a delimiter. */
    private int expressionStart(int endIndex) {
        int depth = 0;
        int scan = endIndex;
        while (scan > 0) {
            Token token = tokens.get(scan);
            if (token.isOperator(")") || token.isOperator("]") || token.isOperator("}")) {
                depth++;
            } else if (token.isOperator("(") || token.isOperator("[") || token.isOperator("{")) {
                if (depth == 0) {
                    return scan + 1;
                }
                depth--;
            } else if (depth == 0 && (token.isOperator(",") || token.isOperator(":") || token.isOperator("="))) {
                return scan + 1;
            }
            scan--;
        }
        return scan;
    }

    private static boolean startsExpression(Token token) {
        return switch (token.type()) {
            case NAME, INT, FLOAT, IMAGINARY, STRING, BYTES, FSTRING -> true;
            case KEYWORD -> Set.of("True", "False", "None", "not", "lambda").contains(token.text());
            case OPERATOR -> Set.of("(", "[", "{", "-", "+", "~", "...").contains(token.text());
            default -> false;
        };
    }

    // ---------------------------------------------------------------- tokens

    private void enter() {
        nesting++;
        if (nesting > MAX_NESTING) {
            throw error("expression is too deeply nested", peek().span());
        }
    }

    private Token peek() {
        return tokens.get(index);
    }

    private Token peekAt(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    private Token previous() {
        return tokens.get(Math.max(0, index - 1));
    }

    private boolean at(TokenType type) {
        return peek().type() == type;
    }

    private Token advance() {
        Token token = tokens.get(index);
        if (index < tokens.size() - 1) {
            index++;
        }
        return token;
    }

    private boolean acceptOperator(String op) {
        if (peek().isOperator(op)) {
            advance();
            return true;
        }
        return false;
    }

    private Token expectOperator(String op) {
        if (!peek().isOperator(op)) {
            throw invalidSyntax(peek());
        }
        return advance();
    }

    private Token expectName() {
        Token token = peek();
        if (token.type() != TokenType.NAME) {
            throw invalidSyntax(token);
        }
        return advance();
    }

    private PlaygroundSyntaxError invalidSyntax(Token token) {
        if (token.type() == TokenType.INDENT) {
            return new PlaygroundSyntaxError(PlaygroundSyntaxError.INDENTATION_ERROR, "unexpected indent",
                    token.span(), lineText(token.span().line()));
        }
        if (token.type() == TokenType.END) {
            return error("unexpected EOF while parsing", token.span());
        }
        return error("invalid syntax", token.span());
    }

    private PlaygroundSyntaxError error(String message, SourceSpan span) {
        return new PlaygroundSyntaxError(PlaygroundSyntaxError.SYNTAX_ERROR, message, span, lineText(span.line()));
    }

    private String lineText(int line) {
        int index = line - firstLine;
        return index >= 0 && index < lines.length ? lines[index] : "";
    }

    private String textOf(SourceSpan span) {
        StringBuilder text = new StringBuilder();
        for (int line = span.line(); line <= span.endLine(); line++) {
            String lineText = lineText(line);
            int from = line == span.line() ? Math.min(span.column() - 1, lineText.length()) : 0;
            int to = line == span.endLine() ? Math.min(span.endColumn() - 1, lineText.length()) : lineText.length();
            text.append(lineText, from, Math.max(from, to));
            if (line < span.endLine()) {
                text.append('\n');
            }
        }
        return text.toString();
    }
}
