extension AnyColumn {
    /// The rows of this column followed by the rows of `other`, which must have the same type
    /// (an integer column and a double column give a double column).
    public func concatenating(_ other: AnyColumn) throws(FrameError) -> AnyColumn {
        let validity = Validity((0..<count).lazy.map { self.validity.isValid($0) } + (0..<other.count).lazy.map { other.validity.isValid($0) })
        switch (storage, other.storage) {
        case (.int64(let a), .int64(let b)): return AnyColumn(name: name, Column(values: a.values + b.values, validity: validity))
        case (.bool(let a), .bool(let b)): return AnyColumn(name: name, Column(values: a.values + b.values, validity: validity))
        case (.date(let a), .date(let b)): return AnyColumn(name: name, Column(values: a.values + b.values, validity: validity))
        case (.string(let a), .string(let b)):
            var builder = StringColumnBuilder()
            for i in 0..<a.count { builder.append(a[i]) }
            for i in 0..<b.count { builder.append(b[i]) }
            return AnyColumn(name: name, builder.finish())
        case (.int64, .double), (.double, .int64), (.double, .double):
            return AnyColumn(name: name, Column(values: doubles!.values + other.doubles!.values, validity: validity))
        default:
            throw .typeMismatch(column: name, expected: dataType.description, found: other.dataType)
        }
    }
}
