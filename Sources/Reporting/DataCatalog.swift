import Foundation
import Frame
import FrameIO
import QueryEngine

/// Loads the data files a query names, once each, relative to the query file's folder.
///
/// Binding needs each source's schema and execution needs its rows, so the first load keeps the
/// frame for both. The first reading error is kept, so a run can report the data file's own
/// line and column instead of a query diagnostic.
final class DataCatalog {
    private let baseDirectory: URL
    private var frames: [String: DataFrame] = [:]
    private(set) var warnings: [String] = []
    private(set) var firstError: CSVReadingError?
    /// The files read, in order, as given in the query.
    private(set) var paths: [String] = []

    init(baseDirectory: URL) { self.baseDirectory = baseDirectory }

    /// The rows of the file at `path` (as written in the query).
    func frame(_ path: String) throws -> DataFrame {
        if let frame = frames[path] { return frame }
        let resolved = path.hasPrefix("/") ? path : baseDirectory.appendingPathComponent(path).path
        do {
            let result = try CSVReader.read(path: resolved)
            warnings += result.warnings.map(\.description)
            frames[path] = result.frame
            paths.append(path)
            return result.frame
        } catch {
            if firstError == nil { firstError = error }
            throw error
        }
    }

    /// The schema of the file at `path`.
    func schema(_ path: String) throws -> Schema { Schema(of: try frame(path)) }
}
