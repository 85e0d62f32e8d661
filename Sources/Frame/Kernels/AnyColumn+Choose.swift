extension AnyColumn {
    /// A column whose row *i* is row *i* of `sources[picks[i]]`, or null where `picks[i]` is
    /// negative. The sources must share one type (integers mix with doubles, giving doubles).
    ///
    /// This is the kernel behind `coalesce`, `??` and `case`.
    public static func choosing(
        from sources: [AnyColumn], picks: [Int32], name: String = ""
    ) throws(FrameError) -> AnyColumn {
        precondition(!sources.isEmpty, "choosing needs at least one source")
        var type = sources[0].dataType
        for source in sources.dropFirst() where source.dataType != type {
            if source.dataType.isNumeric && type.isNumeric { type = .double } else {
                throw .typeMismatch(column: name, expected: type.description, found: source.dataType)
            }
        }
        let valid = picks.enumerated().map { row, pick in pick >= 0 && sources[Int(pick)].validity.isValid(row) }
        let validity = Validity(valid)
        func pickValues<T>(_ columns: [Column<T>], placeholder: T) -> Column<T> {
            Column(values: picks.enumerated().map { row, pick in pick >= 0 ? columns[Int(pick)].values[row] : placeholder }, validity: validity)
        }
        switch type {
        case .int64:
            return AnyColumn(name: name, pickValues(sources.map { if case .int64(let c) = $0.storage { c } else { preconditionFailure() } }, placeholder: 0))
        case .double:
            return AnyColumn(name: name, pickValues(sources.map { $0.doubles! }, placeholder: 0))
        case .bool:
            return AnyColumn(name: name, pickValues(sources.map { if case .bool(let c) = $0.storage { c } else { preconditionFailure() } }, placeholder: false))
        case .date:
            return AnyColumn(name: name, pickValues(sources.map { if case .date(let c) = $0.storage { c } else { preconditionFailure() } }, placeholder: Day(daysSinceEpoch: 0)))
        case .string:
            let columns = sources.map { if case .string(let c) = $0.storage { c } else { preconditionFailure() } }
            var builder = StringColumnBuilder()
            for (row, pick) in picks.enumerated() {
                builder.append(pick >= 0 ? columns[Int(pick)][row] : nil)
            }
            return AnyColumn(name: name, builder.finish())
        }
    }
}
