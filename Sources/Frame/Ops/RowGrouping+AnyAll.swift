extension RowGrouping {
    /// Whether any (or, when `all`, every) valid value of each group is true, as SQL's
    /// `bool_or` and `bool_and`; null for a group without values.
    func anyOrAll(_ column: Column<Bool>, all: Bool) -> Column<Bool> {
        let trues = countTrue(column)
        let valid = countValid(column.validity)
        let values = (0..<groupCount).map { all ? trues[$0] == valid[$0] : trues[$0] > 0 }
        return Column(values: values, validity: Validity(valid.lazy.map { $0 > 0 }))
    }
}
