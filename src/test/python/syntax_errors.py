# Prints CPython's message and position for syntax errors that SyntaxErrorTest checks.
# Run: python3 src/test/python/syntax_errors.py  (columns are 1-based offsets, as in SyntaxError.offset)
tests = ["x = (1,\ny = 2\n", "f(1 2)\n", "x = \n", "def f(x):\nreturn x\n", " x = 1\n", "x = 'abc\n", "x = '''abc\n", "1 = 2\n", "f() = 3\n","x + 1 = 2\n", "a, 1 = 2\n", "x = [1, 2\n", "x = (1]\n", "x = 1)\n", "x = 01\n", "x = 1__0\n", "x = 1abc\n", "x = $\n", "def f(a=1, b):\n  pass\n", "f(a=1, 2)\n", "f(a=1, a=2)\n","return 1\n", "x = 1 2\n","if x:\n  y\n", "x = 1e\n", "  \nx=1\n  y=2\n", "def f():\n    x=1\n  y=2\n", "x = 3j\n", "print 'hi'\n", "x == \n", "f(**)\n", "x = .\n","lambda: 1\n", "x = {}\n", "x = f'a'\n", "x\u20ac = 1\n"]
for t in tests:
    try:
        compile(t, "<cell>", "exec")
        print(repr(t), "OK")
    except SyntaxError as e:
        print(repr(t), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
