import Foundation
import Frame

/// Reads CSV text into a `DataFrame`.
///
/// The reader follows RFC 4180 (quoted fields, doubled quotes, newlines inside quotes, CRLF or
/// LF line ends) on UTF-8 input, with or without a byte order mark. It makes two passes over the
/// bytes: the first checks the structure and infers each column's type from every cell (see
/// `CSVReadingOptions` for the null encodings and the rules below), the second converts only the
/// selected columns. Nothing is padded, truncated or dropped: a malformed file is an error that
/// names the line and column.
///
/// Type inference, per column over the whole file, ignoring null cells:
/// - integer (`Int64`) if every cell is an integer, or a whole number written with a fraction
///   of zeros (`20.0`, as pandas writes counts); `007` is not an integer (its zeros matter);
/// - else double if every cell is a decimal number (`0.25`, `-3`, `1e-3`);
/// - else boolean if every cell is `true`/`false` (also `True`, `TRUE`, `False`, `FALSE`);
/// - else date if every cell is an ISO date (`2022-03-18`), or every cell is an English long
///   date (`18 March 2022`);
/// - else string. A column with no non-null cell is a string column.
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
                try read(raw.bindMemory(to: UInt8.self), path: path, options: options)
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
            try read(buffer, path: sourceName, options: options)
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

    private static func read(
        _ input: UnsafeBufferPointer<UInt8>, path: String, options: CSVReadingOptions
    ) throws(CSVReadingError) -> CSVReadResult {
        let text = withoutByteOrderMark(input)
        guard !text.isEmpty else { throw .emptyFile(path: path) }
        var tokenizer = CSVTokenizer(input: text, delimiter: options.delimiterByte, path: path)
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
            nulls: nulls, delimiter: options.delimiterByte, path: path)
        let frame = try readRecords(text, from: dataStart, plan: plan)
        return CSVReadResult(frame: frame, warnings: header.warnings)
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
            return CSVHeader(rawNames: visitor.names, lines: visitor.lines, path: path)
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
