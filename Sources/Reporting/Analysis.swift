import Foundation
import Frame
import QueryEngine
import QuerySyntax
import Report

/// One query file compiled and run: its results, ready to publish as a `Report`.
public struct Analysis {
    /// The query file's path.
    public let path: String
    /// The compiled query, as it ran (optimised unless asked otherwise).
    public let query: CompiledQuery
    /// The result of every relation, by name.
    public let results: [String: DataFrame]
    /// Warnings from reading the data files (repaired headers).
    public let warnings: [String]
    /// The data files read, as the query names them.
    public let sources: [String]

    /// Compiles the query file at `path` with parameter overrides, without running it or
    /// optimising it.
    public static func compile(path: String, overrides: [String: String] = [:]) throws(RunError) -> (CompiledQuery, DataCatalogHandle) {
        try compile(QueryText(path: path), overrides: overrides)
    }

    /// Compiles query text, without running it or optimising it.
    public static func compile(_ text: QueryText, overrides: [String: String] = [:]) throws(RunError) -> (CompiledQuery, DataCatalogHandle) {
        let catalog = DataCatalog(baseDirectory: text.baseDirectory)
        do {
            let query = try Binder.bind(try text.link(), overrides: overrides) { try catalog.schema($0) }
            return (query, DataCatalogHandle(catalog: catalog))
        } catch {
            if let dataError = catalog.firstError { throw .data(dataError) }
            throw .query(error.rendered(in: text.file))
        }
    }

    /// Compiles and runs the query file at `path`.
    public static func run(path: String, overrides: [String: String] = [:], optimizer: Optimizer? = Optimizer()) throws(RunError) -> Analysis {
        try run(QueryText(path: path), overrides: overrides, optimizer: optimizer)
    }

    /// Compiles, optimises (unless `optimizer` is `nil`) and runs query text.
    public static func run(_ text: QueryText, overrides: [String: String] = [:], optimizer: Optimizer? = Optimizer()) throws(RunError) -> Analysis {
        let (bound, handle) = try compile(text, overrides: overrides)
        let query = optimizer?.optimize(bound) ?? bound
        var executor = Executor { source, columns in try handle.catalog.frame(source, columns: columns) }
        var running = ""
        do {
            for relation in query.relations {
                running = relation.name
                _ = try executor.run(relation.plan, as: relation.name)
            }
        } catch let error as InputValueError {
            throw .value(text.renderedRunTimeError(error.message, help: [error.hint], inRelation: running))
        } catch FrameError.overflow(let column) {
            throw .value(text.renderedRunTimeError("\(FrameError.overflow(column: column))", inRelation: running))
        } catch {
            if let dataError = handle.catalog.firstError { throw .data(dataError) }
            throw .failure("running '\(text.file.name)': \(error)")
        }
        return Analysis(
            path: text.file.name, query: query, results: executor.relations, warnings: handle.catalog.warnings,
            sources: handle.catalog.paths)
    }
}

/// Keeps the loaded data of a compiled query for the run that follows.
public struct DataCatalogHandle {
    let catalog: DataCatalog
}
