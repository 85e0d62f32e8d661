"""Checks the expected texts of Tests/FrameIOTests/CSVEncodingTests.swift against Python's codecs.

The Swift tests hard-code what the reader must produce from given bytes; this script decodes the
same bytes with Python's own codecs (an independent implementation) and fails if they disagree.
Usage: python3 check_encodings.py --check
"""
import sys

CASES = [
    # (bytes, codec, expected text as written in the Swift tests)
    (b"Jos\xe9", "latin-1", "José"),
    (b"Neuqu\xe9n", "latin-1", "Neuquén"),
    (b"\x93A\x94 \x80\xe9", "cp1252", "\u201cA\u201d €é"),
    (b"\x80", "latin-1", "\u0080"),
    ("ñ,𝄞".encode("utf-16-le"), "utf-16-le", "ñ,𝄞"),
    ("ñ,𝄞".encode("utf-16-be"), "utf-16-be", "ñ,𝄞"),
    # Double encoding: UTF-8 bytes read as Latin-1, saved as UTF-8, then undone.
    ("NeuquÃ©n".encode("utf-8"), "double", "Neuquén"),
    ("CÃ³rdoba".encode("utf-8"), "double", "Córdoba"),
]


def decode(data: bytes, codec: str) -> str:
    if codec == "double":
        return data.decode("utf-8").encode("cp1252").decode("utf-8")
    return data.decode(codec)


def main() -> int:
    if "--check" not in sys.argv:
        print(__doc__)
        return 2
    failures = [(d, c, e, decode(d, c)) for d, c, e in CASES if decode(d, c) != e]
    for data, codec, expected, got in failures:
        print(f"{data!r} as {codec}: expected {expected!r}, Python gives {got!r}")
    print("ok" if not failures else f"{len(failures)} mismatches")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
