import Foundation
import Frame
import FrameIO

/// Helpers shared by the FrameIO tests: inline CSV text, temporary files, the real data files.
enum Fixtures {
    /// Reads inline CSV text under the name `t.csv`.
    static func read(
        _ text: String, options: CSVReadingOptions = CSVReadingOptions()
    ) throws(CSVReadingError) -> CSVReadResult {
        try CSVReader.read(string: text, sourceName: "t.csv", options: options)
    }

    /// The error that reading `text` throws, or `nil` when it reads.
    static func error(
        _ text: String, options: CSVReadingOptions = CSVReadingOptions()
    ) -> CSVReadingError? {
        do {
            _ = try read(text, options: options)
            return nil
        } catch {
            return error
        }
    }

    /// A new empty directory under the system's temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("frameio-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The path of a real data file: `Queries/data/` when the file was copied there, else the
    /// shared data folder next to the package.
    static func dataFile(_ name: String) -> String {
        let copied = packageRoot.appendingPathComponent("Queries/data/\(name)").path
        if FileManager.default.fileExists(atPath: copied) { return copied }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/\(name)")
            .path
    }

    /// The column named `name` as typed values, or `nil` if it is missing or of another type.
    static func integers(_ frame: DataFrame, _ name: String) -> [Int64?]? {
        guard case .int64(let column)? = frame[name]?.storage else { return nil }
        return (0..<column.count).map { column[$0] }
    }

    static func doubles(_ frame: DataFrame, _ name: String) -> [Double?]? {
        guard case .double(let column)? = frame[name]?.storage else { return nil }
        return (0..<column.count).map { column[$0] }
    }

    static func strings(_ frame: DataFrame, _ name: String) -> [String?]? {
        guard case .string(let column)? = frame[name]?.storage else { return nil }
        return (0..<column.count).map { column[$0] }
    }

    static func dates(_ frame: DataFrame, _ name: String) -> [String?]? {
        guard case .date(let column)? = frame[name]?.storage else { return nil }
        return (0..<column.count).map { column[$0]?.description }
    }

    static func bools(_ frame: DataFrame, _ name: String) -> [Bool?]? {
        guard case .bool(let column)? = frame[name]?.storage else { return nil }
        return (0..<column.count).map { column[$0] }
    }
}
