import Foundation

extension CSVReader {
    /// Reads UTF-8 `text` after finding its layout: the delimiter when the options do not give
    /// one, and the title rows above the header when they do not say how many lines to skip.
    /// With `badRowsPath`, the rows that cannot be read go to that file instead of stopping the
    /// read; it is written only once the rest has been read.
    static func readLaidOut(
        _ text: UnsafeBufferPointer<UInt8>, path: String, options: CSVReadingOptions,
        format given: CSVFileFormat, notices: CSVEncodingNotices
    ) throws(CSVReadingError) -> CSVReadResult {
        var format = given
        var resolved = options
        var warnings: [CSVWarning] = []
        let (sample, isWhole) = CSVSniffer.sample(text)
        let given = options.delimiter?.asciiValue
        let reading: CSVSniffer.Reading?
        if let given {
            reading = CSVSniffer.reading(
                sample, isWhole: isWhole, delimiter: given, skipLines: options.skipLines ?? 0, path: path)
        } else {
            reading = try CSVSniffer.delimiter(sample, isWhole: isWhole, skipLines: options.skipLines ?? 0, path: path)
        }
        let delimiter = given ?? reading?.delimiter ?? UInt8(ascii: ",")
        resolved.delimiter = Character(UnicodeScalar(delimiter))
        format.delimiter = Character(UnicodeScalar(delimiter))
        format.delimiterDetected = given == nil

        if let skip = options.skipLines {
            format.skippedLines = skip
            format.skipDetected = false
        } else if let reading, reading.titleRecords > 0 {
            format.skippedLines = reading.headerLine - 1
            warnings.append(.skippedTitleRows(
                CSVLocation(path: path, line: reading.headerLine, column: 1),
                lines: reading.headerLine - 1, titles: reading.titles))
        }
        resolved.skipLines = format.skippedLines
        if options.hasHeaderRow {
            format.headerLine = options.skipLines == nil ? reading?.headerLine : reading?.firstRecordLine
        }

        if let (offset, byte) = notices.detected {
            let location = CSVTextPosition.location(
                of: offset, in: text, delimiter: delimiter, skipLines: 0, path: path)
            warnings.insert(.detectedEncoding(location, encoding: format.encoding, byte: byte), at: 0)
        }
        if let offset = notices.doubleEncoded {
            let location = CSVTextPosition.location(
                of: offset, in: text, delimiter: delimiter, skipLines: format.skippedLines, path: path)
            warnings.append(.doubleEncodedText(
                location, sample: CSVTextPosition.word(at: offset, in: text, delimiter: delimiter)))
        }

        guard let sidePath = options.badRowsPath else {
            var result = try readPrepared(text, path: path, options: resolved)
            return finished(result: &result, format: format, warnings: warnings)
        }
        let bad = try CSVBadRows(
            text, delimiter: delimiter, skipLines: format.skippedLines, hasHeaderRow: options.hasHeaderRow,
            path: path)
        var result: CSVReadResult
        if bad.rows.isEmpty {
            result = try readPrepared(text, path: path, options: resolved)
        } else {
            let keepsLines = (reading?.bodyFieldCount ?? 2) > 1
            result = try bad.cleaned(text, keepingLines: keepsLines).withUnsafeBufferPointer {
                (cleaned) throws(CSVReadingError) in try readPrepared(cleaned, path: path, options: resolved)
            }
        }
        do {
            try AtomicFile.write(Data(bad.sideFile(text)), to: sidePath)
        } catch {
            switch error {
            case .cannotWrite(_, let reason):
                throw .cannotWriteBadRows(path: path, sidePath: sidePath, reason: reason)
            }
        }
        format.badRowsPath = sidePath
        format.badRowCount = bad.rows.count
        if let first = bad.rows.first {
            warnings.append(.setAsideBadRows(
                CSVLocation(path: path, line: first.line, column: 1), count: bad.rows.count,
                sidePath: sidePath, lines: bad.rows.map(\.line)))
        }
        return finished(result: &result, format: format, warnings: warnings)
    }

    private static func finished(
        result: inout CSVReadResult, format: CSVFileFormat, warnings: [CSVWarning]
    ) -> CSVReadResult {
        result.format = format
        result.warnings = warnings + result.warnings
        return result
    }
}
