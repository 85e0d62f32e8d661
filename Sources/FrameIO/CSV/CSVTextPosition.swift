/// Finds where a byte offset of a CSV text is, as a line and a CSV column, for warnings about
/// something found by a scan of the raw bytes.
enum CSVTextPosition {
    /// The physical line of `target` and the column of the field that holds it (column 1 when
    /// the records cannot be followed that far).
    static func location(
        of target: Int, in text: UnsafeBufferPointer<UInt8>, delimiter: UInt8, skipLines: Int, path: String
    ) -> CSVLocation {
        let line = 1 + text[..<min(target, text.count)].reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
        var column = 1
        if !text.isEmpty, let base = text.baseAddress {
            var tokenizer = CSVTokenizer(input: text, delimiter: delimiter, path: path)
            tokenizer.skipLines(skipLines)
            var visitor = LocatingVisitor(target: base + target)
            while visitor.column == nil, tokenizer.mark.offset <= target {
                guard (try? tokenizer.readRecord(into: &visitor)) != nil else { break }
            }
            column = (visitor.column ?? 0) + 1
        }
        return CSVLocation(path: path, line: line, column: column)
    }

    /// The word around `target`, up to a delimiter, space, quote or line end, for messages.
    static func word(at target: Int, in text: UnsafeBufferPointer<UInt8>, delimiter: UInt8) -> String {
        let stops: Set<UInt8> = [delimiter, 10, 13, 32, 34]
        var start = target
        while start > 0, target - start < 30, !stops.contains(text[start - 1]) { start -= 1 }
        var end = target
        while end < text.count, end - target < 30, !stops.contains(text[end]) { end += 1 }
        // Whole characters only: no continuation byte at either edge.
        while start < target, (0x80...0xBF).contains(text[start]) { start += 1 }
        while end < text.count, (0x80...0xBF).contains(text[end]) { end += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self)
    }
}

/// Notes the column of the field whose bytes hold a given address.
private struct LocatingVisitor: CSVFieldVisitor {
    let target: UnsafePointer<UInt8>
    var column: Int?

    mutating func visit(_ content: UnsafeBufferPointer<UInt8>, column: Int, line: Int) {
        guard self.column == nil, let start = content.baseAddress else { return }
        if start <= target && target < start + max(1, content.count) { self.column = column }
    }
}
