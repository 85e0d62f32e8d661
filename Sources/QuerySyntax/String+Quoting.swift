extension String {
    /// The string in double quotes with `"`, `\`, line breaks and tabs escaped, as it would be
    /// written in a query.
    public var quotedForDisplay: String {
        var result = "\""
        for character in self {
            switch character {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default: result.append(character)
            }
        }
        return result + "\""
    }

    /// The name as written in a query: bare when it lexes as a plain identifier, otherwise in
    /// backticks.
    public var quotedAsNameIfNeeded: String {
        let isPlain =
            first.map { $0.isLetter || $0 == "_" } == true
            && allSatisfy { $0.isLetter || $0.isWholeNumber || $0 == "_" }
            && Keyword(rawValue: self) == nil
        return isPlain ? self : "`" + self + "`"
    }
}
