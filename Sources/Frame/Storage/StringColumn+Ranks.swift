extension StringColumn {
    /// Each row's rank from `ranks`, indexed by the row's code plus `offset`; 0 for a null row,
    /// whose code may point nowhere (an all-null column has an empty dictionary).
    func rankedCodes(_ ranks: [Int32], offset: Int = 0) -> [Int32] {
        guard validity.hasNulls else { return codes.map { ranks[offset + Int($0)] } }
        return codes.indices.map { validity.isValid($0) ? ranks[offset + Int(codes[$0])] : 0 }
    }
}
