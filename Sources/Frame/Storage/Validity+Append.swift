extension Validity {
    /// The rows of this validity followed by those of `other`.
    public func appending(_ other: Validity) -> Validity {
        guard hasNulls || other.hasNulls else { return Validity(allValid: count + other.count) }
        return Validity((0..<count).lazy.map { isValid($0) } + (0..<other.count).lazy.map { other.isValid($0) })
    }
}
