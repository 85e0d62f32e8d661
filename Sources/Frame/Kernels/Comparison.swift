/// A comparison operator applied row by row to two columns.
public enum ComparisonOperator: String, Sendable, CaseIterable {
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
}

extension ComparisonOperator {
    /// Whether two operand types can be compared: numbers with numbers, otherwise equal types.
    public func accepts(_ left: DataType, _ right: DataType) -> Bool {
        left == right || (left.isNumeric && right.isNumeric)
    }

    /// Compares row by row; a null operand gives a null row, as in SQL.
    public func apply(_ left: AnyColumn, _ right: AnyColumn, name: String = "") throws(FrameError) -> Column<Bool> {
        guard accepts(left.dataType, right.dataType) else {
            throw .typeMismatch(column: name, expected: "\(left.dataType) to compare with", found: right.dataType)
        }
        let validity = left.validity.intersection(right.validity)
        switch (left.storage, right.storage) {
        case (.int64(let a), .int64(let b)): return compare(a.values, b.values, validity)
        case (.date(let a), .date(let b)): return compare(a.values, b.values, validity)
        case (.bool(let a), .bool(let b)):
            return compare(a.values.map { $0 ? 1 : 0 }, b.values.map { $0 ? 1 : 0 }, validity)
        case (.string(let a), .string(let b)):
            // Rank both dictionaries together so codes from either side compare by code points.
            let ranks = RowOrder.codePointRanks(a.dictionary + b.dictionary)
            let offset = a.dictionary.count
            return compare(a.rankedCodes(ranks), b.rankedCodes(ranks, offset: offset), validity)
        default:
            return compare(left.doubles!.values, right.doubles!.values, validity)
        }
    }

    private func compare<T: Comparable>(_ a: [T], _ b: [T], _ validity: Validity) -> Column<Bool> {
        let result: [Bool]
        switch self {
        case .equal: result = zip(a, b).map { $0 == $1 }
        case .notEqual: result = zip(a, b).map { $0 != $1 }
        case .less: result = zip(a, b).map { $0 < $1 }
        case .lessOrEqual: result = zip(a, b).map { $0 <= $1 }
        case .greater: result = zip(a, b).map { $0 > $1 }
        case .greaterOrEqual: result = zip(a, b).map { $0 >= $1 }
        }
        return Column(values: result, validity: validity)
    }
}
