extension AnyColumn {
    /// The sum of the values up to and including each row, in row order: integers stay
    /// integers, doubles accumulate with compensation. Nulls add nothing; rows before the first
    /// value are null, as SQL's `sum(x) OVER (ROWS UNBOUNDED PRECEDING)`.
    public func runningSum(name: String = "") -> AnyColumn {
        switch storage {
        case .int64(let column):
            var total: Int64 = 0
            var seen = false
            let values = (0..<column.count).map { row -> Int64? in
                if let value = column[row] {
                    total &+= value
                    seen = true
                }
                return seen ? total : nil
            }
            return AnyColumn(name: name, Column<Int64>(values))
        default:
            guard let column = doubles else { preconditionFailure("the binder checks for numbers") }
            var total = CompensatedSum()
            var seen = false
            let values = (0..<column.count).map { row -> Double? in
                if let value = column[row] {
                    total.add(value)
                    seen = true
                }
                return seen ? total.value : nil
            }
            return AnyColumn(name: name, Column<Double>(values))
        }
    }
}
