/// Splits RFC 4180 text into records and fields without copying them.
///
/// Fields may be quoted; a quoted field may hold delimiters, newlines and doubled quotes.
/// Records end with LF or CRLF. Blank lines before the header are skipped, and so are blank
/// lines between records when records have several fields (such a line cannot be a record);
/// in a one-column file a blank line is a record whose only field is empty. While scanning, the tokenizer checks that the text is UTF-8 and holds no NUL byte, and,
/// once `expectedFieldCount` is set, that every record has that many fields.
struct CSVTokenizer {
    /// A resumable position: a byte offset and the physical line it is on.
    struct Mark {
        var offset: Int
        var line: Int
    }

    private let base: UnsafePointer<UInt8>
    private let end: Int
    private let delimiter: UInt8
    private let path: String
    private let buffers: TokenizerBuffers
    /// The column names used in error locations; empty until the header is known.
    var columnNames: [String] = []
    /// The number of fields each record must have; `nil` while reading the header.
    var expectedFieldCount: Int? {
        didSet { skipsBlankLines = (expectedFieldCount ?? 2) > 1 }
    }
    private var skipsBlankLines = true
    private var offset = 0
    private var line = 1

    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(10)
    private static let carriageReturn = UInt8(13)

    /// A tokenizer over `input`, which must stay valid while the tokenizer is used and must not
    /// be empty.
    init(input: UnsafeBufferPointer<UInt8>, delimiter: UInt8, path: String) {
        precondition(!input.isEmpty, "the tokenizer needs at least one byte")
        self.base = input.baseAddress.unsafelyUnwrapped
        self.end = input.count
        self.delimiter = delimiter
        self.path = path
        self.buffers = TokenizerBuffers(delimiter: delimiter)
    }

    /// The current position, to come back to with `rewind(to:)`.
    var mark: Mark { Mark(offset: offset, line: line) }

    /// Continues from an earlier position.
    mutating func rewind(to mark: Mark) {
        offset = mark.offset
        line = mark.line
    }

    /// Moves past the next `count` physical lines (title rows above the header), whatever they
    /// hold.
    mutating func skipLines(_ count: Int) {
        var skipped = 0
        while skipped < count, offset < end {
            if base[offset] == Self.lineFeed {
                line += 1
                skipped += 1
            }
            offset += 1
        }
    }

    /// Whether only blank lines remain.
    mutating func isAtEnd() -> Bool {
        skipBlankLines()
        return offset >= end
    }

    /// Reads the next record, handing each field to `visitor`, and returns its number of fields,
    /// or `nil` at the end of the input.
    mutating func readRecord<V: CSVFieldVisitor>(
        into visitor: inout V
    ) throws(CSVReadingError) -> Int? {
        if skipsBlankLines { skipBlankLines() }
        guard offset < end else { return nil }
        var fieldCount = 0
        var fieldLine = line
        var more = true
        while more {
            fieldLine = line
            if let expected = expectedFieldCount, fieldCount == expected {
                try tooManyFields(expected: expected, firstExtraLine: fieldLine)
            }
            more = try readField(column: fieldCount, into: &visitor)
            fieldCount += 1
        }
        if let expected = expectedFieldCount, fieldCount < expected {
            throw .wrongNumberOfFields(
                rowLocation(line: fieldLine, column: fieldCount, near: offset - 1),
                found: fieldCount, expected: expected)
        }
        return fieldCount
    }

    // Counts the rest of the record so the error can say how many fields it has.
    @inline(never)
    private mutating func tooManyFields(
        expected: Int, firstExtraLine: Int
    ) throws(CSVReadingError) -> Never {
        let place = rowLocation(line: firstExtraLine, column: expected, near: offset)
        var ignoring = IgnoringVisitor()
        var found = expected
        var more = true
        while more {
            more = try readField(column: found, into: &ignoring)
            found += 1
        }
        throw .wrongNumberOfFields(place, found: found, expected: expected)
    }

    private mutating func skipBlankLines() {
        while offset < end {
            if base[offset] == Self.lineFeed {
                offset += 1
            } else if base[offset] == Self.carriageReturn, offset + 1 < end,
                base[offset + 1] == Self.lineFeed
            {
                offset += 2
            } else {
                return
            }
            line += 1
        }
    }

    /// Reads one field and its terminator; returns whether another field of the same record
    /// follows.
    private mutating func readField<V: CSVFieldVisitor>(
        column: Int, into visitor: inout V
    ) throws(CSVReadingError) -> Bool {
        if offset < end, base[offset] == Self.quote {
            return try readQuotedField(column: column, into: &visitor)
        }
        let fieldLine = line
        let special = buffers.specialBytes
        let start = offset
        var p = offset
        while p < end {
            let byte = base[p]
            if special[Int(byte)] == 0 {
                p &+= 1
                continue
            }
            if byte == delimiter || byte == Self.lineFeed { break }
            if byte == Self.quote { throw .strayQuote(rowLocation(line: fieldLine, column: column, near: p)) }
            if byte == 0 { throw .nulByte(location(line: fieldLine, column: column)) }
            p = try skipMultibyte(at: p, line: fieldLine, column: column)
        }
        var contentEnd = p
        var more = false
        if p < end {
            if base[p] == delimiter { more = true } else { line += 1 }
            p += 1
        }
        if !more, contentEnd > start, base[contentEnd - 1] == Self.carriageReturn {
            contentEnd -= 1
        }
        offset = p
        try visitor.visit(
            UnsafeBufferPointer(start: base + start, count: contentEnd - start),
            column: column, line: fieldLine)
        return more
    }

    private mutating func readQuotedField<V: CSVFieldVisitor>(
        column: Int, into visitor: inout V
    ) throws(CSVReadingError) -> Bool {
        let openingLine = line
        let contentStart = offset + 1
        var p = contentStart
        var hasDoubledQuotes = false
        while true {
            guard p < end else {
                throw .unterminatedQuote(rowLocation(line: openingLine, column: column, near: offset))
            }
            let byte = base[p]
            if byte == Self.quote {
                guard p + 1 < end, base[p + 1] == Self.quote else { break }
                hasDoubledQuotes = true
                p += 2
            } else if byte < 0x80 {
                if byte == Self.lineFeed { line += 1 }
                if byte == 0 { throw .nulByte(location(line: line, column: column)) }
                p += 1
            } else {
                p = try skipMultibyte(at: p, line: line, column: column)
            }
        }
        let contentEnd = p
        p += 1
        var more = false
        if p < end {
            if base[p] == delimiter {
                more = true
                p += 1
            } else if base[p] == Self.lineFeed {
                p += 1
                line += 1
            } else if base[p] == Self.carriageReturn, p + 1 < end, base[p + 1] == Self.lineFeed {
                p += 2
                line += 1
            } else if base[p] == Self.carriageReturn, p + 1 == end {
                // A lone CR ending the input ends the record, as it does after an unquoted field.
                p += 1
            } else {
                throw .textAfterClosingQuote(rowLocation(line: line, column: column, near: p))
            }
        }
        offset = p
        let raw = UnsafeBufferPointer(start: base + contentStart, count: contentEnd - contentStart)
        if hasDoubledQuotes {
            try visitor.visit(buffers.undoubleQuotes(raw), column: column, line: openingLine)
        } else {
            try visitor.visit(raw, column: column, line: openingLine)
        }
        return more
    }

    /// Checks the UTF-8 sequence that starts at `p` and returns the offset after it.
    private func skipMultibyte(
        at p: Int, line: Int, column: Int
    ) throws(CSVReadingError) -> Int {
        let lead = base[p]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0  // no overlong forms
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F  // no UTF-16 surrogates
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F  // nothing above U+10FFFF
        default: throw .invalidUTF8(location(line: line, column: column), bytes: badSequence(at: p))
        }
        for i in 1..<length {
            let next = p + i < end ? base[p + i] : 0
            let range = i == 1 ? low...high : 0x80...0xBF
            guard range.contains(next) else {
                throw .invalidUTF8(location(line: line, column: column), bytes: badSequence(at: p))
            }
        }
        return p + length
    }

    // The bytes from `p` up to the next ASCII byte, at most four, to show in the error.
    private func badSequence(at p: Int) -> [UInt8] {
        var bytes = [base[p]]
        while bytes.count < 4, p + bytes.count < end, base[p + bytes.count] >= 0x80 {
            bytes.append(base[p + bytes.count])
        }
        return bytes
    }

    // A location with the text of the physical line that holds offset `near`.
    private func rowLocation(line: Int, column: Int, near: Int) -> CSVLocation {
        var place = location(line: line, column: column)
        let at = max(0, min(near, end - 1))
        var start = at
        while start > 0, base[start - 1] != Self.lineFeed { start -= 1 }
        var stop = at
        while stop < end, base[stop] != Self.lineFeed, base[stop] != Self.carriageReturn { stop += 1 }
        let text = String(decoding: UnsafeBufferPointer(start: base + start, count: stop - start), as: UTF8.self)
        place.excerpt = text.count > 100 ? String(text.prefix(99)) + "…" : text
        return place
    }

    private func location(line: Int, column: Int) -> CSVLocation {
        CSVLocation(
            path: path, line: line, column: column + 1,
            columnName: column < columnNames.count ? columnNames[column] : nil)
    }
}

/// Memory the tokenizer reuses for every field: the table of bytes that need a closer look,
/// and room to undo doubled quotes.
final class TokenizerBuffers {
    /// Non-zero for the delimiter, LF, the quote, NUL and every non-ASCII byte.
    let specialBytes: UnsafeMutablePointer<UInt8>
    private var scratch: UnsafeMutablePointer<UInt8>
    private var capacity: Int

    init(delimiter: UInt8) {
        specialBytes = .allocate(capacity: 256)
        for byte in 0..<256 {
            let isSpecial = byte == Int(delimiter) || byte == 10 || byte == 34 || byte == 0
                || byte >= 0x80
            specialBytes[byte] = isSpecial ? 1 : 0
        }
        capacity = 256
        scratch = .allocate(capacity: capacity)
    }

    deinit {
        specialBytes.deallocate()
        scratch.deallocate()
    }

    /// `raw` with each doubled quote written once; valid until the next call.
    func undoubleQuotes(_ raw: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        if raw.count > capacity {
            scratch.deallocate()
            capacity = raw.count
            scratch = .allocate(capacity: capacity)
        }
        var written = 0
        var i = 0
        while i < raw.count {
            scratch[written] = raw[i]
            written += 1
            // The tokenizer only calls this with quotes that come in pairs.
            i += raw[i] == UInt8(ascii: "\"") ? 2 : 1
        }
        return UnsafeBufferPointer(start: scratch, count: written)
    }
}
