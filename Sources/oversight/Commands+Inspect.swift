import Foundation
import Reporting

extension Commands {
    /// `explain FILE [--stage tokens|ast|plan|optimized]`: what each stage of compiling makes.
    static func explain(_ arguments: [String]) throws -> ExitCode {
        let scanner = try ArgumentScanner(arguments, command: "explain", options: ["--stage", "--param"], flags: ["--help", "-h"])
        if scanner.flags.contains("--help") || scanner.flags.contains("-h") { return try printHelp("explain") }
        guard scanner.positionals.count == 1 else { throw UsageError("explain takes one query file", command: "explain") }
        let stages: [ExplainStage]
        if let name = scanner.value("--stage") {
            guard let stage = ExplainStage(rawValue: name) else {
                let names = ExplainStage.allCases.map(\.rawValue)
                throw UsageError("--stage must be \(names.joined(separator: ", ")), not '\(name)'", command: "explain")
            }
            stages = [stage]
        } else {
            stages = ExplainStage.allCases
        }
        let overrides = try parameters(scanner.values("--param"), command: "explain")
        let path = try queryFile(scanner.positionals[0], command: "explain")
        return report { () throws(RunError) in
            let text = try QueryText(path: path)
            var sections: [String] = []
            for stage in stages {
                let body = try Analysis.explain(text, stage: stage, overrides: overrides)
                sections.append(stages.count == 1 ? body : "== \(stage.rawValue)\n\(body)")
            }
            print(sections.joined(separator: "\n\n"))
        }
    }

    /// `sql FILE`: the DuckDB SQL of every relation.
    static func sql(_ arguments: [String]) throws -> ExitCode {
        let scanner = try ArgumentScanner(arguments, command: "sql", options: ["--param"], flags: ["--help", "-h"])
        if scanner.flags.contains("--help") || scanner.flags.contains("-h") { return try printHelp("sql") }
        guard scanner.positionals.count == 1 else { throw UsageError("sql takes one query file", command: "sql") }
        let overrides = try parameters(scanner.values("--param"), command: "sql")
        let path = try queryFile(scanner.positionals[0], command: "sql")
        return report { () throws(RunError) in
            print(try Analysis.sql(try QueryText(path: path), overrides: overrides), terminator: "")
        }
    }

    /// `query 'PIPELINE' [--format table|csv|json]`: runs a pipeline and prints its result.
    static func query(_ arguments: [String]) throws -> ExitCode {
        let scanner = try ArgumentScanner(arguments, command: "query", options: ["--format", "--param"], flags: ["--help", "-h"])
        if scanner.flags.contains("--help") || scanner.flags.contains("-h") { return try printHelp("query") }
        guard scanner.positionals.count == 1 else {
            throw UsageError("query takes one pipeline in quotes, such as 'from \"data.csv\" | take 5'", command: "query")
        }
        let formatName = scanner.value("--format") ?? "table"
        guard let format = ResultFormat(rawValue: formatName) else {
            throw UsageError("--format must be table, csv or json, not '\(formatName)'", command: "query")
        }
        let overrides = try parameters(scanner.values("--param"), command: "query")
        let text = QueryText(
            name: "<query>", text: scanner.positionals[0],
            baseDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        return report { () throws(RunError) in
            let analysis = try Analysis.run(text, overrides: overrides)
            for warning in analysis.warnings { StandardError.print(warning) }
            guard let last = analysis.query.relations.last, let result = analysis.results[last.name] else {
                throw .failure("the query defines no relation to print; end it with a pipeline such as from \"data.csv\" | take 5")
            }
            print(format.render(result), terminator: format == .csv ? "" : "\n")
        }
    }

    /// Runs `body`, printing a failure to stderr and mapping it to its exit code.
    private static func report(_ body: () throws(RunError) -> Void) -> ExitCode {
        do {
            try body()
            return .success
        } catch {
            StandardError.print(error.description)
            return error.isBadInput ? .badInput : .failure
        }
    }

    /// A query file that exists, or a usage error.
    private static func queryFile(_ path: String, command: String) throws -> String {
        guard FileManager.default.fileExists(atPath: path) else { throw UsageError("no file at '\(path)'", command: command) }
        return path
    }
}
