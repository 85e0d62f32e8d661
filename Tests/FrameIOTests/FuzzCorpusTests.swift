import Foundation
import Frame
import FrameIO
import Testing
import TestSupport

/// Replays the fuzz targets' committed inputs (the seeds, and every crash once found) through
/// the readers: each must read or fail with an error, never crash.
@Suite struct FuzzCorpusTests {
    static let corpus = Fixtures.packageRoot.appendingPathComponent("Tests/Fuzz/Corpus")

    static func inputs(_ target: String) -> [URL] {
        let folder = corpus.appendingPathComponent(target)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0) }
    }

    @Test func csvInputsReadOrFailCleanly() throws {
        let inputs = Self.inputs("CSVReader")
        #expect(!inputs.isEmpty)
        for input in inputs {
            let bytes = Array(try Data(contentsOf: input))
            if let result = try? CSVReader.read(bytes: bytes, sourceName: input.lastPathComponent) {
                #expect(result.frame.columns.allSatisfy { $0.count == result.frame.rowCount }, "\(input.lastPathComponent)")
            }
        }
    }

    @Test func workbookInputsReadOrFailCleanly() throws {
        let inputs = Self.inputs("XLSXReader")
        #expect(!inputs.isEmpty)
        let folder = try Fixtures.temporaryDirectory()
        var read = 0
        for input in inputs {
            let path = folder.appendingPathComponent(input.lastPathComponent + ".xlsx").path
            let options = try #require(FuzzWorkbook.write(Array(try Data(contentsOf: input)), to: path))
            if let result = try? XLSXReader.read(path: path, options: options) {
                read += 1
                #expect(result.frame.columns.allSatisfy { $0.count == result.frame.rowCount }, "\(input.lastPathComponent)")
            }
        }
        // The seeds are valid workbooks.
        #expect(read >= 6)
    }
}
