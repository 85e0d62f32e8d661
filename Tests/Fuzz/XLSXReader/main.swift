import FrameIO
import Glibc

/// Reads the input as an .xlsx workbook, made as `FuzzWorkbook` describes; a reading error is
/// a fine outcome, a crash or a hang is not.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let path = "/tmp/oversight-fuzz-\(getpid()).xlsx"
    defer { unlink(path) }
    guard let options = FuzzWorkbook.write(Array(UnsafeBufferPointer(start: data, count: size)), to: path) else { return 0 }
    if let result = try? XLSXReader.read(path: path, options: options) {
        for column in result.frame.columns where column.count != result.frame.rowCount {
            fatalError("column \(column.name) has \(column.count) rows, the frame \(result.frame.rowCount)")
        }
    }
    return 0
}
