/// Something the reader repaired and the user should know about; reading went on.
public enum CSVWarning: Sendable, Hashable, CustomStringConvertible {
    /// A header cell was empty, so the column got a name made from its position (`column_3`).
    case generatedColumnName(CSVLocation, name: String)
    /// A header name was already taken by an earlier column, so this one got a suffix (`ref_2`).
    case renamedDuplicateColumn(CSVLocation, original: String, name: String)
    /// A header name had spaces around it, which were removed.
    case trimmedColumnName(CSVLocation, original: String, name: String)
    /// The file is not UTF-8 (the location is its first byte that is not), so it was read in
    /// `encoding`, chosen from whether it holds bytes 0x80–0x9F.
    case detectedEncoding(CSVLocation, encoding: CSVEncoding, byte: UInt8)
    /// Text that looks double-encoded (`Ã©` for `é`) first occurs here.
    case doubleEncodedText(CSVLocation, sample: String)
    /// Lines above the header, whose rows have far fewer fields than the body, were skipped.
    case skippedTitleRows(CSVLocation, lines: Int, titles: [String])
    /// Rows that could not be read were written, as they were, to a side file.
    case setAsideBadRows(CSVLocation, count: Int, sidePath: String, lines: [Int])
    /// A column of dates whose times of day are not all midnight was kept as text; `example` is
    /// the first value with another time.
    case timesKeptAsText(CSVLocation, example: String)
    /// A number column whose values use both `.` and `,` as decimal marks; each was read with
    /// its own. `example` is the first value with the other mark.
    case mixedDecimalMarks(CSVLocation, example: String)

    /// Where the repaired header cell is.
    public var location: CSVLocation {
        switch self {
        case .generatedColumnName(let location, _),
            .renamedDuplicateColumn(let location, _, _), .trimmedColumnName(let location, _, _),
            .detectedEncoding(let location, _, _), .doubleEncodedText(let location, _),
            .skippedTitleRows(let location, _, _), .setAsideBadRows(let location, _, _, _),
            .timesKeptAsText(let location, _), .mixedDecimalMarks(let location, _):
            location
        }
    }

    /// `path:line:column: warning: message`.
    public var description: String {
        switch self {
        case .generatedColumnName(let location, let name):
            "\(location): warning: header of column \(location.column) is empty; named it '\(name)'"
        case .renamedDuplicateColumn(let location, let original, let name):
            "\(location): warning: header '\(original)' is repeated in column "
                + "\(location.column); renamed it '\(name)'"
        case .trimmedColumnName(let location, let original, let name):
            "\(location): warning: header '\(original)' has spaces around it; named the column '\(name)'"
        case .detectedEncoding(let location, let encoding, let byte):
            "\(location): warning: the file is not UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true)) here); "
                + (encoding == .windows1252
                    ? "read it as Windows-1252, since it has bytes 0x80–0x9F, which Latin-1 uses only for control characters"
                    : "read it as Latin-1 (no bytes 0x80–0x9F, so Windows-1252 would read it alike)")
                + "; say encoding:\"…\" to choose another"
        case .doubleEncodedText(let location, let sample):
            "\(location): warning: '\(sample)' looks double-encoded (UTF-8 read as Latin-1 and saved again, "
                + "as 'Ã©' for 'é'); say encoding:\"double-encoded-utf-8\" to decode it back"
        case .skippedTitleRows(let location, let lines, let titles):
            "\(location): warning: the header is on line \(location.line); skipped the \(lines) "
                + "line\(lines == 1 ? "" : "s") above it ("
                + titles.map { "'\($0)'" }.joined(separator: ", ") + "); say skip:0 to read them, or skip:N"
        case .setAsideBadRows(let location, let count, let sidePath, let lines):
            "\(location): warning: \(count) bad row\(count == 1 ? "" : "s") written to \(sidePath) (line"
                + "\(lines.count == 1 ? "" : "s") \(lines.prefix(10).map(String.init).joined(separator: ", "))"
                + "\(lines.count > 10 ? ", …" : "")), not read"
        case .mixedDecimalMarks(let location, let example):
            "\(location): warning: column '\(location.columnName ?? "")' writes decimals with '.' and with ',' "
                + "('\(example)'); read each value with its own mark, as none has a thousands separator"
        case .timesKeptAsText(let location, let example):
            "\(location): warning: column '\(location.columnName ?? "")' holds dates with times of day "
                + "('\(example)'), kept as text; only dates whose times are all midnight are read as dates"
        }
    }
}
