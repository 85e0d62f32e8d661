/// Receives the fields of a record from `CSVTokenizer`, one at a time.
protocol CSVFieldVisitor {
    /// Handles one field. `content` is the field's text with quotes removed and doubled quotes
    /// made single; it is valid only during the call. `column` is 0-based, `line` 1-based.
    mutating func visit(
        _ content: UnsafeBufferPointer<UInt8>, column: Int, line: Int
    ) throws(CSVReadingError)
}

/// A visitor that ignores every field, for counting fields.
struct IgnoringVisitor: CSVFieldVisitor {
    func visit(_ content: UnsafeBufferPointer<UInt8>, column: Int, line: Int) {}
}
