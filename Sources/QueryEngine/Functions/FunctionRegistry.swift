import Frame
import OversightStats

/// The functions the language knows, by name.
public struct FunctionRegistry: Sendable {
    private var functions: [String: ScalarFunction] = [:]

    /// The standard library: arithmetic helpers, dates, text, conversions and the oversight statistics.
    public static let standard: FunctionRegistry = {
        var registry = FunctionRegistry()
        for function in FunctionRegistry.numeric + FunctionRegistry.dates + FunctionRegistry.calendar
            + FunctionRegistry.text + FunctionRegistry.conversions + FunctionRegistry.oversight
            + FunctionRegistry.statistics
        {
            registry.functions[function.name] = function
        }
        return registry
    }()

    /// The function named `name`, if any.
    public func function(named name: String) -> ScalarFunction? { functions[name] }

    /// Every function name, sorted.
    public var names: [String] { functions.keys.sorted() }
}

extension FunctionRegistry {
    /// Builds a function whose arguments must have the given types (`nil` accepts any).
    /// `check` refuses argument types or options the fixed types cannot express.
    static func function(
        _ name: String, _ summary: String, word: WordParameter? = nil, _ parameters: [(String, [DataType]?)],
        options: [String: Constant] = [:],
        check: (@Sendable ([DataType], FunctionOptions) -> SignatureMismatch?)? = nil,
        returns: @escaping @Sendable ([DataType]) -> DataType,
        kernel: @escaping @Sendable ([AnyColumn], FunctionOptions) throws -> AnyColumn
    ) -> ScalarFunction {
        let expectations = parameters
        return ScalarFunction(
            name: name, summary: summary, parameters: parameters.map(\.0), options: options, word: word,
            resolve: { types, options in
                guard types.count == expectations.count else {
                    let usage = [name] + (word.map { [$0.name] } ?? []) + expectations.map(\.0)
                    return .failure(SignatureMismatch("\(expectations.count) argument\(expectations.count == 1 ? "" : "s"): \(usage.joined(separator: " "))"))
                }
                for (type, (parameter, accepted)) in zip(types, expectations) {
                    if let accepted, !accepted.contains(type) {
                        return .failure(SignatureMismatch("'\(parameter)' to be \(accepted.map(\.description).joined(separator: " or ")), not \(type)"))
                    }
                }
                if let mismatch = check?(types, options) { return .failure(mismatch) }
                return .success(returns(types))
            },
            kernel: kernel)
    }

    static let numbers: [DataType] = [.int64, .double]
}
