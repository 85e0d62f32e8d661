import Frame

extension FunctionRegistry {
    /// `as TYPE x` converts or stops with an error naming the value; `try_as TYPE x` gives
    /// null for values that do not convert.
    static let conversions: [ScalarFunction] = [
        conversion("as", strict: true, "The value converted to int, float, text or date: `(x | as int)`; a value that does not convert is an error."),
        conversion("try_as", strict: false, "The value converted to int, float, text or date, or null where it does not convert: `try_as date d`."),
    ]

    /// The type each word of `as` names.
    static let conversionTargets: [String: DataType] = [
        "int": .int64, "int64": .int64, "float": .double, "double": .double, "text": .string, "string": .string, "date": .date,
    ]

    private static func conversion(_ name: String, strict: Bool, _ summary: String) -> ScalarFunction {
        let word = WordParameter(name: "type", words: ["int", "float", "double", "text", "string", "date", "int64"])
        return ScalarFunction(
            name: name, summary: summary, parameters: ["value"], options: [:], word: word,
            resolve: { types, options in
                let word = options.text("type", "text")
                let target = conversionTargets[word]!
                guard types.count == 1 else { return .failure(SignatureMismatch("one value: \(name) \(word) value")) }
                guard AnyColumn.canConvert(types[0], to: target) else {
                    return .failure(SignatureMismatch("a value that converts to \(word); \(types[0]) does not (text converts to every type, and every type to text)"))
                }
                return .success(target)
            },
            kernel: { args, options in
                let word = options.text("type", "text")
                let target = conversionTargets[word]!
                do throws(ConversionError) {
                    return try args[0].converted(to: target, strict: strict)
                } catch {
                    throw InputValueError(
                        "cannot convert '\(error.value)' (first in row \(error.row + 1)) to \(word): expected \(expected(target))",
                        hint: "correct the value in the data, or use try_as \(word) to get null where a value does not convert")
                }
            })
    }

    private static func expected(_ target: DataType) -> String {
        switch target {
        case .int64: "a whole number such as 12 or -3 (a decimal such as 2.5 rounds to 3) within 64 bits"
        case .double: "a number such as 1.5, -2 or 3e-4"
        case .date: "an ISO date, YYYY-MM-DD, that exists"
        default: "\(target)"
        }
    }
}
