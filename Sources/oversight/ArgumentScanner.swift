import Frame

/// Splits a command's arguments into positionals and `--name value` options.
struct ArgumentScanner {
    private(set) var positionals: [String] = []
    private(set) var options: [(name: String, value: String)] = []
    private(set) var flags: Set<String> = []

    /// Scans `arguments` for the given options (which take a value) and flags (which don't).
    init(_ arguments: [String], command: String, options valued: Set<String>, flags known: Set<String>) throws {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            guard argument.hasPrefix("-"), argument != "-" else {
                positionals.append(argument)
                continue
            }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            if known.contains(name) {
                flags.insert(name)
            } else if valued.contains(name) {
                if let inlineValue {
                    options.append((name, inlineValue))
                } else {
                    guard index < arguments.count else {
                        throw UsageError("missing value for option '\(name)'", command: command)
                    }
                    options.append((name, arguments[index]))
                    index += 1
                }
            } else {
                let candidates = Array(valued) + Array(known)
                let hint = NameSuggestion.closest(to: name, among: candidates).map { " Did you mean '\($0)'?" } ?? ""
                throw UsageError("unknown option '\(name)'.\(hint)", command: command)
            }
        }
    }

    /// The last value given for an option, if any.
    func value(_ name: String) -> String? { options.last { $0.name == name }?.value }

    /// Every value given for an option, in order.
    func values(_ name: String) -> [String] { options.filter { $0.name == name }.map(\.value) }
}
