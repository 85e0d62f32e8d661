import Foundation
import TestSupport

/// What one run of the `oversight` executable did: its exit status and what it printed.
struct CommandResult {
    let status: Int32
    let stdout: String
    let stderr: String

    /// The lines of stderr that state an error (`…: error: …` or `Error: …`).
    var errorLines: [Substring] {
        stderr.split(separator: "\n").filter { $0.contains(": error: ") || $0.hasPrefix("Error: ") }
    }
}

/// Runs the built `oversight` executable as a child process.
enum Oversight {
    /// The executable beside the test bundle, else `.build/debug/oversight` under the package root.
    static let executable: URL = {
        let besideTests = Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("oversight")
        if let besideTests, FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        return Fixtures.packageRoot.appendingPathComponent(".build/debug/oversight")
    }()

    /// The path of a bundled query, `Queries/<name>.query`.
    static func query(_ name: String) -> String { Fixtures.path("Queries/\(name).query") }

    /// Runs `oversight` with `arguments` from the folder `directory`.
    static func run(_ arguments: [String], in directory: URL) throws -> CommandResult {
        let capture = Fixtures.temporaryDirectory("oversight-capture")
        defer { try? FileManager.default.removeItem(at: capture) }
        let stdoutURL = capture.appendingPathComponent("stdout")
        let stderrURL = capture.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = try FileHandle(forWritingTo: stdoutURL)
        process.standardError = try FileHandle(forWritingTo: stderrURL)
        try process.run()
        process.waitUntilExit()
        return CommandResult(
            status: process.terminationStatus,
            stdout: try String(contentsOf: stdoutURL, encoding: .utf8),
            stderr: try String(contentsOf: stderrURL, encoding: .utf8))
    }
}
