/// The character encoding of a CSV file's bytes; everything else is transcoded to UTF-8 before
/// parsing.
public enum CSVEncoding: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// UTF-8, with or without a byte order mark.
    case utf8 = "utf-8"
    /// ISO-8859-1: each byte is the code point of the same number.
    case latin1 = "latin-1"
    /// Windows-1252: Latin-1 with printable characters (€, ’, “…) in place of 0x80–0x9F.
    case windows1252 = "windows-1252"
    /// UTF-16, little- or big-endian as its byte order mark says (little-endian without one).
    case utf16 = "utf-16"
    /// UTF-8 whose text was once read as Latin-1 or Windows-1252 and saved as UTF-8 again
    /// (`NeuquÃ©n`): each such sequence is decoded back (`Neuquén`), the rest kept.
    case doubleEncodedUTF8 = "double-encoded-utf-8"

    /// The name the `encoding:` option takes.
    public var description: String { rawValue }

    /// The names the `encoding:` option accepts, in the order the documentation lists them.
    public static var names: [String] { allCases.map(\.rawValue) }
}
