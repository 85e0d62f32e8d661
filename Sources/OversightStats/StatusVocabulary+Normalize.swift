import Frame

extension StatusVocabulary {
    /// The canonical status of every row of a text column.
    ///
    /// Each distinct string of the column's dictionary is matched once, then rows take their
    /// entry's status, so a column of a million rows with six spellings does six lookups.
    /// Null rows stay null.
    ///
    ///     let column = StringColumn(["Cumplida", "en trámite", nil])
    ///     try StatusVocabulary.standard.normalize(column)   // [.complied, .inProgress, nil]
    ///
    /// - Parameter column: The status texts.
    /// - Returns: The statuses, with the column's validity.
    /// - Throws: `StatusVocabularyError.unknownStatus` naming the first row whose text matches
    ///   no alias, with the closest known spellings.
    /// - Complexity: O(d·m + n) for d distinct strings of length m and n rows.
    public func normalize(_ column: StringColumn) throws(StatusVocabularyError) -> Column<ComplianceStatus> {
        let entries = column.dictionary.map(status(of:))
        var values = [ComplianceStatus](repeating: .noResponse, count: column.count)
        for row in 0..<column.count where column.validity.isValid(row) {
            let code = Int(column.codes[row])
            guard let status = entries[code] else {
                let text = column.dictionary[code]
                throw .unknownStatus(text, row: row, suggestions: suggestions(for: text))
            }
            values[row] = status
        }
        return Column(values: values, validity: column.validity)
    }
}
