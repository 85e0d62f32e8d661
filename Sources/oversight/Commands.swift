import Foundation
import FrameIO
import Reporting

/// The commands, each taking its arguments and returning the exit code.
enum Commands {
    static func run(_ arguments: [String]) throws -> ExitCode {
        let scanner = try ArgumentScanner(arguments, command: "run", options: ["--param", "--out"], flags: ["--help", "-h"])
        if scanner.flags.contains("--help") || scanner.flags.contains("-h") { return printHelp("run") }
        let queries = try queryFiles(scanner.positionals, command: "run")
        let overrides = try parameters(scanner.values("--param"), command: "run")
        let output = scanner.value("--out") ?? "Output"
        var status = ExitCode.success
        for query in queries {
            do throws(RunError) {
                let analysis = try Analysis.run(path: query, overrides: overrides)
                for warning in analysis.warnings { StandardError.print("warning: \(warning)") }
                let written = try OutputWriter.write(try analysis.report(), into: output)
                print("\(query) → \(written.folder)/")
                for file in written.files { print("  \(file)") }
            } catch {
                StandardError.print(error.description)
                if status == .success { status = error.isBadInput ? .badInput : .failure }
            }
        }
        return status
    }

    static func check(_ arguments: [String]) throws -> ExitCode {
        let scanner = try ArgumentScanner(arguments, command: "check", options: ["--param"], flags: ["--help", "-h"])
        if scanner.flags.contains("--help") || scanner.flags.contains("-h") { return printHelp("check") }
        let overrides = try parameters(scanner.values("--param"), command: "check")
        var status = ExitCode.success
        for query in try queryFiles(scanner.positionals, command: "check") {
            do throws(RunError) {
                _ = try Analysis.compile(path: query, overrides: overrides)
                print("\(query): ok")
            } catch {
                StandardError.print(error.description)
                status = error.isBadInput ? .badInput : .failure
            }
        }
        return status
    }

    static func describe(_ arguments: [String]) throws -> ExitCode {
        let scanner = try ArgumentScanner(arguments, command: "describe", options: ["--format"], flags: ["--help", "-h"])
        if scanner.flags.contains("--help") || scanner.flags.contains("-h") { return printHelp("describe") }
        guard scanner.positionals.count == 1 else {
            throw UsageError("describe takes one data file", command: "describe")
        }
        let format = scanner.value("--format") ?? "text"
        guard format == "text" || format == "json" else {
            throw UsageError("--format must be text or json, not '\(format)'", command: "describe")
        }
        let path = scanner.positionals[0]
        guard FileManager.default.fileExists(atPath: path) else {
            throw UsageError("no file at '\(path)'", command: "describe")
        }
        do {
            let result = try CSVReader.read(path: path)
            for warning in result.warnings { StandardError.print("warning: \(warning)") }
            let profiles = result.frame.profile()
            print(format == "json"
                ? DescribeOutput.json(path: path, rows: result.frame.rowCount, profiles)
                : DescribeOutput.text(path: path, rows: result.frame.rowCount, profiles))
            return .success
        } catch {
            StandardError.print(error.description)
            return .badInput
        }
    }

    static func printHelp(_ command: String?) -> ExitCode {
        print(command.flatMap { Help.commands[$0] } ?? Help.overview)
        return .success
    }

    /// The query files named on the command line; a folder stands for its `.query` files.
    private static func queryFiles(_ paths: [String], command: String) throws -> [String] {
        guard !paths.isEmpty else { throw UsageError("name a query file or a folder of them", command: command) }
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw UsageError("no file or folder at '\(path)'", command: command)
            }
            if isDirectory.boolValue {
                let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                let queries = entries.filter { $0.hasSuffix(".query") }.sorted()
                guard !queries.isEmpty else { throw UsageError("the folder '\(path)' holds no .query files", command: command) }
                files += queries.map { (path as NSString).appendingPathComponent($0) }
            } else {
                files.append(path)
            }
        }
        return files
    }

    /// `--param name=value` pairs.
    private static func parameters(_ values: [String], command: String) throws -> [String: String] {
        var result: [String: String] = [:]
        for value in values {
            guard let equals = value.firstIndex(of: "="), equals != value.startIndex else {
                throw UsageError("--param takes name=value, not '\(value)'", command: command)
            }
            result[String(value[..<equals])] = String(value[value.index(after: equals)...])
        }
        return result
    }
}
