/// Why a part of a workbook could not be read: its XML, or one of its cells.
enum XLSXPartError: Error {
    /// Malformed XML: where the scanner stopped (a byte offset in the part) and what it expected.
    case malformed(offset: Int, expected: String)
    /// A cell whose stored value is malformed.
    case cell(XLSXReadingError)
}
