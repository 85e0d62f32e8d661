import Foundation
import Reporting

extension Commands {
    /// `oversight generate`: writes a synthetic PPN-style data set.
    static func generate(_ arguments: [String]) throws -> ExitCode {
        let scanner = try ArgumentScanner(
            arguments, command: "generate", options: ["--recommendations", "--seed", "--out"], flags: ["--help", "-h"])
        if scanner.flags.contains("--help") || scanner.flags.contains("-h") { return try printHelp("generate") }
        guard scanner.positionals.isEmpty else {
            throw UsageError("generate takes no file names; use --out DIR", command: "generate")
        }
        let countText = scanner.value("--recommendations") ?? "5000"
        guard let count = Int(countText), count >= 0 else {
            throw UsageError("--recommendations takes a whole number, not '\(countText)'", command: "generate")
        }
        let seedText = scanner.value("--seed") ?? "1"
        guard let seed = UInt64(seedText) else {
            throw UsageError("--seed takes a whole number, not '\(seedText)'", command: "generate")
        }
        let directory = scanner.value("--out") ?? "Output/sintetico"
        let dataset = SyntheticDataset(recommendations: count, seed: seed)
        do {
            for path in try dataset.write(to: directory) { print(path) }
        } catch {
            StandardError.print("error: cannot write the data set into '\(directory)': \(error)")
            return .failure
        }
        return .success
    }
}
