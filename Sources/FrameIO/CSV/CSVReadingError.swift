import Frame

/// Why a CSV file could not be read.
///
/// Every case that concerns a cell carries a `CSVLocation`. The `description` reads
/// `path:line:column: error: message` followed by a line that starts with `hint:`, for example:
///
///     data/pfd.csv:14:3: error: wrong number of fields: found 19, expected 18
///     hint: a value probably holds an unquoted ','; put that value in double quotes
public enum CSVReadingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No file exists at the path.
    case fileNotFound(path: String)
    /// The file exists but could not be read (a directory, no permission, an I/O error).
    case unreadableFile(path: String, reason: String)
    /// The file holds nothing (or only a byte order mark and blank lines), not even a header.
    case emptyFile(path: String)
    /// A byte sequence that is not UTF-8 in a file read as UTF-8; `bytes` are the sequence's
    /// first bytes, up to four.
    case invalidUTF8(CSVLocation, bytes: [UInt8])
    /// A UTF-16 code unit that is half of a pair without its other half, or a last odd byte.
    case invalidUTF16(CSVLocation)
    /// A NUL byte, which no text file holds.
    case nulByte(CSVLocation)
    /// A quoted field that is never closed; the location is where its opening quote is.
    case unterminatedQuote(CSVLocation)
    /// A quote character inside a field that does not start with a quote.
    case strayQuote(CSVLocation)
    /// Text between a closing quote and the next delimiter or line end.
    case textAfterClosingQuote(CSVLocation)
    /// A record with more or fewer fields than the header. The location is the first extra
    /// field, or the first missing column.
    case wrongNumberOfFields(CSVLocation, found: Int, expected: Int)
    /// A cell that does not hold a value of the type requested for its column.
    case failedToParse(CSVLocation, cell: String, expected: DataType)
    /// A value that is not a date in a column whose other values are dates: the reader will not
    /// guess whether the column is text or dates with a bad cell.
    case notADate(CSVLocation, cell: String, dates: Int, others: Int, samples: [String])
    /// A column whose values read correctly in two ways (day/month order, decimal mark); the
    /// location is the first such value.
    case ambiguousFormat(CSVLocation, CSVAmbiguity)
    /// The header is one field that holds another separator: the file is, say, `;`-separated.
    case otherDelimiter(path: String, found: Character, header: String)
    /// Two or more delimiters split the sample into equally consistent columns.
    case ambiguousDelimiter(path: String, delimiters: [Character], fieldCounts: [Int])
    /// A rename would give a column a name that another column of the file already has.
    case renameTargetTaken(path: String, old: String, new: String)
    /// The side file for bad rows could not be written.
    case cannotWriteBadRows(path: String, sidePath: String, reason: String)
    /// The options name a column (to select or to type) that the file does not have.
    case unknownColumn(path: String, name: String, available: [String])

    /// The file the error is about.
    public var path: String {
        switch self {
        case .fileNotFound(let path), .unreadableFile(let path, _), .emptyFile(let path),
            .unknownColumn(let path, _, _), .otherDelimiter(let path, _, _),
            .ambiguousDelimiter(let path, _, _), .renameTargetTaken(let path, _, _),
            .cannotWriteBadRows(let path, _, _):
            path
        case .invalidUTF8(let location, _), .nulByte(let location), .invalidUTF16(let location),
            .unterminatedQuote(let location), .strayQuote(let location),
            .textAfterClosingQuote(let location), .wrongNumberOfFields(let location, _, _),
            .failedToParse(let location, _, _), .notADate(let location, _, _, _, _),
            .ambiguousFormat(let location, _):
            location.path
        }
    }

    /// The line and column, for errors about a place in the file.
    public var location: CSVLocation? {
        switch self {
        case .fileNotFound, .unreadableFile, .emptyFile, .unknownColumn, .otherDelimiter,
            .ambiguousDelimiter, .renameTargetTaken, .cannotWriteBadRows:
            nil
        case .invalidUTF8(let location, _), .nulByte(let location), .invalidUTF16(let location),
            .unterminatedQuote(let location), .strayQuote(let location),
            .textAfterClosingQuote(let location), .wrongNumberOfFields(let location, _, _),
            .failedToParse(let location, _, _), .notADate(let location, _, _, _, _),
            .ambiguousFormat(let location, _):
            location
        }
    }

    /// What went wrong, in one line.
    public var message: String {
        switch self {
        case .fileNotFound:
            return "file not found"
        case .unreadableFile(_, let reason):
            return "cannot read the file: \(reason)"
        case .emptyFile:
            return "the file is empty: it has no header row and no data"
        case .invalidUTF8(let location, let bytes):
            let shown = bytes.map { "0x" + hex($0) }.joined(separator: " ")
            return "invalid UTF-8 (\(bytes.count == 1 ? "byte" : "bytes") \(shown))\(inColumn(location))"
        case .invalidUTF16(let location):
            return "invalid UTF-16 (half of a surrogate pair, or an odd last byte)\(inColumn(location))"
        case .nulByte(let location):
            return "NUL byte (0x00)\(inColumn(location))"
        case .unterminatedQuote(let location):
            return "the quoted field that starts here\(inColumn(location)) is never closed"
        case .strayQuote(let location):
            return "quote character inside an unquoted field\(inColumn(location))"
        case .textAfterClosingQuote(let location):
            return "text after the closing quote\(inColumn(location))"
        case .wrongNumberOfFields(let location, let found, let expected):
            let missing = location.columnName.map { " (no value for column '\($0)')" } ?? ""
            return "wrong number of fields: found \(found), expected \(expected)\(missing)"
        case .failedToParse(let location, let cell, let expected):
            return "'\(cell)'\(inColumn(location)) is not \(Self.article(expected)); expected "
                + Self.example(of: expected)
        case .ambiguousFormat(let location, let ambiguity):
            return ambiguity.message(column: location.columnName ?? "column \(location.column)")
        case .notADate(let location, let cell, let dates, let others, let samples):
            let listed = samples.map { "'\($0)'" }.joined(separator: ", ")
            let all = others > samples.count ? " (\(others) values in all)" : ""
            return "'\(cell)'\(inColumn(location)) is not a date, but \(dates) other values of the column are; "
                + "not dates: \(listed)\(all)"
        case .otherDelimiter(_, let found, let header):
            let shown = header.count > 60 ? String(header.prefix(59)) + "…" : header
            return "the header is a single column, '\(shown)', that holds '\(found == "\t" ? "\\t" : String(found))': "
                + "the file looks separated by '\(found == "\t" ? "\\t" : String(found))', not by commas"
        case .ambiguousDelimiter(_, let delimiters, let counts):
            let listed = zip(delimiters, counts).map { "'\(Self.shown($0))' (\($1) columns)" }
            return "cannot tell the delimiter: \(listed.joined(separator: " and ")) split the rows equally well"
        case .renameTargetTaken(_, let old, let new):
            return "cannot rename column '\(old)' to '\(new)': the file already has a column '\(new)'"
        case .cannotWriteBadRows(_, let sidePath, let reason):
            return "cannot write the bad rows to '\(sidePath)': \(reason)"
        case .unknownColumn(_, let name, let available):
            return "no column named '\(name)' (columns: \(available.joined(separator: ", ")))"
        }
    }

    /// What to do about it, in one line.
    public var hint: String {
        switch self {
        case .fileNotFound:
            return "check the path; a relative path starts from the current directory"
        case .unreadableFile:
            return "check that the path names a regular file that you may read"
        case .emptyFile:
            return "a CSV file needs at least a header row; check that the export finished"
        case .invalidUTF8:
            return "the file is probably Windows-1252 or Latin-1: say encoding:\"windows-1252\" "
                + "(or \"latin-1\"), or leave encoding out to have it detected"
        case .invalidUTF16:
            return "the file is damaged or not UTF-16; export it again, or say which encoding it has "
                + "(encoding:\"utf-8\", \"latin-1\" or \"windows-1252\")"
        case .nulByte:
            return "the file may be binary, or UTF-16 without a byte order mark: then say encoding:\"utf-16\""
        case .unterminatedQuote:
            return "add the closing quote; a quote inside a quoted field is written twice (\"\")"
        case .strayQuote:
            return "put the whole field in double quotes and write each quote inside it twice (\"\")"
        case .textAfterClosingQuote:
            return "a quoted field ends at its closing quote; write a quote inside it twice (\"\")"
        case .wrongNumberOfFields(_, let found, let expected) where found > expected:
            return "a value probably holds an unquoted ','; put that value in double quotes"
        case .wrongNumberOfFields(_, _, let expected):
            return "the row is cut short or lost a field; every row needs \(expected) fields"
        case .failedToParse(_, let cell, _):
            return "correct the cell, add '\(cell)' to the null encodings if it means no data, "
                + "or read the column as string"
        case .ambiguousFormat(let location, let ambiguity):
            let file = location.path.split(separator: "/").last.map(String.init) ?? location.path
            return ambiguity.hint(column: location.columnName ?? "column_\(location.column)", file: file)
        case .notADate(let location, _, _, _, let samples):
            let name = location.columnName ?? "the column"
            let file = location.path.split(separator: "/").last.map(String.init) ?? location.path
            let nulls = samples.map { "\"\($0)\"" }.joined(separator: ", ")
            return "correct those cells; if they mean no data, list them as nulls "
                + "(from \"\(file)\" nulls:[\(nulls)]); to read \(name) as text, give its type "
                + "(from \"\(file)\" types:{\(name) = string})"
        case .otherDelimiter(let path, let found, _):
            let file = path.split(separator: "/").last.map(String.init) ?? path
            let shown = found == "\t" ? "\\t" : String(found)
            return "say which separator the file uses: from \"\(file)\" delimiter:\"\(shown)\" in a query, "
                + "or oversight describe FILE --delimiter '\(shown)'"
        case .ambiguousDelimiter(let path, let delimiters, _):
            let file = path.split(separator: "/").last.map(String.init) ?? path
            let first = delimiters.first.map(Self.shown) ?? ","
            return "say which one: from \"\(file)\" delimiter:\"\(first)\" in a query, "
                + "or oversight describe FILE --delimiter '\(first)'"
        case .renameTargetTaken:
            return "drop that rename, or rename the other column too"
        case .cannotWriteBadRows:
            return "check that the folder exists and that you may write there"
        case .unknownColumn(_, let name, let available):
            if let suggestion = NameSuggestion.closest(to: name, among: available) {
                return "did you mean '\(suggestion)'?"
            }
            return "column names must match the header exactly, including case and accents"
        }
    }

    /// `path:line:column: error: message`, then the hint on a second line.
    public var description: String {
        let place = location?.description ?? path
        let excerpt = location.flatMap { location in location.excerpt.map { "\n  \(location.line) | \($0)" } } ?? ""
        return "\(place): error: \(message)\(excerpt)\nhint: \(hint)"
    }

    private static func shown(_ delimiter: Character) -> String {
        delimiter == "\t" ? "\\t" : String(delimiter)
    }

    private func inColumn(_ location: CSVLocation) -> String {
        location.columnName.map { " in column '\($0)'" } ?? ""
    }

    private func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return digits.count == 1 ? "0" + digits : digits
    }

    private static func article(_ type: DataType) -> String {
        switch type {
        case .int64: "an integer"
        case .double: "a number"
        case .bool: "a boolean"
        case .date: "a date"
        case .string: "text"
        }
    }

    private static func example(of type: DataType) -> String {
        switch type {
        case .int64: "an integer such as 42, -7 or 20.0"
        case .double: "a number such as 0.25, -3, 1e-3, 1.234,5 or 12,5%"
        case .bool: "true/false, sí/no or sim/não, in any case"
        case .date: "a date such as 2022-03-18, 18/03/2022 or 18 March 2022"
        case .string: "text"
        }
    }
}
