#!/usr/bin/env python3
"""Fails when an error a query can cause has no golden case.

Reads every site that raises a user-facing error while compiling or running a query (the
lexer, parser, binder, functions, include linker), turns each message's string literal into a
regular expression (an interpolation matches any text) and looks for it in the `.expected`
files beside this script. A site that no query file can reach is listed in ALLOWED with why.

    python3 Tests/QueryEngineTests/Errors/check_coverage.py           # check
    python3 Tests/QueryEngineTests/Errors/check_coverage.py --list    # every template and its case
"""
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[2]

# The files whose errors a user can cause from a query file.
SOURCES = [
    *sorted((ROOT / "Sources/QuerySyntax").glob("Lexer*.swift")),
    *sorted((ROOT / "Sources/QuerySyntax").glob("Parser*.swift")),
    *sorted((ROOT / "Sources/QueryEngine/Binder").glob("*.swift")),
    *sorted((ROOT / "Sources/QueryEngine/Functions").glob("*.swift")),
    *sorted((ROOT / "Sources/QueryEngine/Execution").glob("*.swift")),
    ROOT / "Sources/Reporting/QueryText+Includes.swift",
]

# Calls whose first argument is an error message, and how the message is shown to the user.
# `{}` stands for the first argument.
SITES = {
    r"(?<![\w.])error": "{}",  # Parser.error(_:) and Diagnostic.error(_:at:)
    r"\.error": "{}",
    r"(?<![\w.])report": "{}",  # Lexer.report(_:from:)
    r"Diagnostic\(\s*\.error\s*,": "{}",
    r"\.unknown": "unknown {} '\x00'",
    r"InputValueError": "{}",
    r"SignatureMismatch": "'\x00' expects {}",
}

# Templates (as extracted, interpolations shown as …) that no query file can reach, with why.
ALLOWED = {
    "'include' needs the query's file, to find the included one beside it":
        "the CLI always links includes from the query's file first; only a query compiled from bare text reaches this",
    "a range needs at least one bound: 18..65, 18.. or ..65":
        "the parser gives every range a bound: a bare '..' is already 'expected an expression after '..''",
    "…":
        "a message made elsewhere and passed on whole: the lexer's and parser's report helpers, the"
        " binder's catch-all for non-diagnostic errors, and the survival estimator's own error (whose"
        " golden case is kaplan_meier_negative_duration)",
}


def string_literal(text, start):
    """Parses the Swift string literal at `text[start] == '"'`; returns (pieces, end), where
    pieces are literal text and None for each interpolation."""
    assert text[start] == '"'
    pieces, current, i = [], [], start + 1
    escapes = {"n": "\n", "t": "\t", "\\": "\\", '"': '"', "'": "'", "0": "\0"}
    while i < len(text):
        c = text[i]
        if c == '"':
            pieces.append("".join(current))
            return pieces, i + 1
        if c == "\\":
            nxt = text[i + 1]
            if nxt == "(":
                pieces.append("".join(current))
                current = []
                pieces.append(None)
                i = skip_interpolation(text, i + 2)
                continue
            if nxt == "u":
                close = text.index("}", i)
                current.append(chr(int(text[i + 3:close], 16)))
                i = close + 1
                continue
            current.append(escapes[nxt])
            i += 2
            continue
        current.append(c)
        i += 1
    raise ValueError("unterminated string literal")


def skip_interpolation(text, i):
    """The index just past the `)` that closes an interpolation whose body starts at `i`."""
    depth = 1
    while depth:
        c = text[i]
        if c == '"':
            _, i = string_literal(text, i)
            continue
        depth += {"(": 1, ")": -1}.get(c, 0)
        i += 1
    return i


def first_argument(text, i):
    """The messages the argument at `text[i]` can be, as lists of pieces: string literals
    joined by `+`, or, for a variable, each literal assigned to it earlier in the file; an
    empty list when the message is built elsewhere."""
    alternatives = [[]]
    while True:
        if text[i] == '"':
            literal, i = string_literal(text, i)
            alternatives = [a + literal for a in alternatives]
        else:
            name = re.match(r"[A-Za-z_]\w*", text[i:])
            if not name:
                return []
            assigned = [string_literal(text, m.end() - 1)[0] for m in
                        re.finditer(r"\b" + name.group() + r"\s*=\s*\"", text[:i])]
            if not assigned:
                alternatives = [a + [None] for a in alternatives if a]
                if not alternatives:
                    return []
            else:
                alternatives = [a + literal for a in alternatives for literal in assigned]
            i += name.end()
        following = re.match(r"\s*\+\s*", text[i:])
        if not following:
            return alternatives
        i += following.end()


def templates():
    """Every (file, line, pieces) error template in SOURCES."""
    found = []
    for path in SOURCES:
        text = path.read_text(encoding="utf-8")
        for call, shown in SITES.items():
            for match in re.finditer(call + r"\(\s*" if not call.endswith(",") else call + r"\s*", text):
                line_start = text.rfind("\n", 0, match.start()) + 1
                if text[line_start:match.start()].lstrip().startswith("//"):
                    continue
                if "func " in text[line_start:match.start()]:  # the declaration of a helper, not a use
                    continue
                line = text.count("\n", 0, match.start()) + 1
                before, _, after = shown.partition("{}")
                for pieces in first_argument(text, match.end()) or [[None]]:
                    whole = []
                    for p in [before] + pieces + [after]:
                        if p is not None and "\x00" in p:
                            head, tail = p.split("\x00")
                            whole += [head, None, tail]
                        else:
                            whole.append(p)
                    found.append((path.relative_to(ROOT), line, normalized(whole)))
    unique = {}
    for path, line, pieces in found:
        unique.setdefault(display(pieces), (path, line, pieces))
    return sorted(unique.values(), key=lambda t: (str(t[0]), t[1]))


def normalized(pieces):
    """Pieces with empty literals dropped and neighbouring interpolations merged."""
    out = []
    for p in pieces:
        if p == "":
            continue
        if p is None and out and out[-1] is None:
            continue
        out.append(p)
    return out


def display(pieces):
    return "".join("…" if p is None else p for p in pieces)


def pattern(pieces):
    return re.compile("".join(".+?" if p is None else re.escape(p) for p in pieces))


def main():
    expected = {p.stem: p.read_text(encoding="utf-8") for p in sorted(HERE.glob("*.expected"))}
    missing, listing = [], "--list" in sys.argv
    for path, line, pieces in templates():
        shown = display(pieces)
        if shown in ALLOWED:
            if listing:
                print(f"{path}:{line}: allowed: {shown}")
            continue
        regex = pattern(pieces)
        cases = [name for name, text in expected.items() if regex.search(text)]
        if listing:
            print(f"{path}:{line}: {shown}  ← {', '.join(cases) or 'NONE'}")
        if not cases:
            missing.append(f"{path}:{line}: no golden case shows: {shown}")
    stale = [t for t in ALLOWED if t not in {display(p) for _, _, p in templates()}]
    for t in stale:
        missing.append(f"allow-list entry matches no error site any more: {t}")
    for m in missing:
        print(m)
    print(f"{len(templates())} error templates, {len(expected)} golden cases, {len(missing)} problems")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
