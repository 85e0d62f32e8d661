import Foundation

/// An arithmetic operator applied row by row to two columns.
public enum ArithmeticOperator: String, Sendable, CaseIterable {
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case integerDivide = "//"
    case remainder = "%"
    case power = "**"
}

extension ArithmeticOperator {
    /// The result type for two operand types, or `nil` when the operator does not apply.
    ///
    /// Integers stay integers except under `/` and `**`, which give doubles; an integer and a
    /// double give a double. A date plus or minus an integer is a date; a date minus a date is
    /// an integer number of days.
    public func resultType(_ left: DataType, _ right: DataType) -> DataType? {
        switch (left, right) {
        case (.int64, .int64):
            return self == .divide || self == .power ? .double : .int64
        case (.int64, .double), (.double, .int64), (.double, .double):
            return .double
        case (.date, .int64) where self == .add || self == .subtract, (.int64, .date) where self == .add:
            return .date
        case (.date, .date) where self == .subtract:
            return .int64
        default:
            return nil
        }
    }

    /// Applies the operator row by row. A null operand, a division by zero and an integer
    /// overflow each give a null row (DuckDB gives infinity for `/` by zero and fails for `//`;
    /// a report must never show either). `//` and `%` truncate toward zero, as in DuckDB.
    public func apply(_ left: AnyColumn, _ right: AnyColumn, name: String = "") throws(FrameError) -> AnyColumn {
        guard let type = resultType(left.dataType, right.dataType) else {
            throw .typeMismatch(column: name, expected: "operands that '\(rawValue)' accepts", found: right.dataType)
        }
        let validity = left.validity.intersection(right.validity)
        switch (left.storage, right.storage, type) {
        case (.int64(let a), .int64(let b), .int64):
            return AnyColumn(name: name, integers(a.values, b.values, validity))
        case (.date(let a), .int64(let b), .date):
            let days = integers(a.values.map { Int64($0.daysSinceEpoch) }, b.values, validity)
            return AnyColumn(name: name, Column<Day>(values: days.values.map { Day(daysSinceEpoch: Int32(truncatingIfNeeded: $0)) }, validity: days.validity))
        case (.int64(let a), .date(let b), .date):
            return try ArithmeticOperator.add.apply(AnyColumn(name: name, b), AnyColumn(name: name, a), name: name)
        case (.date(let a), .date(let b), .int64):
            let values = zip(a.values, b.values).map { Int64($0.daysSinceEpoch) - Int64($1.daysSinceEpoch) }
            return AnyColumn(name: name, Column(values: values, validity: validity))
        default:
            return AnyColumn(name: name, doubles(left.doubles!.values, right.doubles!.values, validity))
        }
    }

    private func integers(_ a: [Int64], _ b: [Int64], _ validity: Validity) -> Column<Int64> {
        var valid = [Bool](repeating: true, count: a.count)
        var result = [Int64](repeating: 0, count: a.count)
        for i in a.indices {
            let (x, y) = (a[i], b[i])
            let (value, overflow): (Int64, Bool)
            switch self {
            case .add: (value, overflow) = x.addingReportingOverflow(y)
            case .subtract: (value, overflow) = x.subtractingReportingOverflow(y)
            case .multiply: (value, overflow) = x.multipliedReportingOverflow(by: y)
            case .integerDivide:
                // Truncating toward zero, as DuckDB's `//` and SQL's integer division do.
                if y == 0 { (value, overflow) = (0, true) } else { (value, overflow) = x.dividedReportingOverflow(by: y) }
            case .remainder:
                if y == 0 { (value, overflow) = (0, true) } else { (value, overflow) = x.remainderReportingOverflow(dividingBy: y) }
            case .divide, .power: preconditionFailure("integer division and power give doubles")
            }
            result[i] = value
            valid[i] = !overflow && validity.isValid(i)
        }
        return Column(values: result, validity: Validity(valid))
    }

    private func doubles(_ a: [Double], _ b: [Double], _ validity: Validity) -> Column<Double> {
        var valid = [Bool](repeating: true, count: a.count)
        var result = [Double](repeating: 0, count: a.count)
        for i in a.indices {
            let (x, y) = (a[i], b[i])
            let value: Double
            switch self {
            case .add: value = x + y
            case .subtract: value = x - y
            case .multiply: value = x * y
            case .divide: value = x / y
            case .integerDivide: value = (x / y).rounded(.towardZero)
            case .remainder: value = x.truncatingRemainder(dividingBy: y)
            case .power: value = pow(x, y)
            }
            result[i] = value.isFinite ? value : 0
            valid[i] = value.isFinite && validity.isValid(i)
        }
        return Column(values: result, validity: Validity(valid))
    }
}
