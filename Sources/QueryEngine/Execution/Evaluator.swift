import Frame

/// Evaluates bound expressions a column at a time over a frame.
///
/// In row mode every expression gives one value per input row, and an aggregate gives the
/// total over the whole frame, repeated. In grouped mode (inside `aggregate`) expressions give
/// one value per group: aggregates reduce each group, and key columns take each group's value.
struct Evaluator {
    let frame: DataFrame
    let grouping: RowGrouping?

    /// The number of values each expression produces.
    var outputCount: Int { grouping?.groupCount ?? frame.rowCount }

    func evaluate(_ expr: BoundExpr, name: String = "") throws -> AnyColumn {
        switch expr {
        case .column(let index, _, _):
            let column = frame.columns[index]
            return (grouping.map { column.gathering($0.firstRows) } ?? column).renamed(name)
        case .constant(let value, let type):
            return .constant(value, count: outputCount, nullType: type, name: name)
        case .arithmetic(let op, let a, let b, _):
            return try op.apply(evaluate(a), evaluate(b), name: name)
        case .comparison(let op, let a, let b):
            return AnyColumn(name: name, try op.apply(evaluate(a), evaluate(b), name: name))
        case .and(let a, let b):
            return AnyColumn(name: name, Logic.and(try booleans(a), try booleans(b)))
        case .or(let a, let b):
            return AnyColumn(name: name, Logic.or(try booleans(a), try booleans(b)))
        case .not(let a):
            return AnyColumn(name: name, Logic.not(try booleans(a)))
        case .isNull(let a):
            return AnyColumn(name: name, Logic.isNull(try evaluate(a).validity))
        case .coalesce(let items, _):
            let columns = try items.map { try evaluate($0) }
            let picks = (0..<outputCount).map { row in
                Int32(columns.firstIndex { !$0.isNull(at: row) } ?? -1)
            }
            return try .choosing(from: columns, picks: picks, name: name)
        case .caseWhen(let arms, _):
            let conditions = try arms.map { try booleans($0.condition) }
            let values = try arms.map { try evaluate($0.value) }
            let picks = (0..<outputCount).map { row in
                Int32(conditions.firstIndex { $0[row] == true } ?? -1)
            }
            return try .choosing(from: values, picks: picks, name: name)
        case .call(let function, let args, let options, _):
            return try function.kernel(try args.map { try evaluate($0) }, options).renamed(name)
        case .format(let pieces):
            let parts = try pieces.map { piece -> AnyColumn? in
                if case .value(let e) = piece { return try evaluate(e) } else { return nil }
            }
            var builder = StringColumnBuilder()
            for row in 0..<outputCount {
                var text = ""
                for (piece, column) in zip(pieces, parts) {
                    switch piece {
                    case .text(let t): text += t
                    case .value: text += column.map { display($0[row]) } ?? ""
                    }
                }
                builder.append(text)
            }
            return AnyColumn(name: name, builder.finish())
        case .aggregate(let function, let arguments, _):
            return try aggregate(function, arguments, name: name)
        case .window(let call, _):
            precondition(grouping == nil, "the binder keeps window functions out of aggregates")
            return try window(call).renamed(name)
        }
    }

    /// Evaluates a boolean expression.
    func booleans(_ expr: BoundExpr) throws -> Column<Bool> {
        guard case .bool(let column) = try evaluate(expr).storage else {
            preconditionFailure("the binder checks that conditions are boolean")
        }
        return column
    }

    private func aggregate(_ function: AggregateFunction, _ arguments: [BoundExpr], name: String) throws -> AnyColumn {
        // The arguments are evaluated per input row, then reduced per group.
        let rowLevel = Evaluator(frame: frame, grouping: nil)
        var input = try arguments.map { try rowLevel.evaluate($0) }
        if input.isEmpty { input = [AnyColumn.constant(.bool(true), count: frame.rowCount)] }
        if let grouping {
            return try grouping.aggregate(input, function, name: name)
        }
        let whole = try RowGrouping(frame, keys: [])
        let total = try whole.aggregate(input, function, name: name)
        return total.gathering([Int](repeating: 0, count: frame.rowCount))
    }

    /// How a value reads inside an f-string: numbers in full, with thousands separators for
    /// none, null as an empty string.
    private func display(_ value: Value) -> String {
        value == .null ? "" : value.description
    }
}
