import Frame

/// How to read a data file named in `from`: column types and extra null markers the query sets.
public struct SourceOptions: Sendable, Hashable {
    /// Types forced on columns, by name; other columns are inferred.
    public var types: [String: DataType]
    /// Cell texts that mean "no data", in addition to the reader's defaults (empty and `NA`).
    public var nulls: [String]
    /// The field separator, when not a comma.
    public var delimiter: Character?

    public init(types: [String: DataType] = [:], nulls: [String] = [], delimiter: Character? = nil) {
        self.types = types
        self.nulls = nulls
        self.delimiter = delimiter
    }
}

/// A data file and how to read it.
public struct Source: Sendable, Hashable {
    /// The path as written in the query (relative to the query file).
    public var path: String
    public var options: SourceOptions

    public init(path: String, options: SourceOptions = SourceOptions()) {
        self.path = path
        self.options = options
    }
}
