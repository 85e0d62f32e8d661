import Frame

extension DataFrame {
    /// Reads a CSV file; see `CSVReader`. Header repairs are not reported here: use
    /// `CSVReader.read(path:options:)` to see them.
    public init(
        contentsOfCSVFile path: String, options: CSVReadingOptions = CSVReadingOptions()
    ) throws(CSVReadingError) {
        self = try CSVReader.read(path: path, options: options).frame
    }

    /// Writes this frame to a CSV file, replacing it in one step; see `CSVWriter`.
    public func writeCSV(
        to path: String, options: CSVWritingOptions = CSVWritingOptions()
    ) throws(CSVWritingError) {
        try CSVWriter.write(self, to: path, options: options)
    }

    /// This frame as CSV text; see `CSVWriter`.
    public func csvRepresentation(options: CSVWritingOptions = CSVWritingOptions()) -> String {
        CSVWriter.string(self, options: options)
    }
}
