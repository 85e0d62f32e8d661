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
    private var frames: [Source: DataFrame] = [:]
    private(set) var warnings: [String] = []
    private(set) var firstError: CSVReadingError?
    /// The files read, in order, as given in the query.
    private(set) var paths: [String] = []

    init(baseDirectory: URL) { self.baseDirectory = baseDirectory }

    /// The rows of a data file named in the query.
    func frame(_ source: Source) throws -> DataFrame {
        if let frame = frames[source] { return frame }
        let path = source.path
        let resolved = path.hasPrefix("/") ? path : baseDirectory.appendingPathComponent(path).path
        var options = CSVReadingOptions(types: source.options.types)
        options.nullEncodings.formUnion(source.options.nulls)
        do {
            let result = try CSVReader.read(path: resolved, options: options)
            warnings += result.warnings.map(\.description)
            frames[source] = result.frame
            if !paths.contains(path) { paths.append(path) }
            return result.frame
        } catch {
            if firstError == nil { firstError = error }
            throw error
        }
    }

    /// The schema of a data file named in the query.
    func schema(_ source: Source) throws -> Schema { Schema(of: try frame(source)) }
}
