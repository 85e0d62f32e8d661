import Frame
import QuerySyntax

/// The names and types of a relation's columns, known before anything runs.
public struct Schema: Sendable, Equatable, CustomStringConvertible {
    /// The columns, in order.
    public var fields: [Field]

    /// One column of a schema.
    public struct Field: Sendable, Equatable {
        public var name: String
        public var type: DataType
        public init(_ name: String, _ type: DataType) {
            self.name = name
            self.type = type
        }
    }

    public init(_ fields: [Field]) { self.fields = fields }

    /// The schema of a frame.
    public init(of frame: DataFrame) {
        fields = frame.columns.map { Field($0.name, $0.dataType) }
    }

    /// The position of the named column, if any.
    public func index(of name: String) -> Int? { fields.firstIndex { $0.name == name } }

    /// The column names, in order.
    public var names: [String] { fields.map(\.name) }

    /// `{name: type, …}`, names as a query writes them.
    public var description: String {
        "{" + fields.map { "\($0.name.quotedAsNameIfNeeded): \($0.type)" }.joined(separator: ", ") + "}"
    }
}
