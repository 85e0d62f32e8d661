import Foundation
import Frame
import FrameIO
import Reporting

/// The commands, each taking its arguments and returning the exit code.
enum Commands {
    static func run(_ arguments: [String]) throws -> ExitCode {
        let scanner = try ArgumentScanner(arguments, command: "run", options: ["--param", "--out"], flags: ["--help", "-h"])
        if scanner.flags.contains("--help") || scanner.flags.contains("-h") { return try printHelp("run") }
        let queries = try queryFiles(scanner.positionals, command: "run")
        let overrides = try parameters(scanner.values("--param"), command: "run")
        let output = scanner.value("--out") ?? "Output"
        var status = ExitCode.success
        for query in queries {
            do throws(RunError) {
                let analysis = try Analysis.run(path: query, overrides: overrides)
                for warning in analysis.warnings { StandardError.print(warning) }
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
        if scanner.flags.contains("--help") || scanner.flags.contains("-h") { return try printHelp("check") }
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
        let scanner = try ArgumentScanner(
            arguments, command: "describe",
            options: ["--format", "--delimiter", "--encoding", "--skip", "--bad-rows", "--sheet"], flags: ["--help", "-h"])
        if scanner.flags.contains("--help") || scanner.flags.contains("-h") { return try printHelp("describe") }
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
        if XLSXReader.isWorkbook(path: path) { return describeWorkbook(path, sheet: scanner.value("--sheet"), format: format) }
        if scanner.value("--sheet") != nil {
            throw UsageError("--sheet picks a sheet of an .xlsx workbook; '\(path)' is read as CSV text", command: "describe")
        }
        let options = try describeReadingOptions(scanner)
        do {
            let result = try readForDescribe(path, options: options)
            for warning in result.warnings { StandardError.print(warning.description) }
            let profiles = result.frame.profile()
            print(format == "json"
                ? DescribeOutput.json(
                    path: path, rows: result.frame.rowCount, profiles, format: result.format,
                    columnFormats: result.columnFormats)
                : DescribeOutput.text(
                    path: path, rows: result.frame.rowCount, profiles, format: result.format,
                    columnFormats: result.columnFormats))
            return .success
        } catch {
            StandardError.print(error.description)
            return .badInput
        }
    }

    /// Reads a file to describe it: a column of dates with a few other values is shown as text,
    /// with a warning that lists them, instead of stopping as a query's read does.
    private static func readForDescribe(_ path: String, options given: CSVReadingOptions) throws(CSVReadingError) -> CSVReadResult {
        var options = given
        while true {
            do {
                return try CSVReader.read(path: path, options: options)
            } catch {
                guard case .notADate(let location, _, _, _, _) = error, let column = location.columnName,
                    options.types[column] == nil
                else { throw error }
                StandardError.print("warning: column '\(column)' is shown as text: \(error.message)")
                options.types[column] = .string
            }
        }
    }

    /// The reading options `describe` was given: `--delimiter`, `--encoding`, `--skip`, `--bad-rows`.
    private static func describeReadingOptions(_ scanner: ArgumentScanner) throws -> CSVReadingOptions {
        var options = CSVReadingOptions(delimiter: try delimiterOption(scanner.value("--delimiter")))
        if let name = scanner.value("--encoding") {
            guard let encoding = CSVEncoding(rawValue: name) else {
                throw UsageError("--encoding must be \(CSVEncoding.names.joined(separator: ", ")), not '\(name)'", command: "describe")
            }
            options.encoding = encoding
        }
        if let text = scanner.value("--skip") {
            guard let lines = Int(text), lines >= 0 else {
                throw UsageError("--skip takes the number of lines above the header (0 or more), not '\(text)'", command: "describe")
            }
            options.skipLines = lines
        }
        options.badRowsPath = scanner.value("--bad-rows")
        return options
    }

    /// The `--delimiter` value: one character, `\t` (or `tab`) for a tab; `nil` (found from the file) by default.
    private static func delimiterOption(_ text: String?) throws -> Character? {
        guard let text else { return nil }
        let character: Character? = text == "\\t" || text == "tab" ? "\t" : (text.count == 1 ? text.first : nil)
        guard let character, character.isASCII, character != "\"", character != "\n", character != "\r" else {
            throw UsageError("--delimiter takes one character, such as ';', '|' or \\t, not '\(text)'", command: "describe")
        }
        return character
    }

    static func printHelp(_ command: String?) throws -> ExitCode {
        guard let command else {
            print(Help.overview)
            return .success
        }
        guard let text = Help.commands[command] else {
            let hint = NameSuggestion.closest(to: command, among: Array(Help.commands.keys)).map { " Did you mean '\($0)'?" } ?? ""
            throw UsageError("no command '\(command)'.\(hint)", command: "help")
        }
        print(text)
        return .success
    }

    /// The query files named on the command line; a folder stands for its `.query` files.
    private static func queryFiles(_ paths: [String], command: String) throws -> [String] {
        let files = try expandQueryFiles(paths, command: command)
        // Each query writes a folder named after it; two with one name would overwrite each other.
        var seen: [String: String] = [:]
        for file in files {
            let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            if let other = seen[name] {
                throw UsageError("'\(other)' and '\(file)' would both write the folder '\(name)'; run them with different --out folders", command: command)
            }
            seen[name] = file
        }
        return files
    }

    private static func expandQueryFiles(_ paths: [String], command: String) throws -> [String] {
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
                // A definitions file that another query includes runs through that query.
                files += QueryText.reportFiles(among: queries.map { (path as NSString).appendingPathComponent($0) })
            } else {
                guard path.hasSuffix(".query") else {
                    throw UsageError("'\(path)' is not a query file (they end in .query); to look at a data file, use: oversight describe \(path)", command: command)
                }
                files.append(path)
            }
        }
        return files
    }

    /// `--param name=value` pairs.
    static func parameters(_ values: [String], command: String) throws -> [String: String] {
        var result: [String: String] = [:]
        for value in values {
            guard let equals = value.firstIndex(of: "="), equals != value.startIndex else {
                throw UsageError("--param takes name=value, not '\(value)'", command: command)
            }
            let name = String(value[..<equals])
            guard result[name] == nil else {
                throw UsageError("--param \(name) is given twice", command: command)
            }
            result[name] = String(value[value.index(after: equals)...])
        }
        return result
    }
}
