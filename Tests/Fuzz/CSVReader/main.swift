import FrameIO

/// Reads the input as a CSV file with the default options (the delimiter, encoding and title
/// rows found from the bytes); a reading error is a fine outcome, a crash or a hang is not.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let result = try? CSVReader.read(bytes: bytes, sourceName: "fuzz.csv") {
        // Every column must have the frame's row count.
        for column in result.frame.columns where column.count != result.frame.rowCount {
            fatalError("column \(column.name) has \(column.count) rows, the frame \(result.frame.rowCount)")
        }
    }
    return 0
}
