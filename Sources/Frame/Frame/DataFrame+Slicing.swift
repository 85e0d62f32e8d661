extension DataFrame {
    /// The first `count` rows (all of them when there are fewer).
    public func head(_ count: Int = 10) -> DataFrame {
        slice(offset: 0, count: count)
    }

    /// The last `count` rows (all of them when there are fewer), in order.
    public func tail(_ count: Int = 10) -> DataFrame {
        slice(offset: rowCount - max(0, count), count: count)
    }

    /// The rows at the positions of `range`, cut to the rows the frame has.
    ///
    ///     frame.slice(2..<5)   // rows 2, 3 and 4
    ///     frame.slice(10...)   // every row from the eleventh
    public func slice<R: RangeExpression>(_ range: R) -> DataFrame where R.Bound == Int {
        let positions = range.relative(to: 0..<Int.max)
        let start = min(max(0, positions.lowerBound), rowCount)
        return gathering(Array(start..<max(start, min(rowCount, positions.upperBound))))
    }
}
