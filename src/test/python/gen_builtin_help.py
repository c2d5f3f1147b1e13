"""What Python's help() prints for its built-in functions, for the playground's help(): each entry is a line
"\\f NAME" followed by the text help(NAME) writes to a non-terminal stdout (pydoc's plain text).

Run: python3 src/test/python/gen_builtin_help.py > \\
    resources/python/builtin_help.txt
"""
import builtins
import contextlib
import io
import sys

print(f"# help() texts of Python {sys.version.split()[0]}'s built-in functions (gen_builtin_help.py)")
for name in sorted(dir(builtins)):
    value = getattr(builtins, name)
    if name.startswith("_") or not callable(value) or isinstance(value, type):
        continue
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        help(value)
    print("\f " + name)
    sys.stdout.write(out.getvalue())
