extension Column {
    /// Each value transformed in one pass over the buffer, keeping the validity bitmap as is;
    /// `transform` also sees the placeholders of null rows, so it must accept any value.
    @inlinable
    public func mappingValues<Result: Sendable>(_ transform: (Value) -> Result) -> Column<Result> {
        let mapped = values.withUnsafeBufferPointer { source in
            Array<Result>(unsafeUninitializedCapacity: source.count) { buffer, initialized in
                for row in 0..<source.count { (buffer.baseAddress! + row).initialize(to: transform(source[row])) }
                initialized = source.count
            }
        }
        return Column<Result>(values: mapped, validity: validity)
    }
}
