import Foundation
import Frame
import FrameIO
import QueryEngine

/// Loads the data files a query names, relative to the query's folder.
///
/// Binding needs each source's schema, with every column; execution needs only the columns its
/// plan reads, so the reader is asked to build those alone. The schema comes from a full read
/// of the file (types are inferred over every row, so a header alone would not do); its rows
/// are not kept. The first reading error is kept, so a run can report the data file's own line
/// and column instead of a query diagnostic.
final class DataCatalog {
    private let baseDirectory: URL
    private var schemas: [Source: Schema] = [:]
    private var frames: [Source: [[String]: DataFrame]] = [:]
    private(set) var warnings: [String] = []
    private(set) var firstError: CSVReadingError?
    /// The files read, in order, as given in the query.
    private(set) var paths: [String] = []

    init(baseDirectory: URL) { self.baseDirectory = baseDirectory }

    /// The schema of a data file named in the query: every column, with its inferred type.
    func schema(_ source: Source) throws -> Schema {
        if let schema = schemas[source] { return schema }
        let result = try read(source, columns: nil)
        warnings += result.warnings.map(\.description)
        if !paths.contains(source.path) { paths.append(source.path) }
        let schema = Schema(of: result.frame)
        schemas[source] = schema
        return schema
    }

    /// The named columns of a data file, in the order given.
    func frame(_ source: Source, columns: [String]) throws -> DataFrame {
        if let frame = frames[source]?[columns] { return frame }
        let frame = try read(source, columns: columns).frame
        frames[source, default: [:]][columns] = frame
        return frame
    }

    private func read(_ source: Source, columns: [String]?) throws -> CSVReadResult {
        if XLSXReader.isWorkbook(path: source.path) {
            let result = try readWorkbook(source, at: resolvedPath(source), columns: columns)
            if columns == nil { warnings += result.warnings.map(\.description) }
            return CSVReadResult(frame: result.frame, warnings: [])
        }
        try refuseWorkbookOptions(source)
        var options = CSVReadingOptions(
            delimiter: source.options.delimiter, types: source.options.types, columns: columns,
            encoding: source.options.encoding.flatMap(CSVEncoding.init(rawValue:)),
            skipLines: source.options.skip, renames: source.options.renames,
            badRowsPath: source.options.badRows.map(resolvedPath))
        options.nullEncodings.formUnion(source.options.nulls)
        options.valueFormats = source.options.valueFormats
        do {
            return try CSVReader.read(path: resolvedPath(source), options: options)
        } catch .fileNotFound(let path) {
            // Reported at the query's `from`, which is where the path was written.
            throw MissingSource(path: path)
        } catch {
            if firstError == nil { firstError = error }
            throw error
        }
    }

    /// A data file that is not there.
    struct MissingSource: Error, CustomStringConvertible {
        let path: String
        var description: String {
            "no file at \(path) (a path in 'from' is relative to the query file's folder)"
        }
    }

    /// The file's path: as written when absolute, else under the query's folder.
    private func resolvedPath(_ source: Source) -> String {
        resolvedPath(source.path)
    }

    /// A path named in the query: as written when absolute, else under the query's folder.
    private func resolvedPath(_ path: String) -> String {
        path.hasPrefix("/") ? path : baseDirectory.appendingPathComponent(path).path
    }
}
