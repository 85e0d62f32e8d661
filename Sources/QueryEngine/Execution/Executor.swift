import Frame
import FrameIO

/// Runs logical plans, keeping the results of named relations for later references.
public struct Executor {
    /// The results of `let` relations computed so far, by name.
    public private(set) var relations: [String: DataFrame] = [:]
    /// Reads a data file, given the columns the plan uses; the reporting layer supplies it.
    let read: (Source, [String]) throws -> DataFrame

    public init(read: @escaping (Source, [String]) throws -> DataFrame) {
        self.read = read
    }

    /// Runs `plan` and, when `name` is given, keeps its result for references to that name.
    public mutating func run(_ plan: LogicalPlan, as name: String? = nil) throws -> DataFrame {
        let result = try execute(plan)
        if let name { relations[name] = result }
        return result
    }

    private func execute(_ plan: LogicalPlan) throws -> DataFrame {
        switch plan {
        case .scan(let source, let columns, _):
            return try read(source, columns)
        case .reference(let name, _):
            guard let frame = relations[name] else { preconditionFailure("the binder orders relations") }
            return frame
        case .filter(let input, let predicate):
            let frame = try execute(input)
            return frame.filtered(by: try Evaluator(frame: frame, grouping: nil).booleans(predicate))
        case .derive(let input, let items, _):
            var frame = try execute(input)
            for item in items {
                // Each derived column can use the ones before it.
                let column = try Evaluator(frame: frame, grouping: nil).evaluate(item.expr, name: item.name)
                try frame.set(column)
            }
            return frame
        case .select(let input, let items, _):
            let frame = try execute(input)
            let evaluator = Evaluator(frame: frame, grouping: nil)
            var result = DataFrame(rowCount: frame.rowCount)
            for item in items { try result.append(try evaluator.evaluate(item.expr, name: item.name)) }
            return result
        case .aggregate(let input, let keys, let values, _):
            var frame = try execute(input)
            var keyNames: [String] = []
            for (index, key) in keys.enumerated() {
                let name = "\u{1}key\(index)"
                try frame.set(try Evaluator(frame: frame, grouping: nil).evaluate(key.expr, name: name))
                keyNames.append(name)
            }
            let grouping = try RowGrouping(frame, keys: keyNames)
            var result = DataFrame(rowCount: grouping.groupCount)
            for (key, name) in zip(keys, keyNames) {
                try result.append(frame[name]!.gathering(grouping.firstRows).renamed(key.name))
            }
            let evaluator = Evaluator(frame: frame, grouping: grouping)
            for value in values { try result.append(try evaluator.evaluate(value.expr, name: value.name)) }
            return result
        case .sort(let input, let keys):
            return try execute(input).sorted(by: keys)
        case .take(let input, let offset, let count):
            let frame = try execute(input)
            return frame.slice(offset: offset, count: count ?? frame.rowCount)
        case .join(let left, let right, let keys, let kind, _):
            return try execute(left).joined(try execute(right), on: keys, kind: kind)
        case .asOfJoin(let left, let right, let condition, _):
            return try execute(left).joinedAsOf(
                try execute(right), on: condition.on, by: condition.by, direction: condition.direction,
                tolerance: condition.tolerance)
        case .append(let top, let bottom, let schema):
            // A side may hold more columns than the result (a whole earlier relation).
            return try DataFrame(concatenating: [try execute(top), try execute(bottom)]).selecting(schema.names)
        case .fillQuarters(let input, let column, let zero):
            return try execute(input).fillingQuarters(in: column, zero: zero.map(Set.init))
        case .survival(let input, let duration, let event, let options):
            let frame = try execute(input)
            let evaluator = Evaluator(frame: frame, grouping: nil)
            return try DataFrame.survival(
                durations: try evaluator.evaluate(duration), events: try evaluator.booleans(event), options: options)
        case .complete(let input, let column, let values, let zero):
            return try execute(input).completing(column, with: values, zero: zero.map(Set.init))
        }
    }
}
