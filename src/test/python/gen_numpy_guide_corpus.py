"""The NumPy user-guide corpus for NumpyGuideCorpusTest: every doctest statement (`>>>` with its `...` lines) of
NumPy's user-guide pages, in page order, with what NumPy 2 prints for it.

Each page runs in one fresh python3 process, statement by statement, as Python's REPL does (compiled in 'single'
mode, so a bare expression prints its repr), after the pages' shared setup `import numpy as np`. A statement's
expectation is what it printed (its stdout plus the shown repr) or, when it raised, the stdout before the error
and the exception's type and message. Statements that cannot be reproduced are kept with the reason they are left
out of the comparison: plotting, pandas and files on disk, and any statement whose output differs between two runs
of the page (uninitialized memory, unseeded random numbers, object ids).

Run, with the guide's sources (numpy/numpy doc/source/user/*.rst) in DIR:
    python3 src/test/python/gen_numpy_guide_corpus.py DIR > src/test/resources/playground/numpy_guide_corpus.json
"""
import io
import json
import os
import re
import subprocess
import sys
import tempfile

PAGES = ["quickstart", "absolute_beginners", "basics.indexing", "basics.broadcasting", "basics.creation",
         "basics.types", "basics.ufuncs", "basics.copies", "basics.strings"]
# pages of statements written for the corpus (their "line" is the statement's number), after the guide's pages
STATEMENT_PAGES = {"strings": "numpy_string_statements", "casting": "numpy_casting_statements",
                   "structured": "numpy_structured_statements", "older-versions": "numpy_guide_older_statements",
                   "shape-setter": "numpy_shape_setter_statements"}

# (pattern, reason): statements matching one are not compared
LEFT_OUT = [
    (re.compile(r"\bplt\b|matplotlib"), "plotting (matplotlib)"),
    (re.compile(r"\bfig\b|\bax\.plot"), "plotting (matplotlib)"),
    (re.compile(r"\b(pd|df)\b|pandas"), "pandas and its CSV files"),
    (re.compile(r"^np\.empty\("), "shows uninitialized memory"),
    (re.compile(r"np\.save|np\.load|savetxt|loadtxt|open\("), "reads or writes a file"),
]

DIRECTIVE = re.compile(r"\s*#\s*doctest:.*$")


def statements(rst_text):
    """(line number, source) of each doctest statement of an rst page."""
    found = []
    current = None
    for number, line in enumerate(rst_text.split("\n"), start=1):
        stripped = line.strip()
        if stripped.startswith(">>>"):
            if current:
                found.append(current)
            current = (number, [DIRECTIVE.sub("", stripped[4:] if len(stripped) > 3 else "")])
        elif current and (stripped == "..." or stripped.startswith("... ")):
            current[1].append(DIRECTIVE.sub("", stripped[4:]))
        else:
            if current:
                found.append(current)
            current = None
    if current:
        found.append(current)
    # an empty prompt or a comment alone is no statement (the REPL reads nothing)
    return [(number, "\n".join(lines).rstrip()) for number, lines in found
            if any(line.strip() and not line.strip().startswith("#") for line in lines)]


def run_page(sources):
    """Runs the statements as the REPL does; returns one result per statement (this is the child process)."""
    import warnings
    warnings.simplefilter("ignore")
    scope = {"__name__": "__main__"}
    exec("import numpy as np", scope)
    results = []
    for source in sources:
        out = io.StringIO()
        saved = sys.stdout
        sys.stdout = out
        error = None
        try:
            code = compile(source + "\n", "<stdin>", "single")
            exec(code, scope)
        except BaseException as e:  # noqa: the statement's own exception is the expectation
            name = type(e).__name__
            # NumPy's private no-loop/casting errors print as their public base, UFuncTypeError, in the playground
            error = {"type": "UFuncTypeError" if name.startswith("_UFunc") else name, "message": str(e)}
        finally:
            sys.stdout = saved
        results.append({"stdout": out.getvalue(), "error": error})
    return results


def run_in_child(sources):
    with tempfile.TemporaryDirectory() as scratch:
        done = subprocess.run([sys.executable, os.path.abspath(__file__), "--child"], input=json.dumps(sources),
                              capture_output=True, text=True, cwd=scratch, check=True)
    return json.loads(done.stdout)


def main(directory):
    import numpy as np
    pages = []
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    for page in PAGES + list(STATEMENT_PAGES):
        if page in STATEMENT_PAGES:
            found = list(enumerate(__import__(STATEMENT_PAGES[page]).STATEMENTS, start=1))
        else:
            with open(os.path.join(directory, page + ".rst"), encoding="utf-8") as f:
                found = statements(f.read())
        sources = [source for _, source in found]
        first = run_in_child(sources)
        second = run_in_child(sources)
        cases = []
        unreproducible = set()  # names last bound by a left-out statement
        for (line, source), a, b in zip(found, first, second):
            case = {"line": line, "code": source, "stdout": a["stdout"]}
            if a["error"]:
                case["error"] = a["error"]
            reason = next((why for pattern, why in LEFT_OUT if pattern.search(source)), None)
            if reason is None and a != b:
                reason = "output differs between runs (uninitialized memory, unseeded random numbers or ids)"
            if reason is None and re.search(r"0x[0-9a-f]{6,}", a["stdout"]):
                reason = "prints a memory address"
            names = set(re.findall(r"[A-Za-z_]\w*", re.sub(r"^[A-Za-z_]\w*\s*=(?!=)", "", source)))
            if reason is None and names & unreproducible:
                reason = "uses " + ", ".join(sorted(names & unreproducible)) + " from a left-out statement"
            bound = set(re.findall(r"^([A-Za-z_]\w*)\s*=[^=]", source))
            if reason:
                case["left_out"] = reason
                unreproducible |= bound
            else:
                unreproducible -= bound
            cases.append(case)
        pages.append({"page": page, "cases": cases})
    json.dump({"numpy": np.__version__, "pages": pages}, sys.stdout, indent=1, ensure_ascii=False)
    print()


if __name__ == "__main__":
    if sys.argv[1] == "--child":
        json.dump(run_page(json.load(sys.stdin)), sys.stdout)
    else:
        main(sys.argv[1])
