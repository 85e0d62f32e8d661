import Frame

/// Makes one finished column from the parts that read consecutive ranges of records: joins the
/// parts' buffers, widens the parts that read a narrower type than another part, and types the
/// text columns from their distinct values.
struct ColumnFinishing {
    let text: UnsafeBufferPointer<UInt8>
    let start: CSVTokenizer.Mark
    let plan: CSVReader.RecordPlan

    struct Finished {
        var column: AnyColumn
        var format: CSVColumnFormat
        var warning: CSVWarning?
    }

    private enum Kind {
        case pending, integer, double, isoDate, text
    }

    private static func kind(_ slot: ColumnBuilding.Slot) -> Kind {
        switch slot {
        case .skip: preconditionFailure("a column that was not selected")
        case .pending: .pending
        case .integer: .integer
        case .double: .double
        case .isoDate: .isoDate
        case .text: .text
        }
    }

    /// The finished file column `column`; frees the parts' memory for it.
    func column(_ column: Int, of parts: inout [ColumnBuilding]) throws(CSVReadingError) -> Finished {
        defer { for part in parts { part.storage.release(column) } }
        let name = plan.names[column]
        let kinds = Set(parts.map { Self.kind($0.slots[column]) }).subtracting([.pending])
        let seen = parts.reduce(UInt64(0)) { $0 | $1.missingTokensSeen[column] }
        let missing = plan.valueFormats.missingTokens.indices.filter { $0 < 64 && seen & (1 << UInt64($0)) != 0 }
            .map { plan.valueFormats.missingTokens[$0] }
        let requested = plan.requested[column]
        let count = parts.reduce(0) { $0 + $1.rowCount }
        switch kinds {
        case []:
            guard !missing.isEmpty else {
                let type = requested ?? .string
                return Finished(column: AnyColumn.nulls(name: name, type: type, count: count),
                                format: CSVColumnFormat(name: name, type: type))
            }
        case [.integer] where requested != .double:
            let column = Self.joined(parts, column) { $0 } fromDoubles: { Int64($0) }
            return Finished(column: AnyColumn(name: name, column),
                            format: CSVColumnFormat(name: name, type: .int64, missingTokens: missing))
        case [.integer], [.double], [.integer, .double]:
            let column = Self.joined(parts, column) { Double($0) } fromDoubles: { $0 }
            return Finished(column: AnyColumn(name: name, column),
                            format: CSVColumnFormat(name: name, type: .double, decimalMark: ".", missingTokens: missing))
        case [.isoDate]:
            let column = Self.joined(parts, column) { Day(daysSinceEpoch: Int32(truncatingIfNeeded: $0)) } fromDoubles: { _ in
                preconditionFailure("a date column holds no doubles")
            }
            return Finished(column: AnyColumn(name: name, column),
                            format: CSVColumnFormat(name: name, type: .date, dateForm: "yyyy-mm-dd", missingTokens: missing))
        default:
            break
        }
        for index in parts.indices where Self.kind(parts[index].slots[column]) != .text {
            try parts[index].becomeText(column, rows: parts[index].rowCount)
        }
        return try typedText(column, parts)
    }

    /// The parts' values one after another, converted to `T`, with their validity.
    private static func joined<T>(
        _ parts: [ColumnBuilding], _ column: Int, fromIntegers: (Int64) -> T, fromDoubles: (Double) -> T
    ) -> Column<T> {
        let count = parts.reduce(0) { $0 + $1.rowCount }
        let values = [T](unsafeUninitializedCapacity: count) { destination, initialized in
            var offset = 0
            for part in parts {
                let rows = part.rowCount
                switch part.slots[column] {
                case .pending(let buffer), .integer(let buffer), .isoDate(let buffer):
                    for row in 0..<rows { destination[offset + row] = fromIntegers(buffer.values[row]) }
                case .double(let buffer):
                    for row in 0..<rows { destination[offset + row] = fromDoubles(buffer.values[row]) }
                case .skip, .text:
                    preconditionFailure("a typed column holds no text")
                }
                offset += rows
            }
            initialized = count
        }
        return Column(values: values, validity: validity(parts, count: count) { part in
            switch part.slots[column] {
            case .pending(let buffer), .integer(let buffer), .isoDate(let buffer): buffer.validWords
            case .double(let buffer): buffer.validWords
            case .text(let buffer, _): buffer.validWords
            case .skip: preconditionFailure("a column that was not selected")
            }
        })
    }

    /// The parts' validity bits joined, shifted to where each part starts.
    private static func validity(
        _ parts: [ColumnBuilding], count: Int, words: (ColumnBuilding) -> UnsafeMutablePointer<UInt64>
    ) -> Validity {
        var joined = [UInt64](repeating: 0, count: (count + 63) / 64)
        var offset = 0
        for part in parts {
            let partWords = words(part)
            let shift = UInt64(offset & 63)
            for index in 0..<(part.rowCount + 63) / 64 {
                var word = partWords[index]
                let rowsHere = min(64, part.rowCount - index * 64)
                if rowsHere < 64 { word &= (1 << UInt64(rowsHere)) - 1 }
                let target = (offset >> 6) + index
                joined[target] |= word << shift
                if shift != 0, target + 1 < joined.count { joined[target + 1] |= word >> (64 - shift) }
            }
            offset += part.rowCount
        }
        let valid = joined.reduce(0) { $0 + $1.nonzeroBitCount }
        return valid == count ? Validity(allValid: count) : Validity(words: joined, count: count)
    }

    /// A text column's codes over all parts, in one dictionary, typed by `TypeInference`.
    private func typedText(_ column: Int, _ parts: [ColumnBuilding]) throws(CSVReadingError) -> Finished {
        guard case .text(_, let dictionary) = parts[0].slots[column] else { preconditionFailure("not text") }
        // Later parts' strings join the first part's dictionary in order of appearance, which
        // keeps the codes in order of first appearance in the whole file.
        var remaps: [[Int32]] = [[]]
        for part in parts.dropFirst() {
            guard case .text(_, let partDictionary) = part.slots[column] else { preconditionFailure("not text") }
            remaps.append((0..<partDictionary.pointee.count).map {
                dictionary.pointee.code(for: partDictionary.pointee.bytes(of: Int32($0)))
            })
        }
        let count = parts.reduce(0) { $0 + $1.rowCount }
        let codes = [Int32](unsafeUninitializedCapacity: count) { destination, initialized in
            var offset = 0
            for (index, part) in parts.enumerated() {
                guard case .text(let buffer, _) = part.slots[column] else { preconditionFailure("not text") }
                let rows = part.rowCount
                if remaps[index].isEmpty {
                    for row in 0..<rows { destination[offset + row] = buffer.values[row] }
                } else {
                    remaps[index].withUnsafeBufferPointer { remap in
                        for row in 0..<rows {
                            destination[offset + row] = buffer.isValid(row) ? remap[Int(buffer.values[row])] : 0
                        }
                    }
                }
                offset += rows
            }
            initialized = count
        }
        let validity = Self.validity(parts, count: count) { part in
            guard case .text(let buffer, _) = part.slots[column] else { preconditionFailure("not text") }
            return buffer.validWords
        }
        let name = plan.names[column]
        guard dictionary.pointee.count > 0 else {
            let type = plan.requested[column] ?? .string
            return Finished(column: AnyColumn.nulls(name: name, type: type, count: count),
                            format: CSVColumnFormat(name: name, type: type))
        }
        let distinct = (0..<dictionary.pointee.count).map { dictionary.pointee.bytes(of: Int32($0)) }
        let inference = TypeInference(
            name: name, distinct: distinct, format: plan.valueFormats.format(of: name),
            requested: plan.requested[column], missingTokens: plan.valueFormats.missingTokens,
            occurrences: { Self.occurrences(codes, validity, distinct: distinct.count) },
            locate: { code in location(column, row: Self.firstRow(of: Int32(code), codes, validity)) })
        let decision = try inference.decide()
        let typed: AnyColumn
        switch decision.values {
        case .text:
            typed = AnyColumn(name: name, StringColumn(
                codes: codes, dictionary: dictionary.pointee.strings(), validity: validity))
        case .integers(let table): typed = AnyColumn(name: name, Self.mapped(table, codes, validity, decision.isMissing))
        case .doubles(let table): typed = AnyColumn(name: name, Self.mapped(table, codes, validity, decision.isMissing))
        case .bools(let table): typed = AnyColumn(name: name, Self.mapped(table, codes, validity, decision.isMissing))
        case .dates(let table): typed = AnyColumn(name: name, Self.mapped(table, codes, validity, decision.isMissing))
        }
        return Finished(column: typed, format: decision.format, warning: decision.warning)
    }

    /// Each row's value looked up by its code; rows whose code is a missing token become null.
    private static func mapped<T>(_ table: [T], _ codes: [Int32], _ validity: Validity, _ isMissing: [Bool]) -> Column<T> {
        let values = table.withUnsafeBufferPointer { table in codes.map { table[Int($0)] } }
        guard isMissing.contains(true) else { return Column(values: values, validity: validity) }
        let elements: [T?] = codes.indices.map { row in
            validity.isValid(row) && !isMissing[Int(codes[row])] ? values[row] : nil
        }
        return Column(elements, placeholder: table[0])
    }

    private static func occurrences(_ codes: [Int32], _ validity: Validity, distinct: Int) -> [Int] {
        var counts = Array(repeating: 0, count: distinct)
        for row in codes.indices where validity.isValid(row) { counts[Int(codes[row])] += 1 }
        return counts
    }

    private static func firstRow(of code: Int32, _ codes: [Int32], _ validity: Validity) -> Int {
        codes.indices.first { codes[$0] == code && validity.isValid($0) } ?? 0
    }

    /// Where record `row` of the data is: found by reading the records from the top, which only
    /// an error or a warning needs.
    private func location(_ column: Int, row: Int) -> CSVLocation {
        var tokenizer = CSVTokenizer(input: text, delimiter: plan.delimiter, path: plan.path)
        tokenizer.columnNames = plan.names
        tokenizer.expectedFieldCount = plan.names.count
        tokenizer.rewind(to: start)
        var ignoring = IgnoringVisitor()
        for _ in 0..<row { _ = try? tokenizer.readRecord(into: &ignoring) }
        var finding = LineFinding(column: column)
        _ = try? tokenizer.readRecord(into: &finding)
        return CSVLocation(path: plan.path, line: finding.line, column: column + 1, columnName: plan.names[column])
    }
}

/// Notes the line on which one column's field of a record starts.
private struct LineFinding: CSVFieldVisitor {
    let column: Int
    var line = 0

    mutating func visit(_ content: UnsafeBufferPointer<UInt8>, column: Int, line: Int) {
        if column == self.column { self.line = line }
    }
}
