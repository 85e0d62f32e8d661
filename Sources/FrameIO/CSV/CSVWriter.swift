import Foundation
import Frame

/// Writes a `DataFrame` as CSV text.
///
/// The output follows RFC 4180 and EXPORT conventions for data exchange:
/// - `,` between fields, CRLF after every record, UTF-8, optionally with a byte order mark;
/// - a field holding `,`, `"`, CR or LF is put in double quotes, with its quotes doubled;
/// - integers in plain digits; doubles in the shortest form that reads back as the same
///   double, with `.` for decimals, no thousands separators, and always a fraction or exponent,
///   so that pandas and DuckDB read the column back as floating point (`3.0`, `0.1`, `1e-05`);
///   `-0.0` is written `0.0`, and NaN or an infinity is written as an empty field;
/// - booleans as `true` / `false`; dates as ISO 8601 (`2022-03-18`);
/// - a null as an empty field (so an empty string and a null look the same);
/// - formula escaping (OWASP "CSV injection"): a text field, header names included, whose first
///   character is `=`, `+`, `-`, `@`, TAB, CR or NUL gets a leading `'`, so a spreadsheet shows
///   it as text instead of running it. Numbers are never changed (`-5` stays `-5`), and the
///   escaping is idempotent: an escaped field starts with `'` and is not escaped again.
///
/// Our own reader types a column of whole numbers such as `3.0` as integer, so a double column
/// whose values are all whole comes back as an integer column.
public enum CSVWriter {
    /// The CSV text of `frame`, as UTF-8 bytes.
    public static func encode(
        _ frame: DataFrame, options: CSVWritingOptions = CSVWritingOptions()
    ) -> [UInt8] {
        var output: [UInt8] = []
        encode(frame, options: options, chunkSize: .max) { output.append(contentsOf: $0) }
        return output
    }

    /// Encodes `frame` and hands the text to `emit` in pieces of about `chunkSize` bytes, so a
    /// large table is never held whole in memory.
    static func encode<Failure: Error>(
        _ frame: DataFrame, options: CSVWritingOptions, chunkSize: Int,
        emit: ([UInt8]) throws(Failure) -> Void
    ) throws(Failure) {
        var output: [UInt8] = []
        if options.includesByteOrderMark { output.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
        guard frame.columnCount > 0 else { return try emit(output) }
        let encoder = CSVFieldEncoder(escapesFormulas: options.escapesFormulas)
        if options.includesHeader {
            for (index, name) in frame.columnNames.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                encoder.appendText(Array(name.utf8), to: &output)
            }
            output.append(contentsOf: [13, 10])
        }
        let columns = frame.columns.map { CSVColumnEncoder($0, encoder: encoder) }
        for row in 0..<frame.rowCount {
            for (index, column) in columns.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                column.append(row: row, to: &output)
            }
            output.append(contentsOf: [13, 10])
            if output.count >= chunkSize {
                try emit(output)
                output.removeAll(keepingCapacity: true)
            }
        }
        if !output.isEmpty { try emit(output) }
    }

    /// The CSV text of `frame`.
    public static func string(
        _ frame: DataFrame, options: CSVWritingOptions = CSVWritingOptions()
    ) -> String {
        String(decoding: encode(frame, options: options), as: UTF8.self)
    }

    /// Writes `frame` to `path`, replacing any file there.
    ///
    /// The text goes to a temporary file in the same directory, which is then renamed over
    /// `path`; so a failed write leaves the old file, or no file, never a partial one.
    public static func write(
        _ frame: DataFrame, to path: String, options: CSVWritingOptions = CSVWritingOptions()
    ) throws(CSVWritingError) {
        try AtomicFile.write(to: path) { (file: AtomicFile.Handle) throws(CSVWritingError) in
            try encode(frame, options: options, chunkSize: 1 << 20) { bytes throws(CSVWritingError) in try file.write(bytes) }
        }
    }
}
