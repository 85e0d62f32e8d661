import FrameIO

extension Commands {
    /// `describe` for an .xlsx workbook: the sheet named by `--sheet` (a name, or a position
    /// from 1), else the first; warnings say where the table was found and what was skipped.
    static func describeWorkbook(_ path: String, sheet: String?, format: String) -> ExitCode {
        let selector = sheet.map { text in Int(text).map(XLSXSheetSelector.position) ?? .name(text) }
        do {
            let result = try XLSXReader.read(path: path, options: XLSXReadingOptions(sheet: selector))
            for warning in result.warnings { StandardError.print(warning.description) }
            let profiles = result.frame.profile()
            print(format == "json"
                ? DescribeOutput.json(path: path, workbook: result, profiles)
                : DescribeOutput.text(path: path, workbook: result, profiles))
            return .success
        } catch {
            StandardError.print(error.description)
            return .badInput
        }
    }
}
