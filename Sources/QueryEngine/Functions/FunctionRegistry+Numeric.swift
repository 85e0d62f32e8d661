import Foundation
import Frame

extension FunctionRegistry {
    static let numeric: [ScalarFunction] = [
        function(
            "least", "The smaller of two numbers; null if either is null.", [("a", numbers), ("b", numbers)],
            returns: { $0.allSatisfy { $0 == .int64 } ? .int64 : .double },
            kernel: { args, _ in pairwise(args, min) }),
        function(
            "greatest", "The larger of two numbers; null if either is null.", [("a", numbers), ("b", numbers)],
            returns: { $0.allSatisfy { $0 == .int64 } ? .int64 : .double },
            kernel: { args, _ in pairwise(args, max) }),
        function(
            "round", "A number rounded half away from zero to a number of decimals: `round 2 x`.",
            [("decimals", [.int64]), ("x", numbers)], returns: { _ in .double },
            kernel: { args, _ in
                RowWise.doubles(args[1].count) { row in
                    guard let places = args[0].integer(at: row), let x = args[1].double(at: row) else { return nil }
                    let scale = pow(10, Double(places))
                    return (x * scale).rounded(.toNearestOrAwayFromZero) / scale
                }
            }),
        function(
            "abs", "The absolute value.", [("x", numbers)], returns: { $0[0] },
            kernel: { args, _ in
                args[0].dataType == .int64
                    ? RowWise.integers(args[0].count) { args[0].integer(at: $0).map { $0.magnitude > Int64.max.magnitude ? nil : abs($0) } ?? nil }
                    : RowWise.doubles(args[0].count) { args[0].double(at: $0).map(abs) }
            }),
    ]

    private static func pairwise(_ args: [AnyColumn], _ pick: (Double, Double) -> Double) -> AnyColumn {
        let count = args[0].count
        if args.allSatisfy({ $0.dataType == .int64 }) {
            return RowWise.integers(count) { row in
                guard let a = args[0].integer(at: row), let b = args[1].integer(at: row) else { return nil }
                return pick(Double(a), Double(b)) == Double(a) ? a : b
            }
        }
        return RowWise.doubles(count) { row in
            guard let a = args[0].double(at: row), let b = args[1].double(at: row) else { return nil }
            return pick(a, b)
        }
    }
}
