/// A table of named, typed columns of equal length.
///
/// `DataFrame` is a value type: operators return new frames and share unchanged column buffers.
///
///     var frame = DataFrame()
///     try frame.append(AnyColumn(name: "area", StringColumn(["Essex", "Surrey"])))
///     try frame.append(AnyColumn(name: "sent", Column<Int64>([4, nil])))
///     frame.rowCount     // 2
public struct DataFrame: Sendable {
    /// The columns, in order.
    public private(set) var columns: [AnyColumn]
    /// The number of rows.
    public private(set) var rowCount: Int

    /// An empty frame with no columns and no rows.
    public init() {
        columns = []
        rowCount = 0
    }

    /// A frame from columns that all have the same length and distinct names.
    public init(columns: [AnyColumn]) throws(FrameError) {
        self.init()
        for column in columns { try append(column) }
    }

    /// A frame with the given columns and no rows beyond theirs; an empty column list gives
    /// `rowCount` rows and no columns.
    public init(rowCount: Int) {
        self.columns = []
        self.rowCount = rowCount
    }

    /// The column names, in order.
    public var columnNames: [String] { columns.map(\.name) }

    /// The number of columns.
    public var columnCount: Int { columns.count }

    /// The position of the column named `name`, if any.
    public func columnIndex(named name: String) -> Int? {
        columns.firstIndex { $0.name == name }
    }

    /// The column named `name`, if any.
    public subscript(name: String) -> AnyColumn? {
        columnIndex(named: name).map { columns[$0] }
    }

    /// Appends a column, which must have this frame's row count (any, when the frame has no
    /// columns) and a name not already used.
    public mutating func append(_ column: AnyColumn) throws(FrameError) {
        if columnIndex(named: column.name) != nil { throw .duplicateColumn(column.name) }
        if columns.isEmpty && rowCount == 0 {
            rowCount = column.count
        } else if column.count != rowCount {
            throw .lengthMismatch(column: column.name, expected: rowCount, found: column.count)
        }
        columns.append(column)
    }

    /// Adds a column, replacing one of the same name in place.
    public mutating func set(_ column: AnyColumn) throws(FrameError) {
        if let index = columnIndex(named: column.name) {
            guard column.count == rowCount else {
                throw .lengthMismatch(column: column.name, expected: rowCount, found: column.count)
            }
            columns[index] = column
        } else {
            try append(column)
        }
    }

    /// The frame with only the named columns, in the order given.
    public func selecting(_ names: [String]) throws(FrameError) -> DataFrame {
        var result = DataFrame(rowCount: rowCount)
        for name in names {
            guard let column = self[name] else { throw .unknownColumn(name, available: columnNames) }
            try result.append(column)
        }
        return result
    }

    /// The rows at `indices`, in that order.
    public func gathering(_ indices: [Int]) -> DataFrame {
        var result = DataFrame(rowCount: indices.count)
        result.columns = columns.map { $0.gathering(indices) }
        return result
    }

    /// The rows where `mask` is true; a null in the mask drops the row, as SQL's `WHERE` does.
    public func filtered(by mask: Column<Bool>) -> DataFrame {
        precondition(mask.count == rowCount, "mask length differs from row count")
        var indices: [Int] = []
        indices.reserveCapacity(rowCount)
        for i in 0..<rowCount where mask.values[i] && mask.validity.isValid(i) { indices.append(i) }
        return gathering(indices)
    }

    /// The first `count` rows after skipping `offset` rows.
    public func slice(offset: Int, count: Int) -> DataFrame {
        let start = min(max(0, offset), rowCount)
        let end = min(rowCount, start + max(0, count))
        return gathering(Array(start..<end))
    }
}
