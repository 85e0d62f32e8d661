import QueryEngine
import QuerySyntax

extension Analysis {
    /// What one stage of compiling `text` produces, rendered deterministically.
    public static func explain(_ text: QueryText, stage: ExplainStage, overrides: [String: String] = [:]) throws(RunError) -> String {
        switch stage {
        case .tokens:
            do {
                return try text.tokens().map(\.description).joined(separator: "\n")
            } catch {
                throw .query(error.rendered(in: text.file))
            }
        case .ast:
            do {
                return try text.parse().description
            } catch {
                throw .query(error.rendered(in: text.file))
            }
        case .plan, .optimized:
            let (bound, _) = try compile(text, overrides: overrides)
            let query = stage == .optimized ? Optimizer().optimize(bound) : bound
            return query.relations.map { "let \($0.name) =\n\(indented($0.plan.description))" }.joined(separator: "\n\n")
        }
    }

    /// The DuckDB SQL of every relation of `text`, with data paths as seen from the current folder.
    public static func sql(_ text: QueryText, overrides: [String: String] = [:]) throws(RunError) -> String {
        let (query, _) = try compile(text, overrides: overrides)
        do {
            return try SQLEmitter { text.displayPath($0.path) }.script(for: query)
        } catch {
            throw .failure("cannot translate '\(text.file.name)' to SQL: \(error)")
        }
    }

    private static func indented(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
    }
}
