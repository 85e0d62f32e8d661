import Frame

extension DataFrame {
    /// A profile of every column, in column order; see `ColumnProfile`.
    public func profile() -> [ColumnProfile] {
        ColumnProfile.profiles(of: self)
    }
}
