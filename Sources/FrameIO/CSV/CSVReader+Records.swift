import Frame

extension CSVReader {
    /// What the reader needs to know to read the records after the header.
    struct RecordPlan {
        var names: [String]
        var order: [Int]
        var selected: Set<Int>
        var requested: [Int: DataType]
        var nulls: NullMatcher
        var delimiter: UInt8
        var path: String
        var valueFormats: CSVValueFormats
    }

    /// The records read: the frame, how each column was read, and what to tell the user.
    struct RecordsRead {
        var frame: DataFrame
        var formats: [CSVColumnFormat]
        var warnings: [CSVWarning]
    }

    /// Reads the records from `start` on into a frame, in one pass on all cores over ranges of
    /// whole records (see `ColumnBuilding`), then types the text columns (see `TypeInference`).
    ///
    /// Errors carry exact lines only when one tokenizer reads from the top, so when any part
    /// fails the records are read again in one part, which reports the first problem as a
    /// sequential read does.
    static func readRecords(
        _ text: UnsafeBufferPointer<UInt8>, from start: CSVTokenizer.Mark, plan: RecordPlan
    ) throws(CSVReadingError) -> RecordsRead {
        let ranges = CSVRecordSplit.ranges(text, from: start.offset, parts: Parallel.threadCount)
        if ranges.count > 1, let read = try? readRecords(text, start, ranges, plan) {
            return read
        }
        return try readRecords(text, start, [start.offset..<text.count], plan)
    }

    private static func readRecords(
        _ text: UnsafeBufferPointer<UInt8>, _ start: CSVTokenizer.Mark, _ ranges: [Range<Int>],
        _ plan: RecordPlan
    ) throws(CSVReadingError) -> RecordsRead {
        let source = UncheckedText(text)
        // Line numbers are known only for the first part; the others report errors after a
        // sequential read anyway.
        @Sendable func tokenizer(_ part: Int) -> CSVTokenizer {
            var tokenizer = CSVTokenizer(
                input: UnsafeBufferPointer(rebasing: source.text[..<ranges[part].upperBound]),
                delimiter: plan.delimiter, path: plan.path)
            tokenizer.columnNames = plan.names
            tokenizer.expectedFieldCount = plan.names.count
            tokenizer.rewind(to: part == 0 ? start : CSVTokenizer.Mark(offset: ranges[part].lowerBound, line: 1))
            return tokenizer
        }
        let fast = fastKinds(plan)
        let missingTokens = plan.valueFormats.missingTokens
        let nulls = UncheckedNulls(nulls: plan.nulls)
        let built = Parallel.map(ranges.count) { part in
            Result { () throws(CSVReadingError) in
                var building = ColumnBuilding(
                    fast: fast, nulls: nulls.nulls, missingTokens: missingTokens, restart: { tokenizer(part) })
                var reading = tokenizer(part)
                while try reading.readRecord(into: &building) != nil {}
                return UncheckedBuilding(building: building)
            }
        }
        var parts: [ColumnBuilding] = []
        for part in built { parts.append(try part.get().building) }

        let finishing = ColumnFinishing(text: text, start: start, plan: plan)
        var read = RecordsRead(frame: DataFrame(rowCount: parts.reduce(0) { $0 + $1.rowCount }), formats: [], warnings: [])
        for column in plan.order {
            let finished = try finishing.column(column, of: &parts)
            do {
                try read.frame.append(finished.column)
            } catch {
                preconditionFailure("the reader built an inconsistent frame: \(error)")
            }
            read.formats.append(finished.format)
            if let warning = finished.warning { read.warnings.append(warning) }
        }
        return read
    }

    /// The types each selected column may take in the pass: a requested type only its own, and
    /// no `1.5` before the column is decided when the user fixed the decimal mark or thousands.
    private static func fastKinds(_ plan: RecordPlan) -> [ColumnBuilding.FastKinds?] {
        plan.names.indices.map { column in
            guard plan.selected.contains(column) else { return nil }
            let fixesNumbers = plan.valueFormats.format(of: plan.names[column]).fixesNumbers
            switch plan.requested[column] {
            case nil: return fixesNumbers ? [.integer, .isoDate] : .all
            case .int64?: return [.integer]
            case .double?: return fixesNumbers ? [.integer] : [.integer, .double]
            case .date?: return [.isoDate]
            case .bool?, .string?: return []
            }
        }
    }
}

/// The input bytes, read by every thread and written by none.
private struct UncheckedText: @unchecked Sendable {
    let text: UnsafeBufferPointer<UInt8>
    init(_ text: UnsafeBufferPointer<UInt8>) { self.text = text }
}

/// The null matcher, read by every thread and written by none.
private struct UncheckedNulls: @unchecked Sendable {
    let nulls: NullMatcher
}

/// A part's columns, handed back from its thread; its memory is owned by the part alone.
private struct UncheckedBuilding: @unchecked Sendable {
    let building: ColumnBuilding
}
