import Frame
import OversightStats

extension DataFrame {
    /// Adds a row for every calendar quarter missing between the earliest and latest quarter
    /// start in `column`, then sorts by `column`.
    ///
    /// Reports show quarters with no events as zeros, never as missing rows.
    func fillingQuarters(in column: String, zero: Set<String>?) throws -> DataFrame {
        guard case .date(let days)? = self[column]?.storage else {
            throw FrameError.typeMismatch(column: column, expected: "date", found: self[column]?.dataType ?? .string)
        }
        let present = Set((0..<days.count).compactMap { days[$0] })
        guard let first = present.min(), let last = present.max() else { return self }
        var missing: [Day] = []
        var quarter = QuarterLabel.start(of: first)
        while quarter <= last {
            if !present.contains(quarter) { missing.append(quarter) }
            quarter = quarter.adding(months: 3)
        }
        return try appendingRows(AnyColumn(name: column, Column<Day>(values: missing)), zero: zero)
            .sorted(by: [SortKey(column)])
    }

    /// Adds a row for every value of `values` missing from `column`, then puts the listed values
    /// first, in list order, followed by any others in their current order.
    func completing(_ column: String, with values: [Value], zero: Set<String>?) throws -> DataFrame {
        guard let existing = self[column] else { throw FrameError.unknownColumn(column, available: columnNames) }
        let present = Set((0..<rowCount).map { existing[$0] })
        let missing = values.filter { !present.contains($0) }
        let additions: AnyColumn = switch existing.dataType {
        case .string: AnyColumn(name: column, StringColumn(missing.map { if case .string(let s) = $0 { s } else { $0.description } }))
        case .int64: AnyColumn(name: column, Column<Int64>(missing.map { if case .int(let v) = $0 { v } else { nil } }))
        default: throw FrameError.typeMismatch(column: column, expected: "text or integer", found: existing.dataType)
        }
        let completed = try appendingRows(additions, zero: zero)
        let keys = completed[column]!
        let position = Dictionary(values.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let order = (0..<completed.rowCount).sorted { a, b in
            let pa = position[keys[a]] ?? values.count
            let pb = position[keys[b]] ?? values.count
            return pa != pb ? pa < pb : a < b
        }
        return completed.gathering(order)
    }

    /// Appends one row per value of `keys` (a column of this frame), with 0 in the `zero`
    /// columns (every numeric column when `nil`) and null elsewhere.
    private func appendingRows(_ keys: AnyColumn, zero: Set<String>?) throws -> DataFrame {
        var result = DataFrame(rowCount: rowCount + keys.count)
        for existing in columns {
            let extra: AnyColumn
            if existing.name == keys.name {
                extra = keys
            } else if existing.dataType.isNumeric && (zero?.contains(existing.name) ?? true) {
                extra = .constant(existing.dataType == .int64 ? .int(0) : .double(0), count: keys.count, name: existing.name)
            } else {
                extra = .nulls(name: existing.name, type: existing.dataType, count: keys.count)
            }
            try result.append(try existing.concatenating(extra))
        }
        return result
    }
}
