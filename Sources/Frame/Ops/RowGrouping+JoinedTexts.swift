extension RowGrouping {
    /// Each group's valid texts joined with `separator` in row order, as DuckDB's `string_agg`;
    /// null for a group without values.
    func joinedTexts(_ column: StringColumn, separator: String) -> StringColumn {
        var texts = [String?](repeating: nil, count: groupCount)
        let validity = column.validity
        column.codes.withUnsafeBufferPointer { codes in
            groupOfRow.withUnsafeBufferPointer { groups in
                for row in 0..<codes.count where validity.isValid(row) {
                    let group = Int(groups[row])
                    let text = column.dictionary[Int(codes[row])]
                    if texts[group] == nil {
                        texts[group] = text
                    } else {
                        // Appending in place keeps long groups linear.
                        texts[group]!.append(separator)
                        texts[group]!.append(text)
                    }
                }
            }
        }
        return StringColumn(texts)
    }
}
