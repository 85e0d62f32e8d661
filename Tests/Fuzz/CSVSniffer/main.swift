@testable import FrameIO

/// Asks the sniffer for the delimiter and title rows of the input, skipping the number of lines
/// its first byte says; an error is a fine outcome, a crash or a hang is not.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let skipLines = Int(data[0] % 4)
    let text = UnsafeBufferPointer(start: data + 1, count: size - 1)
    let (sample, isWhole) = CSVSniffer.sample(text)
    if let reading = try? CSVSniffer.delimiter(sample, isWhole: isWhole, skipLines: skipLines, path: "fuzz.csv") {
        precondition(reading.titleRecords >= 0 && reading.bodyFieldCount >= 1, "a reading with no body")
    }
    return 0
}
