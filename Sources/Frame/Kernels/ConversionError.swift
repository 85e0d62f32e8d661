/// A value that cannot be converted to the type asked for, with the first row that holds it.
public struct ConversionError: Error, Sendable, Equatable {
    /// The value as text.
    public let value: String
    /// The first row (0-based) holding it.
    public let row: Int
    /// The type it was to become.
    public let target: DataType

    public init(value: String, row: Int, target: DataType) {
        self.value = value
        self.row = row
        self.target = target
    }
}
