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
    }

    /// Reads the records from `start` on into a frame: the two passes, each on all cores over
    /// ranges of whole records.
    ///
    /// Errors carry exact lines only when one tokenizer reads from the top, so when any part
    /// fails, or a column needs the date tally that only a whole read makes, the records are
    /// read again in one part, which reports the first problem as a sequential read does.
    static func readRecords(
        _ text: UnsafeBufferPointer<UInt8>, from start: CSVTokenizer.Mark, plan: RecordPlan
    ) throws(CSVReadingError) -> DataFrame {
        let ranges = CSVRecordSplit.ranges(text, from: start.offset, parts: Parallel.threadCount)
        if ranges.count > 1, let frame = try? readRecords(text, start, ranges, plan) {
            return frame
        }
        guard let frame = try readRecords(text, start, [start.offset..<text.count], plan) else {
            preconditionFailure("a read in one part always finishes or throws")
        }
        return frame
    }

    private static func readRecords(
        _ text: UnsafeBufferPointer<UInt8>, _ start: CSVTokenizer.Mark, _ ranges: [Range<Int>],
        _ plan: RecordPlan
    ) throws(CSVReadingError) -> DataFrame? {
        let source = UncheckedText(text)
        // Line numbers are known only for the first part; the others report errors after a
        // sequential read anyway.
        func tokenizer(_ part: Int) -> CSVTokenizer {
            var tokenizer = CSVTokenizer(
                input: UnsafeBufferPointer(rebasing: source.text[..<ranges[part].upperBound]),
                delimiter: plan.delimiter, path: plan.path)
            tokenizer.columnNames = plan.names
            tokenizer.expectedFieldCount = plan.names.count
            tokenizer.rewind(to: part == 0 ? start : CSVTokenizer.Mark(offset: ranges[part].lowerBound, line: 1))
            return tokenizer
        }

        let inferred = Parallel.map(ranges.count) { part in
            Result { () throws(CSVReadingError) in
                var tokenizer = tokenizer(part)
                var inference = TypeInference(
                    names: plan.names, selected: plan.selected, requested: plan.requested,
                    nulls: plan.nulls, path: plan.path)
                var rows = 0
                while try tokenizer.readRecord(into: &inference) != nil { rows += 1 }
                return (inference: inference, rows: rows)
            }
        }
        var inference = try inferred[0].get().inference
        var rowCounts: [Int] = []
        for part in inferred {
            let (partInference, rows) = try part.get()
            if !rowCounts.isEmpty { inference.merge(partInference) }
            rowCounts.append(rows)
        }
        let types = inference.columnTypes(requested: plan.requested)
        if ranges.count > 1 && inference.talliedDates(types: types) { return nil }
        if let error = inference.mostlyDatesError() { throw error }

        let built = Parallel.map(ranges.count) { part in
            Result { () throws(CSVReadingError) in
                var building = ColumnBuilding(
                    names: plan.names, types: types, selected: plan.selected,
                    rowCount: rowCounts[part], nulls: plan.nulls, path: plan.path)
                var tokenizer = tokenizer(part)
                while try tokenizer.readRecord(into: &building) != nil {}
                return UncheckedBuilding(building: building)
            }
        }
        var parts: [ColumnBuilding] = []
        for part in built { parts.append(try part.get().building) }

        var frame = DataFrame(rowCount: rowCounts.reduce(0, +))
        for column in plan.order {
            do {
                try frame.append(ColumnBuilding.column(column, of: parts))
            } catch {
                preconditionFailure("the reader built an inconsistent frame: \(error)")
            }
        }
        return frame
    }
}

/// The input bytes, read by every thread and written by none.
private struct UncheckedText: @unchecked Sendable {
    let text: UnsafeBufferPointer<UInt8>
    init(_ text: UnsafeBufferPointer<UInt8>) { self.text = text }
}

/// A part's columns, handed back from its thread; its memory is owned by the part alone.
private struct UncheckedBuilding: @unchecked Sendable {
    let building: ColumnBuilding
}
