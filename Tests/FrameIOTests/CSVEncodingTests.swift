import Foundation
import Frame
import FrameIO
import Testing

/// Expected texts are Python's codecs on the same bytes (Tests/CrossCheck/check_encodings.py --check).
@Suite("CSV reader: encodings are found, transcoded and reported")
struct CSVEncodingTests {
    private func read(_ bytes: [UInt8], encoding: CSVEncoding? = nil) throws -> CSVReadResult {
        try CSVReader.read(bytes: bytes, sourceName: "t.csv", options: CSVReadingOptions(encoding: encoding))
    }

    @Test func latin1IsReadAndSaid() throws {
        // polars#4425: a Latin-1 file was refused.
        let result = try read(Array("name,n\nJos".utf8) + [0xE9] + Array(",1\nNeuqu".utf8) + [0xE9, 0x6E] + Array(",2\n".utf8))
        #expect(Fixtures.strings(result.frame, "name") == ["José", "Neuquén"])
        #expect(result.format.encoding == .latin1 && result.format.encodingDetected)
        #expect(result.warnings.map(\.description) == [
            "t.csv:2:1: warning: the file is not UTF-8 (byte 0xE9 here); read it as Latin-1 "
                + "(no bytes 0x80–0x9F, so Windows-1252 would read it alike); say encoding:\"…\" to choose another"
        ])
    }

    @Test func windows1252IsChosenForBytes0x80To0x9F() throws {
        let result = try read(Array("id,quote\n1,".utf8) + [0x93, 0x41, 0x94, 0x20, 0x80, 0xE9] + Array("\n".utf8))
        #expect(Fixtures.strings(result.frame, "quote") == ["\u{201C}A\u{201D} €é"])
        #expect(result.format.encoding == .windows1252)
        guard case .detectedEncoding(let location, .windows1252, 0x93)? = result.warnings.first else {
            Issue.record("no encoding warning: \(result.warnings)")
            return
        }
        #expect(location == CSVLocation(path: "t.csv", line: 2, column: 2))
    }

    @Test func givenLatin1KeepsControlBytes() throws {
        let result = try read(Array("a\n".utf8) + [0x80, 0x0A], encoding: .latin1)
        #expect(Fixtures.strings(result.frame, "a") == ["\u{80}"])
        #expect(result.warnings.isEmpty)
    }

    @Test func utf8WithAndWithoutByteOrderMark() throws {
        let plain = try read(Array("a\nñ\n".utf8))
        let marked = try read([0xEF, 0xBB, 0xBF] + Array("a\nñ\n".utf8))
        #expect(Fixtures.strings(plain.frame, "a") == ["ñ"])
        #expect(Fixtures.strings(marked.frame, "a") == ["ñ"])
        #expect(!plain.format.hasByteOrderMark && marked.format.hasByteOrderMark)
        #expect(plain.warnings.isEmpty && marked.warnings.isEmpty)
    }

    @Test func utf16BothEndsWithByteOrderMark() throws {
        let text = "a,b\nñ,𝄞\n"
        let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        for bytes in [little, big] {
            let result = try read(bytes)
            #expect(Fixtures.strings(result.frame, "a") == ["ñ"])
            #expect(Fixtures.strings(result.frame, "b") == ["𝄞"])
            #expect(result.format.encoding == .utf16)
        }
        let noMark = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(Fixtures.strings(try read(noMark, encoding: .utf16).frame, "a") == ["ñ"])
    }

    @Test func utf16WithoutItsOptionIsANulError() {
        let bytes = "a\nx\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(throws: CSVReadingError.nulByte(CSVLocation(path: "t.csv", line: 1, column: 1))) { try read(bytes) }
    }

    @Test func brokenUTF16NamesTheLine() {
        let units: [UInt16] = Array("a,b\n1,".utf16) + [0xD800] + Array("\n".utf16)
        let bytes: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(throws: CSVReadingError.invalidUTF16(CSVLocation(path: "t.csv", line: 2, column: 2, columnName: "b"))) {
            try read(bytes)
        }
    }

    @Test func invalidUTF8WhenUTF8WasAskedShowsTheBytes() {
        let bytes = Array("a,b\n1,x".utf8) + [0xE2, 0x82] + Array("\n".utf8)
        do {
            _ = try CSVReader.read(bytes: bytes, sourceName: "t.csv", options: CSVReadingOptions(encoding: .utf8))
            Issue.record("read")
        } catch {
            #expect(error.description == """
                t.csv:2:2: error: invalid UTF-8 (bytes 0xE2 0x82) in column 'b'
                hint: the file is probably Windows-1252 or Latin-1: say encoding:"windows-1252" (or "latin-1"), \
                or leave encoding out to have it detected
                """)
        }
    }

    @Test func doubleEncodedTextIsReportedWhereItFirstOccurs() throws {
        let text = "provincia;n\nSalta;1\nNeuquÃ©n;2\nCÃ³rdoba;3\n"
        let result = try read(Array(text.utf8))
        #expect(Fixtures.strings(result.frame, "provincia") == ["Salta", "NeuquÃ©n", "CÃ³rdoba"])
        #expect(result.warnings.map(\.description) == [
            "t.csv:3:1: warning: 'NeuquÃ©n' looks double-encoded (UTF-8 read as Latin-1 and saved again, "
                + "as 'Ã©' for 'é'); say encoding:\"double-encoded-utf-8\" to decode it back"
        ])
        let repaired = try read(Array((text + "Ñandú;4\n").utf8), encoding: .doubleEncodedUTF8)
        #expect(Fixtures.strings(repaired.frame, "provincia") == ["Salta", "Neuquén", "Córdoba", "Ñandú"])
        #expect(repaired.warnings.isEmpty)
    }

    @Test func nulByteIsAnErrorWithLineAndColumn() {
        #expect(throws: CSVReadingError.nulByte(CSVLocation(path: "t.csv", line: 3, column: 2, columnName: "b"))) {
            try read(Array("a,b\n1,2\n3,x".utf8) + [0] + Array("\n".utf8))
        }
    }
}
