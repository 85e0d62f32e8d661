import Foundation
import Frame
import QueryEngine
import QuerySyntax
import Report

/// One query file compiled and run: its results, ready to publish as a `Report`.
public struct Analysis {
    /// The query file's path.
    public let path: String
    /// The compiled query.
    public let query: CompiledQuery
    /// The result of every relation, by name.
    public let results: [String: DataFrame]
    /// Warnings from reading the data files (repaired headers).
    public let warnings: [String]
    /// The data files read, as the query names them.
    public let sources: [String]

    /// Compiles the query file at `path` with parameter overrides, without running it.
    public static func compile(path: String, overrides: [String: String] = [:]) throws(RunError) -> (CompiledQuery, DataCatalogHandle) {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .failure("cannot read the query file '\(path)': \(error.localizedDescription)")
        }
        let file = SourceFile(name: path, text: text)
        let catalog = DataCatalog(baseDirectory: URL(fileURLWithPath: path).deletingLastPathComponent())
        do {
            let syntax = try Parser.parse(file)
            let query = try Binder.bind(syntax, overrides: overrides) { try catalog.schema($0) }
            return (query, DataCatalogHandle(catalog: catalog))
        } catch {
            if let dataError = catalog.firstError { throw .data(dataError) }
            throw .query(error.rendered(in: file))
        }
    }

    /// Compiles and runs the query file at `path`.
    public static func run(path: String, overrides: [String: String] = [:]) throws(RunError) -> Analysis {
        let (query, handle) = try compile(path: path, overrides: overrides)
        var executor = Executor { source, _ in try handle.catalog.frame(source) }
        do {
            for relation in query.relations {
                _ = try executor.run(relation.plan, as: relation.name)
            }
        } catch {
            throw .failure("running '\(path)': \(error)")
        }
        return Analysis(
            path: path, query: query, results: executor.relations, warnings: handle.catalog.warnings,
            sources: handle.catalog.paths)
    }
}

/// Keeps the loaded data of a compiled query for the run that follows.
public struct DataCatalogHandle {
    let catalog: DataCatalog
}
