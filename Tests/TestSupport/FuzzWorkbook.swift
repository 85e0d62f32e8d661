import FrameIO

/// How the .xlsx fuzz target turns its input into a workbook, shared with the test that replays
/// the seed corpus and the crashes found.
///
/// With a first byte of 0 the rest is the zip file itself (the zip layer and every part);
/// otherwise the rest, split at NUL bytes, is the XML of a sheet's cells, its shared strings (one
/// a line) and its styles, put into a valid zip so that mutations reach the XML scanner and the
/// cell rules instead of the zip checksums. Bit 1 of the first byte turns on the 1904 date
/// system; bit 0 forces the header row to the number held in the upper six bits, plus one.
public enum FuzzWorkbook {
    /// Writes the workbook `input` describes to `path`; returns the reading options it asks
    /// for, or `nil` when nothing could be written.
    public static func write(_ input: [UInt8], to path: String) -> XLSXReadingOptions? {
        guard let mode = input.first else { return nil }
        let rest = Array(input.dropFirst())
        let written: Bool
        if mode == 0 {
            written = ZipBuilder.writeRaw(rest, to: path)
        } else {
            let pieces = rest.split(separator: 0, maxSplits: 2, omittingEmptySubsequences: false).map {
                String(decoding: $0, as: UTF8.self)
            }
            let strings = pieces.count > 1 ? pieces[1].split(separator: "\n").map(String.init) : nil
            let styles = pieces.count > 2 ? pieces[2] : nil
            let parts = MinimalWorkbook.parts(
                sheetData: pieces[0], sharedStrings: strings, styles: styles,
                workbookProperties: mode & 2 == 0 ? "" : "date1904=\"1\"")
            written = ZipBuilder.write(texts: parts, to: path)
        }
        guard written else { return nil }
        return XLSXReadingOptions(headerRow: mode & 1 == 0 ? nil : Int(mode >> 2) + 1)
    }
}
