import Foundation
import Frame

/// Reads CSV text into a `DataFrame`.
///
/// The reader follows RFC 4180 (quoted fields, doubled quotes, newlines inside quotes, CRLF or
/// LF line ends) on UTF-8 input, with or without a byte order mark. It reads the bytes once, on
/// all cores, converting each selected column as it goes (see `ColumnBuilding`); the columns
/// that are not plain numbers or ISO dates are typed at the end from their distinct values (see
/// `TypeInference`). Nothing is padded, truncated or dropped: a malformed file is an error that
/// names the line and column.
///
/// Types, decided per column over the whole file, ignoring null cells:
/// - integer (`Int64`) if every cell is an integer, or a whole number written with a fraction
///   of zeros (`20.0`, as pandas writes counts); `007` is not an integer (its zeros matter);
/// - else double if every cell is a decimal number (`0.25`, `-3`, `1e-3`, `1.234,5`, `1,234.5`),
///   or every cell a percentage (`77,00%` is 0.77);
/// - else boolean if every cell is `true`/`false`, `sí`/`no` or `sim`/`não`, in any case;
/// - else date if every cell is a date of one form: `2022-03-18`, `18/03/2022`, `03/18/2022`
///   (also with `-` or `.`), `18 March 2022`, `March 18, 2022`, `18-mar-2022`,
///   `18 de marzo de 2022`, `18 de março de 2022`; a time of day that is always midnight is
///   dropped. A column where day/month and month/day both fit, or where `1,234` reads both
///   ways, is an error that asks which (`CSVAmbiguity`);
/// - else string. A column with no non-null cell is a string column.
/// `CSVReadResult.columnFormats` says what was decided for each column; `CSVValueFormats` sets
/// any choice for the file or for one column.
///
///     let result = try CSVReader.read(path: "data/pfd.csv")
///     for warning in result.warnings { print(warning) }
///     print(result.frame)
public enum CSVReader {
    /// Reads the CSV file at `path`.
    ///
    /// The file is memory-mapped, not copied.
    /// - Throws: `CSVReadingError` when the file is missing, unreadable, empty or malformed, a
    ///   cell does not fit a requested type, or the options name a column the file lacks.
    public static func read(
        path: String, options: CSVReadingOptions = CSVReadingOptions()
    ) throws(CSVReadingError) -> CSVReadResult {
        let data = try load(path: path)
        let result: Result<CSVReadResult, CSVReadingError> = data.withUnsafeBytes { raw in
            Result { () throws(CSVReadingError) in
                try readDetectingEncoding(raw.bindMemory(to: UInt8.self), path: path, options: options)
            }
        }
        return try result.get()
    }

    /// Reads CSV text held in memory as UTF-8 bytes; `sourceName` stands for the path in errors.
    public static func read(
        bytes: [UInt8], sourceName: String = "<input>",
        options: CSVReadingOptions = CSVReadingOptions()
    ) throws(CSVReadingError) -> CSVReadResult {
        try bytes.withUnsafeBufferPointer { (buffer) throws(CSVReadingError) in
            try readDetectingEncoding(buffer, path: sourceName, options: options)
        }
    }

    /// Reads CSV text held in a string; `sourceName` stands for the path in errors.
    public static func read(
        string: String, sourceName: String = "<input>",
        options: CSVReadingOptions = CSVReadingOptions()
    ) throws(CSVReadingError) -> CSVReadResult {
        try read(bytes: Array(string.utf8), sourceName: sourceName, options: options)
    }

    private static func load(path: String) throws(CSVReadingError) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .fileNotFound(path: path)
        }
        if isDirectory.boolValue { throw .unreadableFile(path: path, reason: "it is a directory") }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw .unreadableFile(path: path, reason: "permission denied")
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        } catch {
            throw .unreadableFile(path: path, reason: error.localizedDescription)
        }
    }

    /// Reads UTF-8 text whose delimiter and skipped lines `options` give (see
    /// `readDetectingEncoding` and `readLaidOut` for how they are found).
    static func readPrepared(
        _ input: UnsafeBufferPointer<UInt8>, path: String, options: CSVReadingOptions
    ) throws(CSVReadingError) -> CSVReadResult {
        let text = withoutByteOrderMark(input)
        guard !text.isEmpty else { throw .emptyFile(path: path) }
        var tokenizer = CSVTokenizer(input: text, delimiter: options.delimiterByte, path: path)
        tokenizer.skipLines(options.skipLines ?? 0)
        if tokenizer.isAtEnd() { throw .emptyFile(path: path) }

        let header = try readHeader(&tokenizer, path: path, options: options)
        tokenizer.columnNames = header.names
        tokenizer.expectedFieldCount = header.names.count
        let dataStart = tokenizer.mark

        let order = try selectedColumns(header.names, options: options, path: path)
        let selected = Set(order)
        let requested = try requestedTypes(header.names, options: options, path: path)
        let nulls = NullMatcher(options.nullEncodings)

        let plan = RecordPlan(
            names: header.names, order: order, selected: selected, requested: requested,
            nulls: nulls, delimiter: options.delimiterByte, path: path, valueFormats: options.valueFormats)
        let read = try readRecords(text, from: dataStart, plan: plan)
        var result = CSVReadResult(frame: read.frame, warnings: header.warnings + read.warnings)
        result.columnFormats = read.formats
        return result
    }

    private static func withoutByteOrderMark(
        _ input: UnsafeBufferPointer<UInt8>
    ) -> UnsafeBufferPointer<UInt8> {
        guard input.count >= 3, input[0] == 0xEF, input[1] == 0xBB, input[2] == 0xBF else {
            return input
        }
        return UnsafeBufferPointer(rebasing: input[3...])
    }

    private static func readHeader(
        _ tokenizer: inout CSVTokenizer, path: String, options: CSVReadingOptions
    ) throws(CSVReadingError) -> CSVHeader {
        if options.hasHeaderRow {
            var visitor = HeaderVisitor()
            _ = try tokenizer.readRecord(into: &visitor)
            // One header field holding another common separator: the file is not comma-separated.
            if visitor.names.count == 1, let other = [";", "\t", "|"].first(where: { visitor.names[0].contains($0) }),
                Character(other) != options.delimiter
            {
                throw .otherDelimiter(path: path, found: Character(other), header: visitor.names[0])
            }
            return try CSVHeader(rawNames: visitor.names, lines: visitor.lines, path: path, renames: options.renames)
        }
        // Without a header the first record only tells how many columns there are.
        let start = tokenizer.mark
        var counting = IgnoringVisitor()
        let count = try tokenizer.readRecord(into: &counting) ?? 0
        tokenizer.rewind(to: start)
        return CSVHeader(generatedCount: count)
    }

    // Positions of the columns to build, in the order the options list them.
    private static func selectedColumns(
        _ names: [String], options: CSVReadingOptions, path: String
    ) throws(CSVReadingError) -> [Int] {
        guard let wanted = options.columns else { return Array(names.indices) }
        var order: [Int] = []
        for name in wanted {
            guard let index = names.firstIndex(of: name) else {
                throw .unknownColumn(path: path, name: name, available: names)
            }
            if !order.contains(index) { order.append(index) }
        }
        return order
    }

    private static func requestedTypes(
        _ names: [String], options: CSVReadingOptions, path: String
    ) throws(CSVReadingError) -> [Int: DataType] {
        var types: [Int: DataType] = [:]
        // Sorted so that, with several unknown names, the same one is reported every time.
        for (name, type) in options.types.sorted(by: { $0.key < $1.key }) {
            guard let index = names.firstIndex(of: name) else {
                throw .unknownColumn(path: path, name: name, available: names)
            }
            types[index] = type
        }
        return types
    }
}
