extension CSVReader {
    /// Reads `input` in the encoding the options give or the bytes show, as UTF-8.
    ///
    /// A byte order mark decides (UTF-8, UTF-16 LE or BE); without one, and without an
    /// `encoding` option, bytes that are valid UTF-8 are read as such, and others as Windows-1252
    /// when they hold a byte 0x80–0x9F, else as Latin-1, with a warning that says so. Only text
    /// that is not UTF-8 is copied: a UTF-8 file is read where it lies.
    static func readDetectingEncoding(
        _ input: UnsafeBufferPointer<UInt8>, path: String, options: CSVReadingOptions
    ) throws(CSVReadingError) -> CSVReadResult {
        var format = CSVFileFormat()
        format.encodingDetected = options.encoding == nil
        var encoding = options.encoding
        var body = input
        var bigEndian: Bool?
        let bytes = Array(input.prefix(3))
        if bytes == [0xEF, 0xBB, 0xBF] {
            body = UnsafeBufferPointer(rebasing: input[3...])
            encoding = encoding ?? .utf8
            format.hasByteOrderMark = true
        } else if bytes.count >= 2, bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF,
            encoding == nil || encoding == .utf16
        {
            body = UnsafeBufferPointer(rebasing: input[2...])
            encoding = .utf16
            bigEndian = bytes[0] == 0xFE
            format.hasByteOrderMark = true
        }

        var invalidUTF8: Int?
        var doubleEncoded: Int?
        if encoding == nil || encoding == .utf8 {
            let scan = CSVEncodingScan(body)
            doubleEncoded = scan.firstDoubleEncoded
            if encoding == nil, let first = scan.firstInvalidUTF8 {
                invalidUTF8 = first
                encoding = CSVEncodingScan.hasWindows1252Bytes(body) ? .windows1252 : .latin1
            }
        }
        let chosen = encoding ?? .utf8
        format.encoding = chosen

        var notices = CSVEncodingNotices()
        let transcoded: [UInt8]?
        switch chosen {
        case .utf8:
            transcoded = nil
            notices.doubleEncoded = doubleEncoded
        case .latin1, .windows1252:
            transcoded = CSVTranscoding.singleByte(body, windows1252: chosen == .windows1252)
            if let first = invalidUTF8 {
                // Where the first non-UTF-8 byte lands once transcoded.
                let before = CSVTranscoding.singleByte(
                    UnsafeBufferPointer(rebasing: body[..<first]), windows1252: chosen == .windows1252)
                notices.detected = (before.count, body[first])
            }
        case .utf16:
            transcoded = CSVTranscoding.utf16(body, bigEndian: bigEndian ?? CSVTranscoding.looksBigEndian(body))
        case .doubleEncodedUTF8:
            transcoded = CSVTranscoding.repairingDoubleEncoding(body)
        }
        do {
            guard let transcoded else {
                return try readLaidOut(body, path: path, options: options, format: format, notices: notices)
            }
            return try transcoded.withUnsafeBufferPointer { (text) throws(CSVReadingError) in
                try readLaidOut(text, path: path, options: options, format: format, notices: notices)
            }
        } catch .invalidUTF8(let location, _) where chosen == .utf16 {
            // The transcoder marks a broken UTF-16 unit with a byte UTF-8 never uses.
            throw .invalidUTF16(location)
        }
    }
}

/// What the encoding step found, to report once the delimiter is known (the warnings name a
/// CSV column): offsets into the text the reader parses.
struct CSVEncodingNotices {
    /// The offset of the first byte that was not UTF-8, and that byte, when the encoding was
    /// chosen for that reason.
    var detected: (offset: Int, byte: UInt8)?
    /// The offset of the first double-encoded character.
    var doubleEncoded: Int?
}
