/// The rows of a CSV text that cannot be read, found so that the others can be.
///
/// A bad row is a record with too many or too few fields, or a physical line on which a quote
/// goes wrong (a stray quote in an unquoted field, text after a closing quote, a quote never
/// closed): then the row ends with that line and reading resumes on the next. The header itself
/// must be sound: a bad header is still an error.
struct CSVBadRows {
    /// The byte ranges of the bad rows, in order, each with the line it starts on.
    var rows: [(line: Int, range: Range<Int>)] = []

    /// Finds the bad rows of `text` after `skipLines` lines.
    init(
        _ text: UnsafeBufferPointer<UInt8>, delimiter: UInt8, skipLines: Int, hasHeaderRow: Bool,
        path: String
    ) throws(CSVReadingError) {
        guard !text.isEmpty else { return }
        var tokenizer = CSVTokenizer(input: text, delimiter: delimiter, path: path)
        tokenizer.skipLines(skipLines)
        if tokenizer.isAtEnd() { return }
        var ignoring = IgnoringVisitor()
        let first = tokenizer.mark
        guard let expected = try tokenizer.readRecord(into: &ignoring) else { return }
        if !hasHeaderRow { tokenizer.rewind(to: first) }
        tokenizer.expectedFieldCount = expected
        while true {
            if expected > 1, tokenizer.isAtEnd() { break }
            let start = tokenizer.mark
            do {
                guard try tokenizer.readRecord(into: &ignoring) != nil else { break }
            } catch {
                guard let line = error.location?.line else { throw error }
                let next: CSVTokenizer.Mark
                if case .wrongNumberOfFields = error {
                    next = tokenizer.mark
                } else {
                    next = Self.lineAfter(line, from: start, in: text)
                }
                rows.append((start.line, start.offset..<next.offset))
                tokenizer.rewind(to: next)
            }
        }
    }

    /// `text` without the bad rows. When rows have several fields, each bad row leaves its line
    /// feeds behind as blank lines, which the reader skips, so later lines keep their numbers.
    func cleaned(_ text: UnsafeBufferPointer<UInt8>, keepingLines: Bool) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(text.count)
        var copied = 0
        for row in rows {
            output.append(contentsOf: UnsafeBufferPointer(rebasing: text[copied..<row.range.lowerBound]))
            if keepingLines {
                for byte in UnsafeBufferPointer(rebasing: text[row.range]) where byte == 10 { output.append(10) }
            }
            copied = row.range.upperBound
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: text[copied...]))
        return output
    }

    /// The bad rows as they were written, each ending with a line end.
    func sideFile(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        for row in rows {
            output.append(contentsOf: UnsafeBufferPointer(rebasing: text[row.range]))
            if output.last != 10 { output.append(10) }
        }
        return output
    }

    // The position just after physical line `line`, counting from `start`.
    private static func lineAfter(
        _ line: Int, from start: CSVTokenizer.Mark, in text: UnsafeBufferPointer<UInt8>
    ) -> CSVTokenizer.Mark {
        var offset = start.offset
        var current = start.line
        while offset < text.count {
            let byte = text[offset]
            offset += 1
            if byte == 10 {
                if current == line { return CSVTokenizer.Mark(offset: offset, line: current + 1) }
                current += 1
            }
        }
        return CSVTokenizer.Mark(offset: text.count, line: current)
    }
}
