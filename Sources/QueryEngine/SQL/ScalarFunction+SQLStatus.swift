import Frame
import OversightStats

extension ScalarFunction {
    /// `status`: the text's match key looked up among the vocabulary's keys; a text that
    /// matches none stops the statement with DuckDB's `error()`, as it stops the engine.
    static func statusSQL(_ text: String, options: FunctionOptions) throws(SQLEmissionError) -> String {
        let arms = try vocabulary(options).statusesByMatchKey.map { "WHEN \(SQLText.string($0.key)) THEN \(SQLText.string($0.status.rawValue))" }
        let unknown = "CASE WHEN \(text) IS NOT NULL THEN error('unknown status ''' || \(text) || '''') END"
        return "(CASE \(SQLMatchKey.key(text)) \(arms.joined(separator: " ")) ELSE \(unknown) END)"
    }

    /// `is_closed`: whether the text's status is one of `closed:`; null stays null.
    static func isClosedSQL(_ text: String, options: FunctionOptions) throws(SQLEmissionError) -> String {
        let status = try statusSQL(text, options: options)
        guard case .list(let names)? = options.values["closed"] else { preconditionFailure("the function has a default") }
        // Names that are not statuses close nothing, as in the engine.
        let closed = names.compactMap { name -> String? in
            guard case .string(let s) = name, ComplianceStatus(rawValue: s) != nil else { return nil }
            return SQLText.string(s)
        }
        if closed.isEmpty { return "(CASE WHEN \(status) IS NOT NULL THEN false END)" }
        return "(\(status) IN (\(closed.joined(separator: ", "))))"
    }

    /// The standard vocabulary with the `aliases:["spelling=status", …]` option added.
    private static func vocabulary(_ options: FunctionOptions) throws(SQLEmissionError) -> StatusVocabulary {
        var vocabulary = StatusVocabulary.standard
        guard case .list(let entries)? = options.values["aliases"] else { return vocabulary }
        for entry in entries {
            guard case .string(let text) = entry, let equals = text.lastIndex(of: "="),
                let status = ComplianceStatus(rawValue: String(text[text.index(after: equals)...]))
            else { throw SQLEmissionError("the alias '\(entry)' is not of the form \"spelling=status\"") }
            do {
                try vocabulary.addAlias(String(text[..<equals]), for: status)
            } catch {
                throw SQLEmissionError("\(error)")
            }
        }
        return vocabulary
    }
}
