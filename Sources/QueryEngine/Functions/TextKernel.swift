import Frame

/// Runs a text function a column at a time: once per distinct string of the first argument when
/// the other arguments are constants (the usual `contains name "U"`), else row by row on the
/// dictionaries' strings. A null argument gives a null row.
enum TextKernel {
    /// A text result, dictionary-encoded.
    static func text(_ args: [AnyColumn], _ transform: ([String], [Int64]) -> String) -> AnyColumn {
        let text = strings(args[0])
        if let (pieces, numbers) = constants(args.dropFirst()) {
            guard let pieces, let numbers else { return .nulls(name: "", type: .string, count: text.count) }
            return AnyColumn(name: "", text.mappingEntries { transform([$0] + pieces, numbers) })
        }
        var builder = StringColumnBuilder()
        for row in 0..<text.count {
            builder.append(arguments(args, row).map { transform($0.0, $0.1) })
        }
        return AnyColumn(name: "", builder.finish())
    }

    /// A typed result, such as a flag or a count.
    static func values<T: Sendable>(
        _ args: [AnyColumn], placeholder: T, _ transform: ([String], [Int64]) -> T
    ) -> Column<T> {
        let text = strings(args[0])
        if let (pieces, numbers) = constants(args.dropFirst()) {
            guard let pieces, let numbers else {
                return Column(values: [T](repeating: placeholder, count: text.count), validity: Validity(allNull: text.count))
            }
            return text.mappingEntries(placeholder: placeholder) { transform([$0] + pieces, numbers) }
        }
        var values = [T](repeating: placeholder, count: text.count)
        var valid = [Bool](repeating: false, count: text.count)
        for row in 0..<text.count {
            if let (strings, numbers) = arguments(args, row) {
                values[row] = transform(strings, numbers)
                valid[row] = true
            }
        }
        return Column(values: values, validity: Validity(valid))
    }

    /// The texts and the integers of the other arguments when every one holds a single value
    /// on every row; `(nil, nil)` when one of them is null throughout.
    private static func constants(_ columns: ArraySlice<AnyColumn>) -> ([String]?, [Int64]?)? {
        var pieces: [String] = [], numbers: [Int64] = []
        var anyNull = false
        for column in columns {
            if column.count > 0 && column.nullCount == column.count { anyNull = true; continue }
            guard column.nullCount == 0 else { return nil }
            switch column.storage {
            case .string(let c):
                guard let first = c.codes.first, c.codes.allSatisfy({ $0 == first }) else { return c.count == 0 ? (nil, nil) : nil }
                pieces.append(c.dictionary[Int(first)])
            case .int64(let c):
                guard let first = c.values.first, c.values.allSatisfy({ $0 == first }) else { return c.count == 0 ? (nil, nil) : nil }
                numbers.append(first)
            default:
                preconditionFailure("text functions take text and integers")
            }
        }
        return anyNull ? (nil, nil) : (pieces, numbers)
    }

    /// The row's texts and integers, or `nil` when one is null.
    private static func arguments(_ args: [AnyColumn], _ row: Int) -> ([String], [Int64])? {
        var strings: [String] = [], numbers: [Int64] = []
        for column in args {
            switch column.storage {
            case .string(let c):
                guard let s = c[row] else { return nil }
                strings.append(s)
            case .int64(let c):
                guard let n = c[row] else { return nil }
                numbers.append(n)
            default:
                preconditionFailure("text functions take text and integers")
            }
        }
        return (strings, numbers)
    }

    private static func strings(_ column: AnyColumn) -> StringColumn {
        guard case .string(let text) = column.storage else { preconditionFailure("the signature checks text") }
        return text
    }
}
