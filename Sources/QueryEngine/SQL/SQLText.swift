import Frame

/// Spelling of names, literals and types in DuckDB's SQL.
enum SQLText {
    /// A name in double quotes, inner quotes doubled.
    static func identifier(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A text literal in single quotes, inner quotes doubled.
    static func string(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// DuckDB's name for a column type.
    static func type(_ type: DataType) -> String {
        switch type {
        case .int64: "BIGINT"
        case .double: "DOUBLE"
        case .bool: "BOOLEAN"
        case .date: "DATE"
        case .string: "VARCHAR"
        }
    }

    /// A constant of the given type. Decimals are cast to DOUBLE, since DuckDB reads `0.5` as
    /// an exact DECIMAL with arithmetic of its own; nulls carry their type.
    static func literal(_ value: Value, type: DataType) -> String {
        switch value {
        case .null: "CAST(NULL AS \(SQLText.type(type)))"
        case .int(let v): v < 0 ? "(\(v))" : String(v)
        case .double(let v): "CAST(\(formatDouble(v)) AS DOUBLE)"
        case .bool(let v): v ? "true" : "false"
        case .date(let day): "DATE '\(day)'"
        case .string(let s): string(s)
        }
    }

    /// A text cell converted to a column type the way the engine's CSV reader converts it:
    /// whole numbers may be written `6.0`, dates ISO or English long (`23 March 2020`).
    static func fromText(_ x: String, _ type: DataType) -> String {
        switch type {
        case .string: x
        case .int64: "coalesce(TRY_CAST(\(x) AS BIGINT), CAST(CAST(\(x) AS DOUBLE) AS BIGINT))"
        case .double: "CAST(\(x) AS DOUBLE)"
        case .bool: "CAST(\(x) AS BOOLEAN)"
        case .date: "coalesce(TRY_CAST(\(x) AS DATE), CAST(strptime(\(x), '%d %B %Y') AS DATE))"
        }
    }
}
