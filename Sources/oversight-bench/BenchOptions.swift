/// The command line of `oversight-bench`.
struct BenchOptions {
    /// The group-by table, `G1_1e7_1e2_0_0.csv` or a smaller one of the same shape.
    var groupByPath: String
    /// The folder with the join tables `J1_<n>_NA_0_0.csv`, `J1_<n>_1e1_0_0.csv` and so on.
    var joinDirectory: String?
    /// Where to write each answer as CSV, for checking against DuckDB.
    var checkDirectory: String?
    /// Threads for the kernels.
    var threads = 2
    /// Runs per question; the best time counts.
    var runs = 2
    /// The questions to ask (`q1`, `j2`, …); `nil` asks all of them.
    var questions: Set<String>?

    /// Whether to ask the question named `name`.
    func asks(_ name: String) -> Bool { questions?.contains(name) ?? true }

    static let usage = """
        usage: oversight-bench FILE.csv [--threads N] [--runs N] [--check DIR] [--join DIR] [--only q1,q2,...]
          Times loading FILE.csv and the db-benchmark group-by questions q1-q10; with --join, also
          the join questions on the J1_* tables in DIR. Prints engine<TAB>step<TAB>seconds.
        """

    init(arguments: [String]) throws(BenchError) {
        var positional: [String] = []
        var iterator = arguments.makeIterator()
        func value(_ flag: String) throws(BenchError) -> String {
            guard let text = iterator.next() else { throw .usage("\(flag) needs a value") }
            return text
        }
        while let argument = iterator.next() {
            switch argument {
            case "--threads":
                guard let n = Int(try value(argument)), n > 0 else { throw .usage("--threads needs a positive number") }
                threads = n
            case "--runs":
                guard let n = Int(try value(argument)), n > 0 else { throw .usage("--runs needs a positive number") }
                runs = n
            case "--only": questions = Set(try value(argument).split(separator: ",").map(String.init))
            case "--check": checkDirectory = try value(argument)
            case "--join": joinDirectory = try value(argument)
            case "-h", "--help": throw .usage(nil)
            default:
                if argument.hasPrefix("-") { throw .usage("unknown option \(argument)") }
                positional.append(argument)
            }
        }
        guard positional.count == 1 else { throw .usage("expected one CSV file") }
        groupByPath = positional[0]
    }
}

/// Why the benchmark stopped.
enum BenchError: Error, CustomStringConvertible {
    case usage(String?)
    case failed(String)

    var description: String {
        switch self {
        case .usage(let problem): (problem.map { "error: \($0)\n" } ?? "") + BenchOptions.usage
        case .failed(let message): "error: \(message)"
        }
    }
}
