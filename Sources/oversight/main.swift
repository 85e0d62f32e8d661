import Frame
import Foundation

/// The command line: `oversight <command> [options]`.
let arguments = Array(CommandLine.arguments.dropFirst())
let version = "oversight 0.1.0"

func main() -> ExitCode {
    guard let command = arguments.first else { return try! Commands.printHelp(nil) }
    let rest = Array(arguments.dropFirst())
    do {
        switch command {
        case "run": return try Commands.run(rest)
        case "check": return try Commands.check(rest)
        case "describe": return try Commands.describe(rest)
        case "generate": return try Commands.generate(rest)
        case "explain": return try Commands.explain(rest)
        case "sql": return try Commands.sql(rest)
        case "query": return try Commands.query(rest)
        case "help": return try Commands.printHelp(rest.first)
        case "--help", "-h": return try Commands.printHelp(nil)
        case "--version":
            print(version)
            return .success
        default:
            let known = ["run", "check", "describe", "generate", "explain", "sql", "query", "help"]
            let hint = NameSuggestion.closest(to: command, among: known).map { " Did you mean '\($0)'?" } ?? ""
            throw UsageError("unknown command '\(command)'.\(hint)")
        }
    } catch let error as UsageError {
        StandardError.print("Error: \(error.message)")
        StandardError.print("Usage: oversight \(error.command.map { "\($0) " } ?? "")…  (see 'oversight help\(error.command.map { " \($0)" } ?? "")')")
        return .usage
    } catch {
        StandardError.print("error: \(error)")
        return .failure
    }
}

exit(main().rawValue)
